/**
 * The post-filter for page boilerplate that Readability leaves in (it removes navigation, footers, most
 * share bars and "related" sidebars by their class names and link density; what remains is caught here).
 * It runs on the sanitized DOM, which has no classes or ids left, so it judges blocks by their text only:
 *
 * 1. Share blocks: a block (p, div, li, ul, span…) whose whole text is share-button words — social
 *    networks ("Facebook", "WhatsApp", "Telegram", "فيسبوك"…), "Share"/"شارك"/"Partager", "Print", "Email",
 *    "Copy link" and a few fillers ("this", "article", "on"…) — is removed when it has a share verb or names
 *    two networks or more. A sentence that merely mentions Facebook is never a share block: it has other words.
 * 2. Related blocks: an element whose text is a "related" heading ("Related articles", "مقالات ذات صلة",
 *    "اقرأ أيضا", "À lire aussi"…, see RELATED_HEADINGS), or such a heading followed only by link text, is
 *    removed together with the largest enclosing block that holds nothing but links besides it, and with
 *    the link-only blocks that follow it (the list of related links after an <h3>).
 *
 * Known limits: a list of networks in an article ("Facebook, Telegram") as a block on its own would be
 * removed; a related block whose links were plain text (no <a>) keeps its items.
 */

const SHARE_VERBS = [
  'share',
  'shares',
  'sharing',
  'tweet',
  'print',
  'email',
  'e-mail',
  'mail',
  'copy',
  'شارك',
  'شاركها',
  'شاركوا',
  'مشاركة',
  'المشاركة',
  'طباعة',
  'نسخ',
  'partager',
  'partagez',
  'partage',
  'imprimer',
  'courriel',
  'copier',
];

const NETWORKS = [
  'facebook',
  'twitter',
  'x',
  'whatsapp',
  'telegram',
  'linkedin',
  'reddit',
  'pinterest',
  'messenger',
  'viber',
  'instagram',
  'youtube',
  'tiktok',
  'snapchat',
  'vk',
  'threads',
  'bluesky',
  'mastodon',
  'flipboard',
  'tumblr',
  'فيسبوك',
  'فيس',
  'تويتر',
  'واتساب',
  'واتس',
  'تلغرام',
  'تيليغرام',
  'تليغرام',
  'تلجرام',
  'لينكدإن',
  'لينكد',
  'انستغرام',
  'انستجرام',
  'يوتيوب',
  'ماسنجر',
];

const FILLERS = [
  'on',
  'via',
  'this',
  'the',
  'article',
  'story',
  'page',
  'link',
  'to',
  'with',
  'friends',
  'آب',
  'اب',
  'بوك',
  'ان',
  'إن',
  'على',
  'عبر',
  'المقال',
  'الخبر',
  'الرابط',
  'هذا',
  'cet',
  'article',
  'sur',
  'lien',
  'le',
  'par',
];

const RELATED_HEADINGS = [
  // English
  'related',
  'related articles',
  'related article',
  'related stories',
  'related story',
  'related news',
  'related content',
  'related posts',
  'related topics',
  'related coverage',
  'read more',
  'read also',
  'also read',
  'see also',
  'more on this',
  'more on this story',
  'more stories',
  'more news',
  'you may also like',
  'you might also like',
  'recommended',
  'recommended for you',
  'most read',
  'most popular',
  'trending',
  'latest news',
  // Arabic (compared without diacritics, tatweel or hamza variants of alef)
  'مقالات ذات صلة',
  'مقالات ذات علاقة',
  'اخبار ذات صلة',
  'مواضيع ذات صلة',
  'موضوعات ذات صلة',
  'ذات صلة',
  'اقرا ايضا',
  'اقرا ايضا في',
  'اقرا المزيد',
  'شاهد ايضا',
  'قد يهمك',
  'قد يهمك ايضا',
  'الاكثر قراءة',
  'الاكثر مشاهدة',
  'اخبار متعلقة',
  'مقالات مقترحة',
  'المزيد من الاخبار',
  'اخر الاخبار',
  // French
  'articles liés',
  'articles similaires',
  'à lire aussi',
  'a lire aussi',
  'lire aussi',
  'à lire également',
  'lire également',
  'voir aussi',
  'sur le même sujet',
  'dans la même rubrique',
  'les plus lus',
  'vous aimerez aussi',
];

/** Lower case, no Arabic diacritics or tatweel, one alef, single spaces, no surrounding punctuation. */
export function normalizeForMatching(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u0640\u064B-\u065F\u0670]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى(?=\s|$)/g, 'ي')
    .replace(/[\s\u00A0]+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
}

const shareVerbs = new Set(SHARE_VERBS.map(normalizeForMatching));
const networks = new Set(NETWORKS.map(normalizeForMatching));
const fillers = new Set(FILLERS.map(normalizeForMatching));
const relatedHeadings = RELATED_HEADINGS.map(normalizeForMatching);

/** True when the text is nothing but share-button words (see rule 1 above). */
export function isShareText(text: string): boolean {
  const tokens = normalizeForMatching(text)
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((token) => token !== '');
  if (tokens.length === 0 || tokens.length > 16) return false;
  let verbs = 0;
  let named = 0;
  for (const token of tokens) {
    if (shareVerbs.has(token)) verbs++;
    else if (networks.has(token)) named++;
    else if (!fillers.has(token)) return false;
  }
  return verbs > 0 || named >= 2;
}

/** True when the text is a "related articles" heading (see rule 2 above). */
export function isRelatedHeadingText(text: string): boolean {
  return relatedHeadings.includes(normalizeForMatching(text));
}

const SHARE_BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'UL',
  'OL',
  'LI',
  'SPAN',
  'TABLE',
  'TR',
  'TD',
  'FIGURE',
  'DL',
  'DD',
  'DT',
]);

const MAX_BOILERPLATE_TEXT = 300;

const nonBlank = (text: string | null): boolean => text !== null && /\S/.test(text);
/** Text that says something: punctuation between links ("A, B | C") does not. */
const meaningful = (text: string | null): boolean => text !== null && /[\p{L}\p{N}]/u.test(text);

/** Non-blank text nodes under `root` that are neither in `except` nor inside a link (<a>) below `root`. */
function hasTextOutsideLinks(root: Element, except: Element | null): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!meaningful(node.nodeValue)) continue;
    if (except?.contains(node)) continue;
    const link = node.parentElement?.closest('a');
    if (link && root.contains(link)) continue;
    return true;
  }
  return false;
}

const isLinkOnly = (element: Element): boolean =>
  meaningful(element.textContent) && !hasTextOutsideLinks(element, null);

/** A related heading on its own, or followed by nothing but link text ("اقرأ أيضا: <a>…</a>"). */
function isRelatedHeading(element: Element): boolean {
  const text = element.textContent ?? '';
  if (!nonBlank(text) || text.length > MAX_BOILERPLATE_TEXT) return false;
  if (isRelatedHeadingText(text)) return true;
  // The heading may be the element's first text, the rest being links.
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let lead = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!nonBlank(node.nodeValue)) continue;
    if (node.parentElement?.closest('a') && element.contains(node.parentElement.closest('a'))) {
      // Reached the links: everything before them must have been the heading, everything after links.
      if (!isRelatedHeadingText(lead)) return false;
      for (let rest = walker.nextNode(); rest; rest = walker.nextNode()) {
        if (!meaningful(rest.nodeValue)) continue;
        const link = rest.parentElement?.closest('a');
        if (!link || !element.contains(link)) return false;
      }
      return true;
    }
    lead += node.nodeValue;
  }
  return false;
}

function nextNonBlankSibling(node: Node): Node | null {
  let next = node.nextSibling;
  while (next && next.nodeType === Node.TEXT_NODE && !nonBlank(next.nodeValue)) next = next.nextSibling;
  return next;
}

function removeRelatedBlocks(root: Element): void {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (!root.contains(element) || !isRelatedHeading(element)) continue;
    // Skip an ancestor match: handle the innermost element holding the heading.
    if (Array.from(element.children).some((child) => isRelatedHeading(child))) continue;
    let block: Element = element;
    while (
      block.parentElement &&
      block.parentElement !== root &&
      !hasTextOutsideLinks(block.parentElement, element)
    ) {
      block = block.parentElement;
    }
    for (let next = nextNonBlankSibling(block); next; next = nextNonBlankSibling(block)) {
      if (next.nodeType !== Node.ELEMENT_NODE || !isLinkOnly(next as Element)) break;
      (next as Element).remove();
    }
    block.remove();
  }
}

function removeShareBlocks(root: Element): void {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (!SHARE_BLOCKS.has(element.tagName.toUpperCase()) || !root.contains(element)) continue;
    const text = element.textContent ?? '';
    if (text.length <= MAX_BOILERPLATE_TEXT && isShareText(text)) element.remove();
  }
}

/** Removes leftover share and related blocks from a sanitized DOM, in place. */
export function removeBoilerplate(root: Element): void {
  removeRelatedBlocks(root);
  removeShareBlocks(root);
}
