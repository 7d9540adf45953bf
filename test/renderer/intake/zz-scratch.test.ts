import { isProbablyReaderable } from '@mozilla/readability';
import { test } from 'vitest';
import { htmlToDraft } from '../../../src/renderer/intake/html';

test('explore', () => {
  for (const html of [
    '<h2>Headline of the piece</h2><p>First short paragraph of text.</p><p>Another one, a bit longer than the first.</p>',
    '<p>Casualties reported:</p><ul><li>Homs: 3 killed</li><li>Hama: 2 injured</li></ul><p>Source: local council.</p>',
    '<table><tr><th>Town</th><th>Killed</th></tr><tr><td>Homs</td><td>3</td></tr></table>',
    '<div><b>Breaking:</b> a fire broke out in the old market.<br>Firefighters are on site.</div>',
    '<blockquote>A quote from the minister.</blockquote><p>He said that.</p>',
  ]) {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    console.log(isProbablyReaderable(doc), JSON.stringify(htmlToDraft(html)));
  }
});
