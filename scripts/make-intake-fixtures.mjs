// Rebuilds the intake fixtures in test/fixtures/intake/: `node scripts/make-intake-fixtures.mjs`.
//
// Every text below was written for Spanlight (no third-party article is copied). The PDFs are printed by
// Chromium (`page.pdf()`, the same engine as the app) from HTML pages defined here; the DOCX is a minimal
// OOXML package written with JSZip; the hostile page is written out as is. Each readable fixture gets a
// `.expected.txt` beside it: its paragraphs as written, separated by a blank line ("\n\n").
//
// Chromium stamps a creation date and a random document ID into every PDF, so a rebuild changes the PDF
// bytes but not their text. The DOCX is byte-for-byte reproducible (fixed zip dates).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { chromium } from 'playwright';

const OUT = 'test/fixtures/intake';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Host of every remote resource in hostile-page.html. Nothing listens there; a test that wants to observe
 * requests replaces "http://127.0.0.1:47811" with a server it runs (the browser tests use their own origin).
 */
const TRACKER = 'http://127.0.0.1:47811';

// ---------------------------------------------------------------------------------------------- texts

const ARABIC_TITLE = 'افتتاح مكتبة عامة جديدة في مدينة حمص';
const ARABIC_PARAGRAPHS = [
  'افتتحت بلدية مدينة حمص صباح يوم الأحد مكتبة عامة جديدة في حي الوعر، تضم أكثر من 12000 كتاب باللغتين العربية والإنكليزية، وذلك بعد أعمال ترميم استمرت ثمانية أشهر.',
  'وقال مدير المكتبة في تصريح للصحفيين إن المبنى يضم قاعة للمطالعة تتسع لنحو 150 شخصاً، وركنا خاصا بكتب الأطفال، إضافة إلى مختبر حاسوب مجاني مفتوح لطلاب الجامعات.',
  'وأشار إلى أن المكتبة ستفتح أبوابها من الساعة التاسعة صباحا حتى الخامسة مساء طوال أيام الأسبوع عدا يوم الجمعة، وأن الاشتراك فيها مجاني لجميع سكان المدينة.',
  'ويأمل القائمون على المشروع أيضاً أن تتحول المكتبة إلى مركز ثقافي يستضيف الندوات والأمسيات الشعرية ومعارض الكتب خلال الأشهر المقبلة، بحسب ما نقلت إذاعة Homs FM المحلية.',
  'وتعد هذه المكتبة الثالثة التي يعاد افتتاحها في المدينة منذ عام 2019، بعد مكتبتين في حيي الإنشاءات والخالدية (وفق بيانات البلدية).',
];

const ENGLISH_TITLE = 'River town approves new flood barriers';
const ENGLISH_PARAGRAPHS = [
  'The council of Westbrook voted on Tuesday evening to build a line of removable flood barriers along the eastern bank of the river, two winters after water reached the market square for the first time in forty years.',
  'The barriers, steel panels that slot into posts sunk into the quay, will be stored in a depot on the hill and installed by volunteers when the river gauge at the old mill passes a warning mark. Engineers told the meeting that twelve people can put up the full length in under four hours.',
  'Residents who spoke at the meeting were divided. Shopkeepers on Bridge Street welcomed the plan, saying that insurance for their buildings had tripled since the last flood, while a group of boat owners asked whether the posts would block access to the moorings below the footbridge.',
  'The council answered that the posts would sit flush with the paving and that the moorings would stay open all year. Work on the foundations is due to start in the spring, and the first test installation is planned for the autumn, before the wettest months of the year.',
  'The scheme will cost about 2.4 million pounds, most of it paid by a national grant. The rest will come from the town budget over five years.',
];

// The article body of the hostile page (the paragraphs that must survive, in order).
const HOSTILE_TITLE = 'عودة المياه إلى أحياء شرق المدينة بعد إصلاح المضخة الرئيسية';
const HOSTILE_PARAGRAPHS = [
  'عادت المياه مساء الثلاثاء إلى أحياء شرق المدينة بعد انقطاع دام خمسة أيام، إثر انتهاء ورشات الصيانة من إصلاح المضخة الرئيسية في محطة الضخ الواقعة على طريق المطار.',
  'وقال مسؤول في مؤسسة المياه إن العطل نتج عن احتراق محرك المضخة بسبب تذبذب التيار الكهربائي، مشيرا إلى أن الفرق الفنية عملت على مدار الساعة لاستبدال المحرك بآخر جديد.',
  'وأضاف أن الضخ سيعود تدريجيا إلى الأحياء المرتفعة خلال يومين، داعيا السكان إلى ترشيد الاستهلاك حتى استقرار الشبكة بشكل كامل.',
  'وكان السكان قد اعتمدوا خلال أيام الانقطاع على صهاريج المياه الخاصة، التي ارتفع سعر الخزان الواحد منها إلى أكثر من ضعفي سعره المعتاد.',
];

// ---------------------------------------------------------------------------------------------- helpers

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const expected = (title, paragraphs) => `${[title, ...paragraphs].join('\n\n')}\n`;

function write(name, data) {
  writeFileSync(join(OUT, name), data);
  const size = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  console.log(`${name.padEnd(28)} ${String(size).padStart(7)} bytes`);
  if (size > 100_000) throw new Error(`${name} is larger than 100 KB`);
}

function articlePage({ lang, dir, title, paragraphs, font, size, lineHeight }) {
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
  @page { size: 105mm 148mm; margin: 12mm 10mm; }
  body { margin: 0; font-family: '${font}'; font-size: ${size}; line-height: ${lineHeight}; }
  h1 { font-size: 1.5em; line-height: 1.3; margin: 0 0 0.8em; }
  p { margin: 0 0 1em; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</body>
</html>`;
}

async function printPdf(browser, html, name) {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const pdf = await page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    tagged: true,
    outline: false,
  });
  await page.close();
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  write(name, pdf);
  return pages;
}

/** A page whose only content is a picture of text: drawn on a canvas, then shown as a PNG <img>. */
async function printScannedPdf(browser, name) {
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><html><head><style>
      @page { size: 105mm 148mm; margin: 0; } body { margin: 0; } img { display: block; width: 100%; }
    </style></head><body></body></html>`);
  await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 400;
    canvas.height = 560;
    const g = canvas.getContext('2d');
    g.fillStyle = '#f4f1ea';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.fillStyle = '#222';
    g.font = '22px serif';
    g.fillText('Scanned page: no text layer', 20, 50);
    g.font = '14px serif';
    for (let line = 0; line < 22; line++) {
      g.fillText('This line is pixels only, as in a scan.', 20, 100 + line * 20);
    }
    const img = document.createElement('img');
    img.alt = '';
    img.src = canvas.toDataURL('image/png');
    document.body.append(img);
    return img.decode();
  });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: false });
  await page.close();
  write(name, pdf);
}

// ---------------------------------------------------------------------------------------------- DOCX

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const escapeXml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function docxParagraph(text, { style, rtl = false, list = false } = {}) {
  const pPr = [
    style ? `<w:pStyle w:val="${style}"/>` : '',
    list ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : '',
    rtl ? '<w:bidi/>' : '',
  ].join('');
  const rPr = rtl ? '<w:rPr><w:rtl/></w:rPr>' : '';
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

const DOCX_BLOCKS = [
  { text: 'تقرير: افتتاح مكتبة عامة في حمص', style: 'Heading1', rtl: true },
  { text: ARABIC_PARAGRAPHS[0], rtl: true },
  { text: 'Summary in English', style: 'Heading2' },
  {
    text: 'The city of Homs opened a new public library on Sunday, after eight months of repairs.',
  },
  { text: 'A reading room for about 150 people', list: true },
  { text: 'A corner for children’s books', list: true },
  { text: 'A free computer lab for students', list: true },
  { text: 'Résumé : la bibliothèque est ouverte tous les jours sauf le vendredi.' },
  { text: 'ملاحظات المحرر', style: 'Heading2', rtl: true },
  { text: ARABIC_PARAGRAPHS[2], rtl: true },
];
const DOCX_CORE_TITLE = 'Library opening report (core properties)';

async function writeDocx(name) {
  const body = DOCX_BLOCKS.map((b) => docxParagraph(b.text, b)).join('');
  const date = new Date('2026-01-01T00:00:00Z');
  const zip = new JSZip();
  const add = (path, content) => zip.file(path, content, { date, createFolders: false });
  add(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`,
  );
  add(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`,
  );
  add(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>`,
  );
  add(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W_NS}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  add(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W_NS}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
</w:styles>`,
  );
  add(
    'word/numbering.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W_NS}">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`,
  );
  add(
    'docProps/core.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>${escapeXml(DOCX_CORE_TITLE)}</dc:title>
<dc:creator>Spanlight fixtures</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>
</cp:coreProperties>`,
  );
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
  write(name, bytes);
}

// ---------------------------------------------------------------------------------------------- hostile page

function hostilePage() {
  const paragraphs = HOSTILE_PARAGRAPHS.map((p) => `        <p>${escapeHtml(p)}</p>`);
  // Boilerplate inside the article body, where Readability keeps it (no class names to go by): only the
  // importer's own post-filter removes it.
  const body = [
    ...paragraphs.slice(0, 2),
    '        <p><strong>اقرأ أيضاً:</strong> <a href="/ar/5">ارتفاع أسعار المحروقات في المدينة</a></p>',
    ...paragraphs.slice(2),
    '        <div><span>Share</span> <a href="https://www.facebook.com/sharer.php?u=z">Facebook</a> <a href="https://wa.me/?text=z">WhatsApp</a> <a href="https://t.me/share/url?url=z">Telegram</a></div>',
    '        <div><h4>مقالات ذات صلة</h4><ul><li><a href="/ar/6">تأهيل محطة ضخ ثانية في الريف الشرقي</a></li><li><a href="/ar/7">خطة لصيانة شبكة المياه القديمة</a></li></ul></div>',
    '        <p>Related articles: <a href="/en/6">Second pumping station repaired</a>, <a href="/en/7">Old water network to be replaced</a></p>',
  ].join('\n');
  return `<!doctype html>
<!--
  Spanlight test fixture: a saved news page full of things an importer must neither run nor load.
  Every remote URL points at ${TRACKER}; nothing listens there. A test that wants to see requests
  replaces "${TRACKER}" with the origin of a server it runs, then checks that server got nothing.
  The scripts set window.__pwned: after an import it must still be undefined.
-->
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <meta http-equiv="refresh" content="0; url=${TRACKER}/refresh">
  <base href="${TRACKER}/base/">
  <title>${escapeHtml(HOSTILE_TITLE)} | أخبار المدينة</title>
  <meta property="og:title" content="${escapeHtml(HOSTILE_TITLE)}">
  <meta property="og:site_name" content="أخبار المدينة">
  <meta property="og:url" content="https://news.example.org/ar/water-returns-east">
  <meta property="og:image" content="${TRACKER}/og-image.jpg">
  <meta property="article:published_time" content="2026-03-10T18:30:00+03:00">
  <meta name="author" content="قسم الأخبار المحلية">
  <link rel="canonical" href="https://news.example.org/ar/water-returns-east">
  <link rel="stylesheet" href="${TRACKER}/style.css">
  <link rel="preload" as="image" href="${TRACKER}/preload.png">
  <link rel="icon" href="${TRACKER}/favicon.ico">
  <style>@import url("${TRACKER}/import.css"); body { background: url("${TRACKER}/bg.png"); }</style>
  <script>window.__pwned = 1;</script>
  <script src="${TRACKER}/tracker.js"></script>
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ${JSON.stringify(HOSTILE_TITLE)},
   "datePublished": "2026-03-10T18:30:00+03:00", "author": {"@type": "Organization", "name": "قسم الأخبار المحلية"},
   "publisher": {"@type": "Organization", "name": "أخبار المدينة"}}
  </script>
</head>
<body onload="window.__pwned = 2">
  <div class="cookie-banner" id="cookie-consent">
    <p>We use cookies to improve your experience. نستخدم ملفات تعريف الارتباط لتحسين تجربتك.</p>
    <button onclick="window.__pwned = 3">Accept all cookies</button>
  </div>
  <header class="site-header">
    <a href="/"><img src="${TRACKER}/logo.png" alt="أخبار المدينة"></a>
    <nav class="main-menu">
      <ul>
        <li><a href="/ar/local">محليات</a></li>
        <li><a href="/ar/economy">اقتصاد</a></li>
        <li><a href="/ar/sport">رياضة</a></li>
        <li><a href="javascript:window.__pwned=4">Login</a></li>
      </ul>
    </nav>
    <form action="${TRACKER}/search"><input name="q" placeholder="بحث"><button formaction="${TRACKER}/go">بحث</button></form>
  </header>
  <main>
    <article class="post">
      <h1 class="post-title">${escapeHtml(HOSTILE_TITLE)}</h1>
      <div class="post-meta">
        <span class="author">قسم الأخبار المحلية</span>
        <time datetime="2026-03-10T18:30:00+03:00">10 آذار 2026</time>
      </div>
      <div class="share-buttons">
        <a href="https://www.facebook.com/sharer.php?u=x">Facebook</a>
        <a href="https://wa.me/?text=x">WhatsApp</a>
        <a href="https://t.me/share/url?url=x">Telegram</a>
      </div>
      <figure>
        <img src="${TRACKER}/pixel" width="1" height="1" alt="" onerror="window.__pwned = 5">
        <img src="${TRACKER}/photo.jpg" srcset="${TRACKER}/photo-2x.jpg 2x" alt="مضخة المياه" loading="lazy">
      </figure>
      <div class="post-body" onmouseover="window.__pwned = 6">
${body}
      </div>
      <svg width="10" height="10" onload="window.__pwned = 7"><script>window.__pwned = 8;</script><image href="${TRACKER}/svg-image.png"/></svg>
      <iframe src="${TRACKER}/embed" srcdoc="&lt;script&gt;parent.__pwned = 9&lt;/script&gt;"></iframe>
      <video poster="${TRACKER}/poster.jpg" src="${TRACKER}/clip.mp4"></video>
      <object data="${TRACKER}/object.swf"></object>
      <p class="tags-share">Share: <a href="https://www.facebook.com/sharer.php?u=y">Facebook</a> <a href="https://wa.me/?text=y">WhatsApp</a> <a href="https://t.me/share/url?url=y">Telegram</a></p>
      <div class="read-more">
        <h3>مقالات ذات صلة</h3>
        <ul>
          <li><a href="/ar/1">انقطاع الكهرباء عن ثلاثة أحياء لساعات</a></li>
          <li><a href="/ar/2">ارتفاع أسعار صهاريج المياه في الصيف</a></li>
        </ul>
      </div>
      <div class="more">
        <h3>Related articles</h3>
        <ul>
          <li><a href="/en/1">Power cuts hit three districts</a></li>
          <li><a href="/en/2">Water tanker prices rise in summer</a></li>
        </ul>
      </div>
    </article>
    <aside class="sidebar">
      <h3>الأكثر قراءة</h3>
      <ol><li><a href="/ar/3">خبر أول</a></li><li><a href="/ar/4">خبر ثان</a></li></ol>
    </aside>
  </main>
  <footer class="site-footer">
    <p>© 2026 أخبار المدينة. جميع الحقوق محفوظة.</p>
    <a href="/privacy">Privacy policy</a>
  </footer>
  <img src="${TRACKER}/pixel?footer=1" width="1" height="1" alt="">
  <script>document.write('<img src="${TRACKER}/written">'); window.__pwned = 10;</script>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------- main

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const arabicPages = await printPdf(
    browser,
    articlePage({
      lang: 'ar',
      dir: 'rtl',
      title: ARABIC_TITLE,
      paragraphs: ARABIC_PARAGRAPHS,
      font: 'Noto Naskh Arabic',
      size: '12pt',
      lineHeight: 'normal',
    }),
    'arabic.pdf',
  );
  write('arabic.expected.txt', expected(ARABIC_TITLE, ARABIC_PARAGRAPHS));

  const englishPages = await printPdf(
    browser,
    articlePage({
      lang: 'en',
      dir: 'ltr',
      title: ENGLISH_TITLE,
      paragraphs: ENGLISH_PARAGRAPHS,
      font: 'Noto Serif',
      size: '11pt',
      lineHeight: '1.4',
    }),
    'english.pdf',
  );
  write('english.expected.txt', expected(ENGLISH_TITLE, ENGLISH_PARAGRAPHS));
  if (englishPages < 2) throw new Error(`english.pdf must have two pages or more, it has ${englishPages}`);
  console.log(`arabic.pdf: ${arabicPages} page(s), english.pdf: ${englishPages} pages`);

  await printScannedPdf(browser, 'scanned.pdf');
} finally {
  await browser.close();
}

await writeDocx('article.docx');
write('article.expected.txt', `${DOCX_BLOCKS.map((b) => b.text).join('\n\n')}\n`);

write('hostile-page.html', hostilePage());
write('hostile-page.expected.txt', `${HOSTILE_PARAGRAPHS.join('\n\n')}\n`);
