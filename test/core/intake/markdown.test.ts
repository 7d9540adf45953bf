/**
 * markdownToText / draftFromMarkdown: every Markdown construct, in Arabic, English and French, and a
 * model-based property: Markdown generated from a model of blocks must read back as the model's visible text,
 * with none of the markup it was written with.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftFromMarkdown, markdownToText } from '../../../src/core/intake/markdown';

describe('markdownToText: constructs', () => {
  it.each([
    ['ATX heading', '# عنوان المقال', 'عنوان المقال'],
    ['closed ATX heading', '## Titre du jour ##', 'Titre du jour'],
    ['setext heading', 'Syria news\n==========', 'Syria news'],
    ['paragraphs', 'قتل ثلاثة.\n\nأصيب خمسة.', 'قتل ثلاثة.\n\nأصيب خمسة.'],
    ['soft line break stays a line break', 'first line\nsecond line', 'first line\nsecond line'],
    ['hard line break (two spaces)', 'first  \nsecond', 'first\nsecond'],
    ['hard line break (backslash)', 'first\\\nsecond', 'first\nsecond'],
    ['emphasis and strong', 'Il a *bien* dit **trois** ***morts***.', 'Il a bien dit trois morts.'],
    ['underscore emphasis', '_quoted_ and __strong__', 'quoted and strong'],
    ['inline link', 'Selon [l’Observatoire](https://example.org/sohr "SOHR").', 'Selon l’Observatoire.'],
    [
      'reference link and its definition',
      'See [the report][r].\n\n[r]: https://example.org',
      'See the report.',
    ],
    ['collapsed reference link', 'See [SOHR][].\n\n[SOHR]: https://example.org', 'See SOHR.'],
    ['autolink keeps the address', 'Source: <https://example.org/a>', 'Source: https://example.org/a'],
    ['image keeps its alt text', 'Photo: ![قصف على حلب](img/aleppo.jpg)', 'Photo: قصف على حلب'],
    ['reference image', '![alt text][img]\n\n[img]: a.png', 'alt text'],
    ['inline code keeps its content', 'Run `npm test` now', 'Run npm test now'],
    ['fenced code block', '```python\nprint("قتل")\n```', 'print("قتل")'],
    ['tilde fence', '~~~\na | b\n~~~', 'a | b'],
    ['indented code block', '    let x = 1;\n    x++;', 'let x = 1;\nx++;'],
    ['bullet list items', '- الحسكة\n- حلب\n* Idlib', 'الحسكة\n\nحلب\n\nIdlib'],
    ['ordered list items', '1. first\n2. second', 'first\n\nsecond'],
    ['nested list', '- outer\n  - inner\n    - deepest', 'outer\n\ninner\n\ndeepest'],
    ['loose list item with two paragraphs', '- one\n\n  two', 'one\n\ntwo'],
    ['block quote', '> Il a dit : « trois morts ».', 'Il a dit : « trois morts ».'],
    ['block quote of two paragraphs', '> first\n>\n> second', 'first\n\nsecond'],
    ['nested block quote', '> outer\n>\n> > inner', 'outer\n\ninner'],
    ['thematic break goes', 'above\n\n---\n\nbelow', 'above\n\nbelow'],
    ['HTML block goes whole', 'before\n\n<div class="ad">\nBuy now\n</div>\n\nafter', 'before\n\nafter'],
    ['HTML comment goes', 'a\n\n<!-- hidden note -->\n\nb', 'a\n\nb'],
    ['inline HTML tags go, their text stays', 'a <span class="x">middle</span> <br> b', 'a middle  b'],
    ['entities are resolved', 'AT&amp;T &lt;b&gt; &#1602;', 'AT&T <b> ق'],
    [
      'backslash escapes are resolved',
      '\\*not emphasis\\* and \\# not heading',
      '*not emphasis* and # not heading',
    ],
    ['strikethrough is not CommonMark: kept as text', '~~gone~~', '~~gone~~'],
    ['CRLF input', '# T\r\n\r\nbody\r\nline', 'T\n\nbody\nline'],
    ['BOM before a heading', '\uFEFF# Title', 'Title'],
    ['YAML front matter goes', '---\ntitle: "Hello"\ndate: 2017-03-12\n---\n# Body', 'Body'],
    ['a leading thematic break is not front matter', '---\n\nText', 'Text'],
    ['empty input', '', ''],
    ['only HTML', '<p>\n</p>', ''],
  ])('%s', (_name, markdown, expected) => {
    expect(markdownToText(markdown)).toBe(expected);
  });
});

describe('markdownToText: pipe tables', () => {
  it.each([
    [
      'cells become paragraphs, header first',
      '| المدينة | القتلى |\n| --- | ---: |\n| حلب | ٣ |\n| Idlib | 5 |',
      'المدينة\n\nالقتلى\n\nحلب\n\n٣\n\nIdlib\n\n5',
    ],
    ['no outer pipes', 'a | b\n--|:-:\n1 | 2', 'a\n\nb\n\n1\n\n2'],
    [
      'inline markup inside cells',
      '| **ville** | [lien](u) |\n|-|-|\n| `x` | <b>y</b> |',
      'ville\n\nlien\n\nx\n\ny',
    ],
    ['escaped pipe stays in the cell', '| a \\| b | c |\n|---|---|\n| d | e |', 'a | b\n\nc\n\nd\n\ne'],
    ['empty cells go', '| a | |\n|---|---|\n| | d |', 'a\n\nd'],
    ['a table inside a block quote', '> | a | b |\n> |---|---|\n> | c | d |', 'a\n\nb\n\nc\n\nd'],
    [
      'a table inside a list item',
      '- item\n\n  | a | b |\n  |---|---|\n  | c | d |',
      'item\n\na\n\nb\n\nc\n\nd',
    ],
    [
      'text lines before the table stay a paragraph',
      'Intro *here*\n| a | b |\n| - | - |\n| c | d |',
      'Intro here\n\na\n\nb\n\nc\n\nd',
    ],
    [
      'header and delimiter cell counts differ: no table',
      '| a | b |\n| --- |\n| c | d |',
      '| a | b |\n| --- |\n| c | d |',
    ],
  ])('%s', (_name, markdown, expected) => {
    expect(markdownToText(markdown)).toBe(expected);
  });
});

describe('markdown too deeply nested to parse in reasonable time', () => {
  it.each([
    [
      '20,000 nested block quotes',
      `intro\n\n${'>'.repeat(20000)} x`,
      /^line 3 nests lists or block quotes more deeply/,
    ],
    [
      '5,000 nested list markers on one line',
      `${'- '.repeat(5000)}x`,
      /^line 1 nests lists or block quotes more deeply/,
    ],
    [
      'a list nested by indentation, 3,000 levels',
      Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n'),
      // Line 51 is 100 spaces and "-": 101 columns, the first over 100.
      /^line 51 nests lists or block quotes more deeply/,
    ],
    [
      '30,000 stars around a word',
      `${'*'.repeat(30000)}x${'*'.repeat(30000)}`,
      /^line 1 has a run of 30000 emphasis markers/,
    ],
  ])('refuses %s, naming the line', (_name, markdown, reason) => {
    expect(draftFromMarkdown(markdown, 'x.md')).toEqual({ ok: false, reason: expect.stringMatching(reason) });
    expect(markdownToText(markdown)).toBe('');
  });

  it('reads ordinary nesting: ten levels of lists in a quote, an 80-star separator', () => {
    const nested = Array.from({ length: 10 }, (_, i) => `> ${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    const text = markdownToText(`${nested}\n\n${'*'.repeat(80)}\n\nend`);
    expect(text).toBe(`${Array.from({ length: 10 }, (_, i) => `level ${i + 1}`).join('\n\n')}\n\nend`);
  });
});

describe('draftFromMarkdown', () => {
  it('takes the first heading as title, at any level', () => {
    const result = draftFromMarkdown('Intro line\n\n### الحسكة: *قتلى*\n\n# Later', 'notes.md');
    expect(result).toEqual({
      ok: true,
      drafts: [{ title: 'الحسكة: قتلى', text: 'Intro line\n\nالحسكة: قتلى\n\nLater' }],
      warnings: [],
    });
  });

  it('falls back to the file name without its extension', () => {
    const result = draftFromMarkdown('Just *text*.', 'batch/rapport-2017.markdown');
    expect(result).toEqual({
      ok: true,
      drafts: [{ title: 'rapport-2017', text: 'Just text.' }],
      warnings: [],
    });
  });

  it('falls back to the file name when the first heading is empty', () => {
    const result = draftFromMarkdown('#\n\nbody', 'a.md');
    expect(result.ok && result.drafts[0]?.title).toBe('a');
  });

  it.each([
    ['empty', ''],
    ['only HTML', '<div>\nad\n</div>'],
    ['only a thematic break', '***'],
    ['only a definition', '[x]: https://example.org'],
  ])('refuses a file with no visible text: %s', (_name, markdown) => {
    expect(draftFromMarkdown(markdown, 'x.md')).toEqual({
      ok: false,
      reason: 'it has no text once its Markdown markup is removed',
    });
  });
});

// ---- Model-based property -------------------------------------------------------------------------------

/** Words with no Markdown meaning anywhere: letters only (Arabic, Latin, French accents). */
const word = fc.constantFrom(
  'قتل',
  'الحسكة',
  'مدنيين',
  'حلب',
  'Syria',
  'killed',
  'Observatory',
  'été',
  'tués',
  'Hassaké',
  'français',
  'news',
);
const words = (min: number, max: number) =>
  fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));

/** An inline piece: [markdown, visible text]. */
const inline: fc.Arbitrary<[string, string]> = fc.oneof(
  words(1, 3).map((w): [string, string] => [w, w]),
  words(1, 3).map((w): [string, string] => [`*${w}*`, w]),
  words(1, 3).map((w): [string, string] => [`**${w}**`, w]),
  words(1, 3).map((w): [string, string] => [`***${w}***`, w]),
  words(1, 3).map((w): [string, string] => [`[${w}](https://example.org/a?b=1)`, w]),
  words(1, 3).map((w): [string, string] => [`![${w}](images/a.png "t")`, w]),
  words(1, 3).map((w): [string, string] => [`\`${w}\``, w]),
  words(1, 3).map((w): [string, string] => [`<span class="x">${w}</span>`, w]),
  words(1, 3).map((w): [string, string] => [`<em>${w}</em>`, w]),
);
const inlineLine = fc
  .array(inline, { minLength: 1, maxLength: 5 })
  .map((pieces): [string, string] => [pieces.map((p) => p[0]).join(' '), pieces.map((p) => p[1]).join(' ')]);

/** A block: its Markdown lines and its visible paragraphs. */
type Block = { markdown: string; paragraphs: string[] };
const block: fc.Arbitrary<Block> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 6 }), inlineLine)
    .map(([level, [md, text]]) => ({ markdown: `${'#'.repeat(level)} ${md}`, paragraphs: [text] })),
  inlineLine.map(([md, text]) => ({ markdown: md, paragraphs: [text] })),
  fc.array(inlineLine, { minLength: 1, maxLength: 4 }).map((items) => ({
    markdown: items.map(([md]) => `- ${md}`).join('\n'),
    paragraphs: items.map(([, text]) => text),
  })),
  fc.array(inlineLine, { minLength: 1, maxLength: 4 }).map((items) => ({
    markdown: items.map(([md], i) => `${i + 1}. ${md}`).join('\n'),
    paragraphs: items.map(([, text]) => text),
  })),
  inlineLine.map(([md, text]) => ({ markdown: `> ${md}`, paragraphs: [text] })),
  words(1, 6).map((w) => ({ markdown: `\`\`\`\n${w}\n\`\`\``, paragraphs: [w] })),
  words(1, 6).map((w) => ({ markdown: `<div class="ad">\n${w}\n</div>`, paragraphs: [] })),
  fc.constant<Block>({ markdown: '---', paragraphs: [] }),
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }))
    .chain(([columns, rows]) =>
      fc.array(fc.array(inline, { minLength: columns, maxLength: columns }), {
        minLength: rows + 1,
        maxLength: rows + 1,
      }),
    )
    .map((table) => {
      const line = (cells: [string, string][]) => `| ${cells.map((c) => c[0]).join(' | ')} |`;
      const [header, ...body] = table as [[string, string][], ...[string, string][][]];
      return {
        markdown: [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...body.map(line)].join('\n'),
        paragraphs: table.flat().map((cell) => cell[1]),
      };
    }),
);

describe('markdownToText: generated Markdown', () => {
  it('reads back exactly the visible text of the model, with no markup left', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (blocks, newline) => {
        const markdown = blocks
          .map((b) => b.markdown)
          .join('\n\n')
          .replaceAll('\n', newline);
        const text = markdownToText(markdown);
        expect(text).toBe(blocks.flatMap((b) => b.paragraphs).join('\n\n'));
        // Redundant with the equality, but it is the point: no markup survives.
        for (const markup of ['**', '](', '![', '`', '<span', '</', '<div', '| ', '---', '# ']) {
          expect(text).not.toContain(markup);
        }
      }),
      { numRuns: 400 },
    );
  }, 120_000);
});
