import { it } from 'vitest';
import { draftFromMarkdown } from '../../../../src/core/intake/markdown';

const which = process.env.CASE;
it('x', () => {
  const cases: Record<string, string> = {
    quotes: '>'.repeat(20000) + ' x',
    lists: '- '.repeat(5000) + 'x',
    nestedList: Array.from({ length: 3000 }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n'),
    brackets: '['.repeat(5000) + 'x' + ']'.repeat(5000),
    stars: '*a '.repeat(30000),
    emphNest: '*'.repeat(30000) + 'x' + '*'.repeat(30000),
    backticks: '`'.repeat(30000),
    table: '| a | b |\n|---|---|\n' + '| c | d |\n'.repeat(20000),
    bigPara: ('word '.repeat(20) + '\n').repeat(50000),
  };
  for (const [name, md] of Object.entries(cases)) {
    if (which && which !== name) continue;
    const t = performance.now();
    let r;
    try {
      r = draftFromMarkdown(md, 'a.md');
    } catch (e) {
      r = 'THROW ' + (e as Error).message.slice(0, 80);
    }
    console.log(name, md.length, Math.round(performance.now() - t), 'ms', typeof r === 'string' ? r : r.ok);
  }
});
