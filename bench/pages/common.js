// Shared by the benchmark pages: the app's fonts and column, paragraph building and frame helpers.
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './article.css';

export const article = () => document.getElementById('article');

/** One <p> per line of the stored text, appended in one go, with nothing between paragraphs. */
export function appendParagraphs(container, text) {
  const fragment = document.createDocumentFragment();
  for (const line of text.split('\n')) {
    const p = document.createElement('p');
    p.textContent = line;
    fragment.append(p);
  }
  container.append(fragment);
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Resolves at the second animation frame from now: the first frame after this one has been painted. */
export async function twoFrames() {
  await nextFrame();
  await nextFrame();
}

/** Loads the fonts before any measurement, as the app has them loaded when a document is opened. */
export async function fontsReady() {
  await Promise.all([
    document.fonts.load('20px "Noto Naskh Arabic"', 'بالحسكة ٣٤'),
    document.fonts.load('bold 20px "Noto Naskh Arabic"', 'بالحسكة'),
    document.fonts.load('20px "Noto Sans"', 'CENTCOM 34'),
  ]);
}

/**
 * Tags on key "1" as the app does, for the peers: a capture listener takes the time of the key press, adds the
 * prepared annotation with `add` and records the time `painted` resolves at. Node sets window.benchNextTag.
 */
export function listenForTags(add, painted) {
  window.benchTagTimes = [];
  window.addEventListener(
    'keydown',
    async (event) => {
      if (event.key !== '1' || !window.benchNextTag) return;
      const start = performance.now();
      const annotation = window.benchNextTag;
      window.benchNextTag = null;
      const done = painted();
      add(annotation);
      await done;
      window.benchTagTimes.push(performance.now() - start);
    },
    { capture: true },
  );
}
