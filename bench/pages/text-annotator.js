// @recogito/text-annotator over the same paragraphs, with its default renderer, loading W3C annotations.
import { createTextAnnotator, W3CTextFormat } from '@recogito/text-annotator';
import '@recogito/text-annotator/text-annotator.css';
import { appendParagraphs, article, fontsReady, listenForTags, nextFrame } from './common.js';

let annotator;

/** Resolves at the first animation frame after the annotator's next redraw (which runs in a frame). */
function redrawn() {
  return new Promise((resolve) => {
    const stop = annotator.renderer.on('onRedraw', () => {
      stop();
      nextFrame().then(resolve);
    });
  });
}

window.bench = {
  ready: fontsReady(),
  async open(text, annotations) {
    const start = performance.now();
    const container = article();
    appendParagraphs(container, text);
    annotator = createTextAnnotator(container, { adapter: W3CTextFormat('bench', container) });
    const painted = redrawn();
    annotator.setAnnotations(annotations, true);
    await painted;
    listenForTags((annotation) => annotator.addAnnotation(annotation), redrawn);
    return performance.now() - start;
  },
};
