// The bench pages (bench/pages): the plain-paragraph baseline and the peer annotators, on the same text.
import { pickWord, scrollArticleTo } from './viewport.mjs';
import { toW3C } from './w3c.mjs';

export const PEERS = ['text-annotator', 'recogito-js'];

/** Loads a bench page fresh (fonts loaded); `name` is baseline, text-annotator or recogito-js. */
export async function loadPage(page, origin, name) {
  await page.goto(`${origin}/bench/${name}.html`);
  await page.evaluate(() => window.bench.ready);
}

/** Renders the text (and annotations) in a freshly loaded page; returns the page's own ms. */
export async function openPage(page, origin, name, text, annotations = []) {
  await loadPage(page, origin, name);
  return page.evaluate(({ text, annotations }) => window.bench.open(text, annotations), {
    text,
    annotations,
  });
}

/**
 * Tags on a peer page that has the article open: scrolls to `fraction`, prepares an annotation over a free
 * word in view, presses "1"; returns ms from the key press to the frame after the new highlight's paint.
 */
export async function tagOnPage(page, inputs, starts, fraction, used) {
  const lines = await scrollArticleTo(page, fraction, '#article');
  const word = pickWord(inputs.text, inputs.free, lines, used);
  const span = {
    id: `tag-${word.start}`,
    start: word.start,
    end: word.end,
    label: 'actor',
    text: inputs.text.slice(word.start, word.end),
  };
  const before = await page.evaluate(
    (annotation) => {
      window.benchNextTag = annotation;
      return window.benchTagTimes.length;
    },
    toW3C(span, starts),
  );
  await page.keyboard.press('1');
  await page.waitForFunction((n) => window.benchTagTimes.length > n, before, { timeout: 60_000 });
  return page.evaluate(() => window.benchTagTimes.at(-1));
}
