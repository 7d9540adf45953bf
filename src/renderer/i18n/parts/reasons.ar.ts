import type { Catalogue } from '../en';
import { arabicPlural } from './arabicPlural';
import type { reasonsEn } from './reasons.en';

// Keys of stored values (exact, killed…) and dates stay as written: they are what the file and the field hold.
export const reasonsAr: Pick<Catalogue, keyof typeof reasonsEn> = {
  coreReasons: {
    notObject: 'السمات ليست كائنًا.',
    notWhole: {
      value: 'يجب أن تكون القيمة عددًا صحيحًا، صفرًا أو أكثر.',
      low: 'يجب أن يكون الرقم الأدنى عددًا صحيحًا، صفرًا أو أكثر.',
      best: 'يجب أن يكون الرقم الأرجح عددًا صحيحًا، صفرًا أو أكثر.',
      high: 'يجب أن يكون الرقم الأعلى عددًا صحيحًا، صفرًا أو أكثر.',
    },
    valueAndRange: 'أدخل قيمة واحدة أو نطاقًا (أدنى/أرجح/أعلى)، لا الاثنين معًا.',
    rangeMissing: {
      low: 'الرقم الأدنى ناقص: يحتاج النطاق إلى الأدنى والأرجح والأعلى.',
      best: 'الرقم الأرجح ناقص: يحتاج النطاق إلى الأدنى والأرجح والأعلى.',
      high: 'الرقم الأعلى ناقص: يحتاج النطاق إلى الأدنى والأرجح والأعلى.',
    },
    bestBelowLow: 'الرقم الأرجح ({{best}}) أقل من الرقم الأدنى ({{low}}).',
    bestAboveHigh: 'الرقم الأرجح ({{best}}) أكبر من الرقم الأعلى ({{high}}).',
    precisionUnknown: 'يجب أن تكون الدقة إحدى القيم: {{keys}}.',
    categoryUnknown: 'يجب أن تكون الفئة إحدى القيم: {{keys}}.',
    victimsUnknown: 'يجب أن يكون الضحايا إحدى القيم: {{keys}}.',
    proposedNotBoolean: 'يجب أن تكون قيمة "proposed" صحيحة أو خاطئة (true أو false).',
    unknownFields: 'حقول سمات غير معروفة: {{fields}}.',
    notADate: '«{{date}}» ليس تاريخًا: اكتبه بصيغة yyyy-mm-dd (أو yyyy-mm أو yyyy).',
    noMonth: 'لا يوجد في «{{date}}» شهر {{month}}.',
    noDay: 'لا يوجد في «{{date}}» يوم {{day}}.',
    fatalitiesNotWhole: {
      low: 'يجب أن يكون الحد الأدنى للقتلى عددًا صحيحًا، صفرًا أو أكثر.',
      best: 'يجب أن يكون الرقم الأرجح للقتلى عددًا صحيحًا، صفرًا أو أكثر.',
      high: 'يجب أن يكون الحد الأعلى للقتلى عددًا صحيحًا، صفرًا أو أكثر.',
    },
    fatalitiesOrder: 'يجب أن يكون عدد القتلى: الأدنى ≤ الأرجح ≤ الأعلى.',
    ...arabicPlural('spansGone', {
      one: 'لم يعد أحد وسوم هذا الحدث موجودًا.',
      two: 'لم يعد وسمان من وسوم هذا الحدث موجودين.',
      few: 'لم تعد {{count}} وسوم من وسوم هذا الحدث موجودة.',
      many: 'لم يعد {{count}} وسمًا من وسوم هذا الحدث موجودًا.',
      other: 'لم يعد {{count}} وسم من وسوم هذا الحدث موجودًا.',
    }),
    noActor: 'لا فاعل.',
    tooManyActors: 'أكثر من فاعلَين ({{names}}): لا يُصدَّر إلا الأولان.',
    noDate: 'لا تاريخ.',
    noPlace: 'لا مكان.',
    severalPlaces: 'عدة أماكن: يُصدَّر أولها، «{{text}}».',
    placeWithoutCoordinates: '«{{name}}» غير مرتبط بمكان له إحداثيات: يبقى خط العرض وخط الطول فارغين.',
    noFigure: '«{{text}}» لا يذكر رقمًا.',
    noCategory: '«{{text}}» بلا فئة (قتلى، جرحى…): لا يُحسب في عدد القتلى.',
    ...arabicPlural('figuresAdded', {
      one: 'يُجمع رقم واحد للقتلى: تحقّق من أنه يعدّ أشخاصًا مختلفين.',
      two: 'يُجمع رقمان للقتلى: تحقّق من أنهما يعدّان أشخاصًا مختلفين.',
      few: 'تُجمع {{count}} أرقام للقتلى: تحقّق من أنها تعدّ أشخاصًا مختلفين.',
      many: 'يُجمع {{count}} رقمًا للقتلى: تحقّق من أنها تعدّ أشخاصًا مختلفين.',
      other: 'يُجمع {{count}} رقم للقتلى: تحقّق من أنها تعدّ أشخاصًا مختلفين.',
    }),
    actorNeedsName: 'يحتاج الفاعل إلى اسم.',
    notActorType: '«{{type}}» ليس نوعًا من أنواع الفاعلين.',
    nameTaken: '«{{name}}» اسم للفاعل «{{owner}}» بالفعل.',
    actorNotSaved: 'تعذّر حفظ الفاعل: {{reasons}} لم يُحفظ شيء.',
    actorNotCreated: 'تعذّر إنشاء الفاعل: {{reasons}} لم يُحفظ شيء.',
    range: {
      notWhole: 'يجب أن تكون المواضع أعدادًا صحيحة.',
      outside: 'المواضع {{start}}..{{end}} خارج النص ({{first}}..{{length}}).',
      empty: 'الوسم فارغ.',
      insideCharacter: 'يقع موضع داخل حرف (بين نصفي زوج بديل في UTF-16).',
      edgeInsideCharacter: 'سيقع أحد الطرفين داخل حرف (حرف وحركاته، أو رمز تعبيري).',
    },
    annotationNotSaved: 'تعذّر حفظ الوسم: {{reason}} لم يُحفظ شيء.',
    annotationNotResized: 'تعذّر تغيير حدود الوسم: {{reason}} لم يتغيّر شيء.',
    importRefused: 'تعذّر استيراد الوثيقة {{document}}، الوسم {{annotation}}: {{reason}} لم يُحفظ شيء.',
    importRefusedNamed:
      'تعذّر استيراد الوثيقة {{document}} («{{title}}»)، الوسم {{annotation}}: {{reason}} لم يُحفظ شيء.',
    importTextMismatch: 'نصّه «{{text}}» ليس ما تقوله الوثيقة في ذلك الموضع.',
    importLabelUnknown: 'الفئة «{{label}}» ليست من فئات المشروع ({{labels}}).',
  },
};
