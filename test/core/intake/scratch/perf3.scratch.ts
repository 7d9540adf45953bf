import { fromMarkdown } from 'mdast-util-from-markdown';
import { it } from 'vitest';
import { markdownToText } from '../../../../src/core/intake/markdown';

it('z', () => {
  const md = '| a | b |\n|---|---|\n' + '| c | d |\n'.repeat(20000);
  let t = performance.now();
  fromMarkdown(md);
  console.log('parse', Math.round(performance.now() - t));
  t = performance.now();
  markdownToText(md);
  console.log('all', Math.round(performance.now() - t));
  const para = ('word '.repeat(20) + '\n').repeat(2000);
  t = performance.now();
  fromMarkdown(para);
  console.log('parse para 200k', Math.round(performance.now() - t));
});
