/**
 * Property tests of the HTML path with generated hostile markup: random nesting of allowed and forbidden
 * elements, event handlers, URL attributes (javascript:, data:, http:), SVG and MathML, raw-text elements
 * (script, style, textarea, title…), comments, CDATA, processing instructions and malformed markup
 * (unclosed, misclosed and stray tags).
 *
 * The generated text never contains "<" or "&", so every "<" in the input starts markup; and each kind of
 * non-text content carries a marker character that generated text never uses: § in attribute values,
 * ¤ in comments and other bogus markup, † in raw-text elements. So the output must consist of generated
 * text characters and layout white space only: any "<", marker or other character is a leak.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { htmlToDraft } from '../../../src/renderer/intake/html';
import { htmlToText } from '../../../src/renderer/intake/htmlToText';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, sanitizeArticleHtml } from '../../../src/renderer/intake/sanitize';
import { requestsTo, settle } from './support';

const RUNS = 2000;
const SEED = 20260311;
const TRACKER = `${location.origin}/__spanlight_property_tracker__`;

const TEXT_CHARS = [
  ...'abcdefghijklmnopqrstuvwxyz',
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ...'0123456789',
  ...' .,;:!?()"\'-_/*+=#%@[]{}|',
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويةءأإآى',
  '\u064E',
  '\u0651',
  '،',
  '٣',
  'é',
  'ç',
  '\u00A0',
  '\u200F',
  '\n',
  '\t',
];
const LAYOUT = new Set([' ', '\n', '\t']);
const ALLOWED_OUTPUT = new Set([...TEXT_CHARS, ...LAYOUT]);

const text = fc.string({ unit: fc.constantFrom(...TEXT_CHARS), maxLength: 14 });
const marked = (marker: string) => text.map((t) => `${marker}${t}${marker}`);

const ALLOWED = [...ALLOWED_TAGS];
const UNWRAPPED = [
  'font',
  'u',
  'sup',
  'center',
  'marquee',
  'form',
  'label',
  'main',
  'header',
  'aside',
  'details',
  'summary',
  'x-custom',
  'blink',
  'nobr',
  'bdo',
  'time',
  'mark',
  'small',
  'ruby',
  'rt',
];
// noscript is not raw text here: DOMParser parses with scripting disabled, so its content is markup (and
// in a head, text in it even ends the head: the text is then the body's, as a script-less browser shows it).
const CONTENT_DROPPED = [
  'nav',
  'footer',
  'button',
  'select',
  'option',
  'object',
  'video',
  'audio',
  'canvas',
  'picture',
  'map',
  'dialog',
  'noscript',
];
const VOID = [
  'img',
  'input',
  'br',
  'hr',
  'link',
  'meta',
  'base',
  'source',
  'track',
  'wbr',
  'embed',
  'area',
  'col',
  'param',
  'image',
  'frame',
];
const RAW_TEXT = ['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes'];
const SVG_CHILDREN = [
  'script',
  'foreignObject',
  'a',
  'text',
  'image',
  'use',
  'animate',
  'set',
  'style',
  'desc',
  'title',
  'g',
  'feImage',
];
const MATH_CHILDREN = ['mi', 'mo', 'mtext', 'annotation-xml', 'mglyph', 'malignmark', 'semantics', 'style'];

const ATTRIBUTE_NAMES = [
  'onclick',
  'onerror',
  'onload',
  'onmouseover',
  'onfocus',
  'ONLOAD',
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'style',
  'data-x',
  'aria-label',
  'lang',
  'dir',
  'LANG',
  'Dir',
  'id',
  'class',
  'name',
  'is',
  'srcdoc',
  'target',
  'ping',
  'title',
  'xmlns',
  'xmlns:xlink',
  'width',
  'form',
  'autofocus',
  'tabindex',
  'contenteditable',
  'cite',
  'longdesc',
  'usemap',
  'dynsrc',
  'lowsrc',
];
const ATTRIBUTE_VALUES = [
  'javascript:window.__pwned=1§',
  'JaVaScRiPt:window.__pwned=1§',
  ' java\tscript:window.__pwned=1§',
  'data:text/html,<script>window.__pwned=2</script>§',
  'data:image/svg+xml,<svg onload=window.__pwned=3>§',
  `${TRACKER}/a.png?§`,
  `//${location.host}/__spanlight_property_tracker__/b.png?§`,
  `background:url(${TRACKER}/c.png)§`,
  'vbscript:msgbox(1)§',
  'window.__pwned=4§',
  '"><script>window.__pwned=5</script>§',
  "x' onerror='window.__pwned=6§",
  `${TRACKER}/d.png 1x, ${TRACKER}/e.png 2x §`,
  'ar',
  'en-GB',
  'rtl',
  'ltr',
  'auto',
  '§',
];

const attribute = fc
  .tuple(
    fc.constantFrom(...ATTRIBUTE_NAMES),
    fc.constantFrom(...ATTRIBUTE_VALUES),
    fc.constantFrom('"', "'", ''),
  )
  .map(([name, value, quote]) => {
    if (quote === '' && /^[^\s"'=<>`]+$/.test(value)) return ` ${name}=${value}`;
    const q = quote === '' ? '"' : quote;
    return ` ${name}=${q}${value.replaceAll(q, q === '"' ? '&quot;' : '&#39;')}${q}`;
  });
const attributes = fc.array(attribute, { maxLength: 3 }).map((list) => list.join(''));

/** Comments, CDATA, processing instructions and other bogus markup: none of it is text. */
const bogus = fc.oneof(
  marked('¤').map((t) => `<!--${t}-->`),
  marked('¤').map((t) => `<![CDATA[${t}]]>`),
  marked('¤').map((t) => `<?${t.replaceAll('>', '')}?>`),
  marked('¤').map((t) => `<!${t.replaceAll('>', '')}>`),
  marked('¤').map((t) => `</ ${t.replaceAll('>', '')}>`),
  fc.constantFrom(
    '<!-->',
    '<!--->',
    '<!---->',
    '</>',
    '<!doctype html>',
    '</p>',
    '</div>',
    '</svg>',
    '</table>',
    '</li>',
  ),
);

const rawText = fc
  .tuple(fc.constantFrom(...RAW_TEXT), attributes, marked('†'))
  .map(([tag, attrs, t]) =>
    tag === 'script' ? `<script${attrs}>window.__pwned=7;//${t}</script>` : `<${tag}${attrs}>${t}</${tag}>`,
  );

const voidElement = fc
  .tuple(fc.constantFrom(...VOID), attributes, fc.boolean())
  .map(([tag, attrs, selfClosing]) => `<${tag}${attrs}${selfClosing ? ' /' : ''}>`);

type Close = 'proper' | 'omitted' | 'wrong';
const close = fc.constantFrom<Close>('proper', 'proper', 'proper', 'omitted', 'wrong');
const closing = (tag: string, how: Close, wrongTag: string) =>
  how === 'proper' ? `</${tag}>` : how === 'wrong' ? `</${wrongTag}>` : '';

const { node } = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    text,
    bogus,
    rawText,
    voidElement,
    fc
      .tuple(
        fc.constantFrom(...ALLOWED, ...UNWRAPPED, ...CONTENT_DROPPED),
        attributes,
        tie('nodes'),
        close,
        fc.constantFrom('b', 'p', 'div', 'span', 'td'),
      )
      .map(([tag, attrs, children, how, wrong]) => `<${tag}${attrs}>${children}${closing(tag, how, wrong)}`),
    fc
      .tuple(fc.constantFrom('svg', 'math'), attributes, fc.array(tie('node'), { maxLength: 3 }), close)
      .chain(([root, attrs, children, how]) =>
        fc
          .array(
            fc.tuple(fc.constantFrom(...(root === 'svg' ? SVG_CHILDREN : MATH_CHILDREN)), attributes, text),
            { maxLength: 3 },
          )
          .map(
            (foreign) =>
              `<${root}${attrs}>${foreign.map(([tag, a, t]) => `<${tag}${a}>¤${t}¤</${tag}>`).join('')}${children.join('')}${closing(root, how, 'p')}`,
          ),
      ),
  ),
  nodes: fc.array(tie('node'), { maxLength: 4 }).map((list) => list.join('')),
}));

const fragment = fc.array(node, { minLength: 1, maxLength: 6 }).map((list) => list.join(''));

/** A whole page: the fragment in a body, with a head full of things to load or run. */
const page = fc
  .tuple(fragment, attributes, fc.boolean())
  .map(
    ([body, bodyAttrs, withHead]) =>
      `<!doctype html><html><head>${
        withHead
          ? `<title>†t†</title><base href="${TRACKER}/base/"><link rel="stylesheet" href="${TRACKER}/s.css"><meta http-equiv="refresh" content="0;url=${TRACKER}/r"><script>window.__pwned=8</script><style>@import "${TRACKER}/i.css";</style>`
          : ''
      }</head><body${bodyAttrs}>${body}</body></html>`,
  );

const allowedTags = new Set(ALLOWED_TAGS.map((tag) => tag.toUpperCase()));
const allowedAttributes = new Set(ALLOWED_ATTRIBUTES);

function leaks(output: string): string[] {
  return Array.from(new Set(Array.from(output).filter((c) => !ALLOWED_OUTPUT.has(c))));
}

describe('generated hostile HTML', () => {
  const trackerRequestsBefore = requestsTo(TRACKER).length;

  afterAll(async () => {
    await settle(300);
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(requestsTo(TRACKER)).toHaveLength(trackerRequestsBefore);
  });

  test(`the sanitizer keeps only allowed elements and attributes, and text only from text (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.oneof(fragment, page), (html) => {
        const body = sanitizeArticleHtml(html);
        for (const element of Array.from(body.querySelectorAll('*'))) {
          if (!allowedTags.has(element.tagName) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
            throw new Error(`element <${element.tagName}> survived`);
          }
          for (const attribute of Array.from(element.attributes)) {
            if (!allowedAttributes.has(attribute.name))
              throw new Error(`attribute ${attribute.name} survived`);
            if (/[§:()]/.test(attribute.value))
              throw new Error(`attribute value ${attribute.value} survived`);
          }
        }
        const output = htmlToText(body);
        const leaked = leaks(output);
        if (leaked.length > 0)
          throw new Error(`leaked ${JSON.stringify(leaked)} in ${JSON.stringify(output)}`);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  test(`htmlToDraft answers a draft of text only, or a reason, never throws (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.oneof(fragment, page), (html) => {
        const result = htmlToDraft(html);
        if (!result.ok) {
          expect(result.reason).toBe('no article text was found in the page');
          return;
        }
        for (const draft of result.drafts) {
          const leaked = leaks(draft.text);
          if (leaked.length > 0) {
            throw new Error(`leaked ${JSON.stringify(leaked)} in ${JSON.stringify(draft.text)}`);
          }
          expect(draft.text.trim()).not.toBe('');
        }
      }),
      { numRuns: RUNS, seed: SEED + 1 },
    );
  });

  test('the leak check can fail: markup text, attribute values and markers are caught', () => {
    expect(leaks('plain text, ok')).toEqual([]);
    expect(leaks('a <b')).toEqual(['<']);
    expect(leaks('§x§')).toEqual(['§']);
    expect(leaks('x¤†')).toEqual(['¤', '†']);
  });
});
