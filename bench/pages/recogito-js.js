// @recogito/recogito-js over the same paragraphs, loading W3C annotations (it wraps each in <span> elements).
import { Recogito } from '@recogito/recogito-js';
import '@recogito/recogito-js/dist/recogito.min.css';
import { appendParagraphs, article, fontsReady, listenForTags, nextFrame, twoFrames } from './common.js';

window.bench = {
  ready: fontsReady(),
  async open(text, annotations) {
    const start = performance.now();
    const container = article();
    appendParagraphs(container, text);
    const recogito = new Recogito({ content: container });
    // Resolves inside the animation frame that wraps the last batch; the next frame follows its paint.
    await recogito.setAnnotations(annotations);
    await nextFrame();
    listenForTags((annotation) => recogito.addAnnotation(annotation), twoFrames);
    return performance.now() - start;
  },
};
