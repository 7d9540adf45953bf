import { it } from 'vitest';
import { draftsFromCsvText } from '../../../src/core/intake/csv';
import { decodeText } from '../../../src/core/intake/decodeText';
import { draftsFromJsonl } from '../../../src/core/intake/jsonl';
import { draftFromMarkdown } from '../../../src/core/intake/markdown';

it('x', () => {
  const cases: [string, string][] = [
    ['quotes', '>'.repeat(20000) + ' x'],
    ['lists', '- '.repeat(5000) + 'x'],
    ['nested list indent', Array.from({ length: 3000 }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n')],
    ['brackets', '['.repeat(50000) + 'x' + ']'.repeat(50000)],
    ['stars', '*a '.repeat(30000)],
    ['emph nest', '*'.repeat(30000) + 'x' + '*'.repeat(30000)],
    ['backticks', '`'.repeat(30000)],
    ['table', '| a | b |\n|---|---|\n' + '| c | d |\n'.repeat(20000)],
    ['big para', ('word '.repeat(20) + '\n').repeat(50000)],
  ];
  for (const [name, md] of cases) {
    const t = performance.now();
    let r;
    try {
      r = draftFromMarkdown(md, 'a.md');
    } catch (e) {
      r = 'THROW ' + (e as Error).message.slice(0, 80);
    }
    console.log(name, md.length, Math.round(performance.now() - t), 'ms', typeof r === 'string' ? r : r.ok);
  }
  const big = 'text\n' + ('"' + 'x'.repeat(1000) + '\n' + 'y'.repeat(1000) + '"\n').repeat(20000);
  let t = performance.now();
  console.log('csv', big.length, draftsFromCsvText(big).ok, Math.round(performance.now() - t));
  const bigBad = 'a,b,c\n' + '"x,'.repeat(100000);
  t = performance.now();
  console.log('csv bad', JSON.stringify(draftsFromCsvText(bigBad)), Math.round(performance.now() - t));
  const j = (JSON.stringify({ text: 'x'.repeat(2000) }) + '\n').repeat(20000);
  t = performance.now();
  console.log('jsonl', j.length, draftsFromJsonl(j).ok, Math.round(performance.now() - t));
  const bytes = new Uint8Array(40_000_000).fill(0xc7);
  t = performance.now();
  const d = decodeText(bytes);
  console.log('decode 40MB 1256', d.ok && d.encoding, Math.round(performance.now() - t));
  const u = new TextEncoder().encode('قتل '.repeat(5_000_000));
  t = performance.now();
  const d2 = decodeText(u);
  console.log('decode utf8', u.length, d2.ok && d2.encoding, Math.round(performance.now() - t));
}, 600000);
