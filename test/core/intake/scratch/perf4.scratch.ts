import { it } from 'vitest';
import { draftsFromCsvText } from '../../../../src/core/intake/csv';
import { decodeText } from '../../../../src/core/intake/decodeText';
import { detectFileKind } from '../../../../src/core/intake/detectKind';
import { draftsFromJsonl } from '../../../../src/core/intake/jsonl';

it('w', () => {
  const big = 'text\n' + ('"' + 'x'.repeat(1000) + '\n' + 'y'.repeat(1000) + '"\n').repeat(20000);
  let t = performance.now();
  console.log('csv', big.length, draftsFromCsvText(big).ok, Math.round(performance.now() - t));
  const bigBad = 'a,b,c\n' + '"x,'.repeat(100000);
  t = performance.now();
  console.log('csv bad', JSON.stringify(draftsFromCsvText(bigBad)), Math.round(performance.now() - t));
  const manyQuotes = 'a,b\n' + '"",'.repeat(200000) + '\n';
  t = performance.now();
  console.log(
    'csv quotes',
    JSON.stringify(draftsFromCsvText(manyQuotes)).slice(0, 100),
    Math.round(performance.now() - t),
  );
  const escapes = 'text\n"' + '""'.repeat(1000000) + '"\n';
  t = performance.now();
  console.log('csv escapes', draftsFromCsvText(escapes).ok, Math.round(performance.now() - t));
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
  t = performance.now();
  detectFileKind('a.txt', bytes);
  console.log('detect 40MB', Math.round(performance.now() - t));
  const zip = new Uint8Array(40_000_000);
  zip.set([0x50, 0x4b, 3, 4]);
  t = performance.now();
  console.log('detect zip 40MB', detectFileKind('a.docx', zip), Math.round(performance.now() - t));
});
