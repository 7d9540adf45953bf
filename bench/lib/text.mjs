// Generated news-like text: Arabic-majority paragraphs with Latin names, ASCII and Arabic-Indic digits, and a
// few paragraphs written mostly in English, as in the reports Spanlight is used on.

const ARABIC = (
  'أعلنت قوات سوريا الديمقراطية اعتقال عناصر من خلية تابعة لتنظيم داعش في ريف دير الزور الشرقي ' +
  'وقال مصدر محلي إن الاشتباكات اندلعت فجر اليوم قرب بلدة الشحيل بعد هجوم على حاجز عسكري ' +
  'وأفادت وكالة الأنباء بمقتل مدنيين وإصابة آخرين بينهم أطفال ونساء في قصف مدفعي استهدف الأحياء السكنية ' +
  'وأكد المرصد السوري لحقوق الإنسان أن التحالف الدولي نفذ غارات جوية على مواقع في البادية ' +
  'بالحسكة والقامشلي والرقة ومنبج وعين العرب والميادين والبوكمال وتل أبيض ورأس العين ' +
  'وذكرت مصادر أهلية أن الطائرات المسيرة حلقت فوق المنطقة طوال الليل وسط حالة من التوتر ' +
  'فيما نزحت عشرات العائلات نحو المخيمات القريبة هربا من المعارك التي تجددت خلال الأسبوع الماضي ' +
  'الجيش الشرطة العسكرية المجلس المحلي الهلال الأحمر الأمم المتحدة المنظمات الإنسانية وزارة الدفاع'
).split(' ');

const LATIN = [
  'CENTCOM',
  'SDF',
  'ISIS',
  'Reuters',
  'AFP',
  'UNHCR',
  'OCHA',
  'Kobani',
  'Raqqa',
  'Deir ez-Zor',
  'al-Hol',
  'Hasakah',
  'Qamishli',
  'HTS',
  'Idlib',
];

const ENGLISH = (
  'the coalition said in a statement that its forces had killed several fighters during an overnight raid ' +
  'near the border while local officials reported that civilians were among the dead and wounded ' +
  'according to a spokesman for the military council who spoke on condition of anonymity'
).split(' ');

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

function number(random) {
  const n = random.chance(0.5) ? random.int(2, 99) : random.int(100, 2500);
  const ascii = String(n);
  return random.chance(0.6) ? ascii : ascii.replace(/\d/g, (d) => ARABIC_INDIC[Number(d)]);
}

function word(random, english) {
  const roll = random.next();
  if (roll < 0.06) return number(random);
  if (roll < 0.12) return random.pick(LATIN);
  return random.pick(english ? ENGLISH : ARABIC);
}

/** One paragraph of about `length` UTF-16 code units; sentences end with "." (or "،" inside). */
export function paragraph(random, length, english = false) {
  const words = [];
  let size = 0;
  let sentence = 0;
  while (size < length) {
    let next = word(random, english);
    sentence++;
    if (sentence > 6 && random.chance(0.15)) {
      next += english ? '.' : random.pick(['.', '.', '،']);
      sentence = 0;
    }
    words.push(next);
    size += next.length + 1;
  }
  const text = words.join(' ');
  return /[.،]$/.test(text) ? text : `${text}.`;
}

/** A heading and `count` paragraphs whose lengths average `mean`; about 5% are mostly English. */
export function paragraphs(random, count, mean) {
  const lines = [paragraph(random, random.int(30, 70))];
  for (let i = 1; i < count; i++) {
    const length = Math.max(20, Math.round(mean * (0.35 + 1.3 * random.next())));
    lines.push(paragraph(random, length, random.chance(0.05)));
  }
  return lines;
}
