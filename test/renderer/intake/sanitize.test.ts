import { describe, expect, test } from 'vitest';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, sanitizeArticleHtml } from '../../../src/renderer/intake/sanitize';
import { requestsTo, settle } from './support';

const TRACKER = `${location.origin}/__spanlight_sanitize_tracker__`;

const allowedTags = new Set(ALLOWED_TAGS.map((tag) => tag.toUpperCase()));
const allowedAttributes = new Set(ALLOWED_ATTRIBUTES);

/** Every element of the result is allowed, and so is every attribute. */
function expectOnlyAllowed(body: HTMLElement): void {
  for (const element of Array.from(body.querySelectorAll('*'))) {
    expect(allowedTags.has(element.tagName), element.outerHTML).toBe(true);
    expect(element.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
    for (const attribute of Array.from(element.attributes)) {
      expect(allowedAttributes.has(attribute.name), element.outerHTML).toBe(true);
    }
  }
}

describe('sanitizeArticleHtml', () => {
  test('keeps text structure, lang and dir', () => {
    const body = sanitizeArticleHtml(
      '<h2 lang="ar" dir="rtl">عنوان</h2><p>One <b>two</b> <em>three</em></p><ul><li>a</li></ul><table><tr><td>x</td></tr></table>',
    );
    expect(body.innerHTML).toBe(
      '<h2 lang="ar" dir="rtl">عنوان</h2><p>One <b>two</b> <em>three</em></p><ul><li>a</li></ul><table><tbody><tr><td>x</td></tr></tbody></table>',
    );
  });

  test.each([
    ['script', '<p>a</p><script>window.__pwned = 1</script>', '<p>a</p>'],
    ['event handlers', '<p onclick="x()" onmouseover="y()">a</p>', '<p>a</p>'],
    [
      'links lose their href, keep their text',
      '<a href="https://example.com" target="_blank">a</a>',
      '<a>a</a>',
    ],
    ['javascript: links', '<a href="javascript:alert(1)">a</a>', '<a>a</a>'],
    [
      'images',
      `<p>a<img src="${TRACKER}/i.png" srcset="${TRACKER}/j.png 2x" alt="alt text"></p>`,
      '<p>a</p>',
    ],
    ['style attributes and elements', '<p style="background:url(x)">a</p><style>p{}</style>', '<p>a</p>'],
    ['iframes and their content', '<iframe srcdoc="<p>x</p>">fallback</iframe><p>a</p>', '<p>a</p>'],
    ['svg with script', '<svg><script>alert(1)</script><text>drawn</text></svg><p>a</p>', '<p>a</p>'],
    ['MathML', '<math><mi>x</mi></math><p>a</p>', '<p>a</p>'],
    [
      'forms: the form goes, its controls and their labels go',
      '<form action="/x"><p>a</p><button>Send</button><input value="v"><select><option>o</option></select><textarea>t</textarea></form>',
      '<p>a</p>',
    ],
    [
      'media',
      '<video poster="p.jpg" src="v.mp4">no video</video><audio src="a.mp3"></audio><p>a</p>',
      '<p>a</p>',
    ],
    ['objects and embeds', '<object data="x.swf">obj</object><embed src="y.swf"><p>a</p>', '<p>a</p>'],
    [
      'navigation and footers with their text',
      '<nav><a>Home</a></nav><p>a</p><footer>© x</footer>',
      '<p>a</p>',
    ],
    [
      'ids, classes, data and aria attributes',
      '<p id="x" class="y" data-z="1" aria-label="l" title="t">a</p>',
      '<p>a</p>',
    ],
    [
      'unknown elements are unwrapped, text kept',
      '<p><font color="red">a</font><custom-tag>b</custom-tag><mark>c</mark></p>',
      '<p>abc</p>',
    ],
    ['comments', '<p>a<!-- secret --></p>', '<p>a</p>'],
    ['malformed dir and lang values', '<p dir="sideways" lang="&quot;><x">a</p>', '<p>a</p>'],
    [
      'base, meta, link',
      `<base href="${TRACKER}/"><meta http-equiv="refresh" content="0;url=x"><link rel="stylesheet" href="${TRACKER}/s.css"><p>a</p>`,
      '<p>a</p>',
    ],
    [
      'templates and noscript',
      '<template><p>t</p></template><noscript><img src="x"></noscript><p>a</p>',
      '<p>a</p>',
    ],
  ])('removes %s', (_name, html, expected) => {
    const body = sanitizeArticleHtml(html);
    expect(body.innerHTML).toBe(expected);
    expectOnlyAllowed(body);
  });

  test('returns a body of an inert document, never of the live page', () => {
    const body = sanitizeArticleHtml('<p>a</p>');
    expect(body.ownerDocument).not.toBe(document);
    expect(body.ownerDocument.defaultView).toBeNull();
    expect(document.body.contains(body)).toBe(false);
  });

  test('empty input gives an empty body', () => {
    expect(sanitizeArticleHtml('').innerHTML).toBe('');
  });

  test('loads nothing while parsing and sanitizing', async () => {
    const before = requestsTo(TRACKER).length;
    sanitizeArticleHtml(
      `<img src="${TRACKER}/a.png"><link rel="stylesheet" href="${TRACKER}/b.css"><video poster="${TRACKER}/c.jpg"></video><iframe src="${TRACKER}/d"></iframe><object data="${TRACKER}/e"></object><p style="background:url(${TRACKER}/f.png)">x</p><svg><image href="${TRACKER}/g.png"/></svg>`,
    );
    await settle(200);
    expect(requestsTo(TRACKER)).toHaveLength(before);
  });
});
