import { it } from 'vitest';
import { FORMATS } from '../../../src/core/formats/index';
import { agreementBetweenAnnotators } from '../../../src/core/formats/agreement';
import { tokenize } from '../../../src/core/formats/tokenize';
it('bench', () => {
  const para = 'قال المرصد السوري إن ٣ مدنيين قتلوا بالحسكة، وأصيب 😀 آخرون في دير الزور. ';
  const text = (para.repeat(20) + '\n').repeat(70);
  const tokens = tokenize(text);
  const annotations = [] as any[];
  for (let i = 0; i < tokens.length; i += 20) { const t = tokens[i]; annotations.push({ start: t.start, end: t.end, label: i % 40 ? 'place' : 'actor', text: text.slice(t.start, t.end), annotator: i % 60 ? 'a' : 'b' }); }
  const doc = { id: 'big', title: 'Big', text, annotations };
  process.stderr.write(`chars ${text.length} tokens ${tokens.length} spans ${annotations.length}\n`);
  for (const f of FORMATS) {
    const t0 = performance.now();
    const e = f.exportDocuments([doc], { tokens: true });
    const t1 = performance.now();
    const r = f.importFiles(e.files, { documents: [doc] });
    const t2 = performance.now();
    process.stderr.write(`${f.id} ${Math.round(t1 - t0)} ms export ${Math.round(t2 - t1)} ms import ${r.ok}\n`);
  }
  const t0 = performance.now(); agreementBetweenAnnotators([doc], 'a', 'b'); process.stderr.write(`agreement ${Math.round(performance.now() - t0)}\n`);
}, 300000);
