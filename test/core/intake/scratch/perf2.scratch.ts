import { fromMarkdown } from 'mdast-util-from-markdown';
import { it } from 'vitest';

it('y', () => {
  const gens: Record<string, (n: number) => string> = {
    emphNest: (n) => '*'.repeat(n) + 'x' + '*'.repeat(n),
    emphRuns: (n) => '*a '.repeat(n),
    quotes: (n) => '>'.repeat(n) + ' x',
    lists: (n) => '- '.repeat(n) + 'x',
    nestedList: (n) => Array.from({ length: n }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n'),
    links: (n) => '[a]('.repeat(n),
    underscores: (n) => '_a'.repeat(n) + '_'.repeat(n),
  };
  for (const [name, g] of Object.entries(gens)) {
    for (const n of [250, 500, 1000, 2000]) {
      const md = g(n);
      const t = performance.now();
      let note = '';
      try {
        fromMarkdown(md);
      } catch (e) {
        note = (e as Error).message.slice(0, 30);
      }
      const ms = Math.round(performance.now() - t);
      console.log(name, n, md.length, ms, 'ms', note);
      if (ms > 5000) break;
    }
  }
});
