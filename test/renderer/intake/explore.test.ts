import { test } from 'vitest';
import { Readability } from '@mozilla/readability';
import { sanitizeArticleHtml } from '../../../src/renderer/intake/sanitize';

test('explore', () => {
  const html = '<noscript>††</noscript>a';
  const doc = new DOMParser().parseFromString(html, 'text/html');
  console.log('body', doc.body.innerHTML);
  const r = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
  console.log('readability', JSON.stringify(r?.content));
  console.log('sanitized', sanitizeArticleHtml(r?.content ?? '').innerHTML);
  console.log('sanitized2', sanitizeArticleHtml(doc.body.innerHTML).innerHTML);
});
