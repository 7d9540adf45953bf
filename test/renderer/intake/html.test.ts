import { afterEach, describe, expect, test } from 'vitest';
import { htmlToDraft, NO_ARTICLE_REASON } from '../../../src/renderer/intake/html';
import hostileExpected from '../../fixtures/intake/hostile-page.expected.txt?raw';
import hostilePage from '../../fixtures/intake/hostile-page.html?raw';
import { expectedParagraphs, expectOneDraft, expectRefusal, requestsTo, settle } from './support';

const FIXTURE_TRACKER = 'http://127.0.0.1:47811';
const TRACKER_PATH = '/__spanlight_tracker__';

type Pwned = { __pwned?: unknown };

/** The hostile page with its remote URLs pointed at this test server, where a request would be seen. */
function hostileHere(): string {
  return hostilePage.replaceAll(FIXTURE_TRACKER, `${location.origin}${TRACKER_PATH}`);
}

afterEach(() => {
  delete (window as Pwned).__pwned;
});

describe('the hostile page', () => {
  test('the fixture really is hostile: every trap points at the tracker host', () => {
    for (const trap of [
      '<script>window.__pwned = 1;</script>',
      'onload="window.__pwned = 2"',
      `<img src="${FIXTURE_TRACKER}/pixel"`,
      `<link rel="stylesheet" href="${FIXTURE_TRACKER}/style.css">`,
      'href="javascript:',
      '<iframe',
      '<svg',
      '>Facebook<',
      '>WhatsApp<',
      '>Telegram<',
      'مقالات ذات صلة',
      'Related articles',
      '<nav',
      '<footer',
      'cookie',
    ]) {
      expect(hostilePage).toContain(trap);
    }
  });

  test('gives the article paragraphs, in order, and nothing else', () => {
    const draft = expectOneDraft(htmlToDraft(hostileHere(), { fileName: 'saved page.html' }));
    expect(draft.text.split('\n\n')).toEqual(expectedParagraphs(hostileExpected));
  });

  test('leaves no boilerplate: navigation, share buttons, related blocks, cookie banner, footer', () => {
    const { text } = expectOneDraft(htmlToDraft(hostileHere()));
    for (const boilerplate of [
      'Facebook',
      'WhatsApp',
      'Telegram',
      'Share',
      'مقالات ذات صلة',
      'Related articles',
      'اقرأ أيضاً',
      'ارتفاع أسعار المحروقات',
      'تأهيل محطة ضخ ثانية',
      'Second pumping station',
      'محليات',
      'الأكثر قراءة',
      'cookies',
      'جميع الحقوق محفوظة',
      'Privacy',
      'Login',
      'بحث',
    ]) {
      expect(text).not.toContain(boilerplate);
    }
    expect(text).not.toMatch(/[<>]/);
  });

  test('takes its metadata from the page', () => {
    const draft = expectOneDraft(htmlToDraft(hostileHere()));
    expect(draft).toMatchObject({
      title: 'عودة المياه إلى أحياء شرق المدينة بعد إصلاح المضخة الرئيسية',
      source: 'أخبار المدينة',
      byline: 'قسم الأخبار المحلية',
      url: 'https://news.example.org/ar/water-returns-east',
      publishedAt: '2026-03-10T18:30:00+03:00',
      lang: 'ar',
    });
  });

  test('runs none of its scripts or handlers and requests nothing', async () => {
    const before = requestsTo(TRACKER_PATH).length;
    for (let i = 0; i < 3; i++) expectOneDraft(htmlToDraft(hostileHere()));
    await settle(300);
    expect((window as Pwned).__pwned).toBeUndefined();
    expect(requestsTo(TRACKER_PATH)).toHaveLength(before);
    expect(requestsTo('127.0.0.1:47811')).toEqual([]);
  });

  test('the request detector does see a request from the live page (so the test above can fail)', async () => {
    const image = new Image();
    const url = `${location.origin}${TRACKER_PATH}/control-${Date.now()}.png`;
    const done = new Promise((resolve) => {
      image.onerror = resolve;
      image.onload = resolve;
    });
    image.src = url;
    await done;
    await settle();
    expect(requestsTo(url)).toEqual([url]);
  });

  test('the script detector does see a script run in the live page (so the test above can fail)', () => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = "control"';
    document.body.append(script);
    script.remove();
    expect((window as Pwned).__pwned).toBe('control');
  });
});

describe('metadata', () => {
  const page = (head: string, body = '', htmlAttributes = '') => `<!doctype html>
    <html ${htmlAttributes}><head>${head}</head>
    <body><article><h1>Ignored headline</h1>${body || '<p>The body of the article, long enough to be the article of this page for sure.</p><p>A second paragraph of the article with a few more words in it.</p>'}</article></body></html>`;

  test('from Open Graph, article meta, canonical link, JSON-LD and <html lang>', () => {
    const draft = expectOneDraft(
      htmlToDraft(
        page(
          `<title>Title tag | Site</title>
           <meta property="og:title" content="Open Graph title">
           <meta property="og:site_name" content="The Daily Example">
           <meta property="article:published_time" content="2025-11-02T08:15:00Z">
           <link rel="canonical" href="https://www.example.com/news/2025/story?id=7">
           <meta property="og:url" content="https://other.example.com/og-url">
           <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
             {"@type":"NewsArticle","headline":"JSON-LD headline","datePublished":"2025-11-01",
              "author":[{"@type":"Person","name":"Rana Haddad"},{"@type":"Person","name":"Tom Ellis"}]}]}</script>`,
          '',
          'lang="fr-FR"',
        ),
      ),
    );
    expect(draft).toEqual({
      // Readability prefers the JSON-LD headline: it is the article's own.
      title: 'JSON-LD headline',
      text: expect.any(String),
      source: 'The Daily Example',
      byline: 'Rana Haddad, Tom Ellis',
      url: 'https://www.example.com/news/2025/story?id=7',
      publishedAt: '2025-11-02T08:15:00Z',
      lang: 'fr-FR',
    });
  });

  test('falls back: <time datetime>, og:url, the canonical host as source, content-language', () => {
    const draft = expectOneDraft(
      htmlToDraft(
        page(
          `<meta http-equiv="content-language" content="ar">
           <meta property="og:url" content="https://www.alkhabar.example/a/1">
           <title>عنوان الصفحة</title>`,
          `<p><time datetime="2024-05-06T10:00:00+03:00">6 أيار</time></p>
           <p>نص المقال الأول، وهو طويل بما يكفي ليكون نص المقال في هذه الصفحة بلا شك.</p>
           <p>فقرة ثانية من نص المقال تضم بضع كلمات أخرى.</p>`,
        ),
      ),
    );
    expect(draft).toMatchObject({
      title: 'عنوان الصفحة',
      source: 'alkhabar.example',
      url: 'https://www.alkhabar.example/a/1',
      publishedAt: '2024-05-06T10:00:00+03:00',
      lang: 'ar',
    });
  });

  test('drops what is not what it claims: non-http URLs, relative canonicals, odd dates and language tags', () => {
    const draft = expectOneDraft(
      htmlToDraft(
        page(
          `<link rel="canonical" href="javascript:alert(1)">
           <meta property="og:url" content="/relative/path">
           <meta property="article:published_time" content="last Tuesday">
           <script type="application/ld+json">{ not json </script>`,
          '',
          'lang="not a language!"',
        ),
      ),
    );
    expect(draft.url).toBeUndefined();
    expect(draft.publishedAt).toBeUndefined();
    expect(draft.lang).toBeUndefined();
    expect(draft.source).toBeUndefined();
  });

  test('without any title, the file name, else empty (createDocument then uses the first line)', () => {
    const body = '<p>Just a paragraph with enough words to count as text.</p>';
    expect(expectOneDraft(htmlToDraft(body, { fileName: 'notes/report.html' })).title).toBe('report');
    expect(expectOneDraft(htmlToDraft(body)).title).toBe('');
  });
});

describe('fragments and empty pages', () => {
  test('a pasted fragment of three paragraphs, no html or body', () => {
    const draft = expectOneDraft(
      htmlToDraft(
        '<p>First short paragraph.</p>\n<p>Second, with <b>bold</b> and <a href="x">a link</a>.</p><p>Third.</p>',
      ),
    );
    expect(draft.text).toBe('First short paragraph.\n\nSecond, with bold and a link.\n\nThird.');
    expect(draft.lang).toBeUndefined();
  });

  test('a fragment in Arabic with leftover share words and a related block', () => {
    const draft = expectOneDraft(
      htmlToDraft(
        '<p>قال شهود إن الطريق أغلق صباحا.</p><p>Facebook WhatsApp Telegram</p><p>وأعيد فتحه بعد الظهر.</p><h4>مقالات ذات صلة</h4><ul><li><a>خبر آخر</a></li></ul>',
      ),
    );
    expect(draft.text).toBe('قال شهود إن الطريق أغلق صباحا.\n\nوأعيد فتحه بعد الظهر.');
  });

  test('plain text without any tag is one paragraph', () => {
    expect(expectOneDraft(htmlToDraft('Just words, no markup at all.')).text).toBe(
      'Just words, no markup at all.',
    );
  });

  test.each([
    ['an empty string', ''],
    ['white space', ' \n\t '],
    ['an empty document', '<!doctype html><html><head><title>Nothing</title></head><body></body></html>'],
    [
      'only navigation and a footer',
      '<nav><a href="/">Home</a><a href="/a">About</a></nav><footer>© 2026</footer>',
    ],
    ['only scripts and styles', '<script>var a = 1;</script><style>p { color: red }</style>'],
    ['only share buttons', '<div><a>Facebook</a> <a>WhatsApp</a> <a>Telegram</a></div>'],
    ['only images', '<img src="data:,x" alt="A picture"><svg><text>drawn text</text></svg>'],
    ['only a comment', '<!-- nothing here -->'],
  ])('%s → "no article text was found in the page"', (_name, html) => {
    expectRefusal(htmlToDraft(html), NO_ARTICLE_REASON);
  });

  test('never throws, whatever it is given', () => {
    for (const input of [null, undefined, 42, {}, '\u0000', '<', '<<<>>>', '<![CDATA[x]]>', '\uD800']) {
      const result = htmlToDraft(input as unknown as string);
      expect(typeof result.ok).toBe('boolean');
    }
  });
});
