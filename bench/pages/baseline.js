// The floor: the same text as plain paragraphs, timed from the start of this script's work to the frame after
// the one that paints them.
import { appendParagraphs, article, fontsReady, twoFrames } from './common.js';

window.bench = {
  ready: fontsReady(),
  async open(text) {
    const start = performance.now();
    appendParagraphs(article(), text);
    await twoFrames();
    return performance.now() - start;
  },
};
