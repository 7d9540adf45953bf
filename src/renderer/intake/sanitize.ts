import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';

/**
 * The one sanitizer every imported piece of HTML goes through (web pages, and DOCX converted by mammoth).
 *
 * Strict on purpose: what survives is text structure only, with no attribute but `lang` and `dir`. Nothing
 * that could run (scripts, event handlers, `javascript:` URLs), load (src, href, srcset, poster, CSS…) or
 * submit (forms) can come through, because no element able to do so and no URL attribute is allowed at all.
 *
 * DOMPurify parses the string with `DOMParser` (scripting disabled, a document with no browsing context),
 * so neither parsing nor sanitizing runs a script or fetches a resource, and the returned element belongs
 * to that inert document: callers read it and must never insert or adopt it into the live page.
 */

/**
 * Elements kept (everything else is unwrapped: its text stays, the tag goes; or dropped with its content,
 * see FORBIDDEN_CONTENT). Beyond the text-structure list of the intake brief: `dl`/`dt`/`dd`, `thead`/
 * `tbody`/`tfoot`, `caption` and `hr`, structure only, kept so their text does not run into its neighbours.
 */
export const ALLOWED_TAGS: readonly string[] = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'br',
  'hr',
  'div',
  'span',
  'b',
  'i',
  'em',
  'strong',
  'a',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'pre',
  'code',
  'figure',
  'figcaption',
  'section',
  'article',
];

/** The only attributes kept, and only with well-formed values (see the hook below). */
export const ALLOWED_ATTRIBUTES: readonly string[] = ['lang', 'dir'];

/**
 * Elements removed together with their text: code, styles, embedded documents and media, forms' controls,
 * navigation and footers (their text is boilerplate, never article text).
 */
const FORBIDDEN_CONTENT = [
  // DOMPurify's defaults
  'annotation-xml',
  'audio',
  'colgroup',
  'desc',
  'foreignobject',
  'head',
  'iframe',
  'math',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
  'script',
  'selectedcontent',
  'style',
  'svg',
  'template',
  'title',
  'video',
  'xmp',
  // Spanlight's additions
  'applet',
  'button',
  'canvas',
  'datalist',
  'dialog',
  'embed',
  'footer',
  'frame',
  'frameset',
  'map',
  'meter',
  'nav',
  'object',
  'option',
  'optgroup',
  'picture',
  'progress',
  'select',
  'textarea',
];

const CONFIG: Config & { RETURN_DOM: true } = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: [...ALLOWED_ATTRIBUTES],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  // No URL is allowed anywhere: no attribute carrying one survives anyway, this is the second lock. DOMPurify
  // checks every allowed attribute's value against this pattern unless the attribute is "URI-safe", hence
  // `lang` and `dir` in ADD_URI_SAFE_ATTR (their values are checked by the hook instead).
  ALLOWED_URI_REGEXP: /^(?!)/,
  ADD_URI_SAFE_ATTR: ['lang', 'dir'],
  FORBID_CONTENTS: FORBIDDEN_CONTENT,
  KEEP_CONTENT: true,
  SAFE_FOR_XML: true,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  WHOLE_DOCUMENT: false,
  FORCE_BODY: true,
  RETURN_DOM: true,
  RETURN_DOM_FRAGMENT: false,
  RETURN_TRUSTED_TYPE: false,
  PARSER_MEDIA_TYPE: 'text/html',
};

const DIR_VALUE = /^(?:ltr|rtl|auto)$/i;
/** BCP 47-shaped: "ar", "en-GB", "zh-Hant-TW"; anything else is dropped. */
const LANG_VALUE = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

let purifier: Purifier | null = null;

/** A private DOMPurify instance (the default export is shared, so others' hooks or config cannot leak in). */
function getPurifier(): Purifier {
  if (purifier) return purifier;
  const instance = DOMPurify(window);
  if (!instance.isSupported) throw new Error('DOMPurify is not supported in this environment');
  instance.addHook('uponSanitizeAttribute', (_node, data) => {
    const value = data.attrValue.trim();
    if (data.attrName === 'dir') data.keepAttr = DIR_VALUE.test(value);
    else if (data.attrName === 'lang') data.keepAttr = LANG_VALUE.test(value);
    else data.keepAttr = false;
    data.forceKeepAttr = undefined;
  });
  purifier = instance;
  return instance;
}

/**
 * Sanitizes HTML to text structure. Returns the `<body>` of an inert document holding the result (an empty
 * body for empty input). Throws only if the environment has no DOM, which the renderer always has.
 */
export function sanitizeArticleHtml(html: string): HTMLElement {
  const body = getPurifier().sanitize(html, CONFIG) as HTMLElement | null;
  if (body) return body;
  return new DOMParser().parseFromString('', 'text/html').body;
}
