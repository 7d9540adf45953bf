import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../../src/renderer/intake/htmlToText';

const text = (html: string): string => htmlToText(new DOMParser().parseFromString(html, 'text/html').body);

describe('htmlToText', () => {
  test.each([
    ['paragraphs', '<p>one</p><p>two</p>', 'one\n\ntwo'],
    [
      'headings, list items, blockquotes, figcaptions',
      '<h1>T</h1><ul><li>a</li><li>b</li></ul><blockquote>q</blockquote><figure><figcaption>c</figcaption></figure>',
      'T\n\na\n\nb\n\nq\n\nc',
    ],
    [
      'table rows are paragraphs, cells tab-separated',
      '<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td> 2 </td></tr></table>',
      'A\tB\n\n1\t2',
    ],
    [
      'blocks inside cells are lines of the row',
      '<table><tr><td><p>a</p><p>b</p></td><td><p>c</p></td></tr><tr><td></td><td>d</td></tr></table>',
      'a\nb\tc\n\nd',
    ],
    ['white space collapses as rendered', '<p>  a \n\t b   c  </p>', 'a b c'],
    ['white space across inline elements', '<p>a <b> b </b> c</p>', 'a b c'],
    ['no-break spaces are kept', '<p>a\u00A0\u00A0b&nbsp;c</p>', 'a\u00A0\u00A0b\u00A0c'],
    ['other Unicode spaces are kept', '<p>a\u2009b\u202Fc</p>', 'a\u2009b\u202Fc'],
    ['<br> is a line break, spaces around it dropped', '<p>a <br> b<br>c</p>', 'a\nb\nc'],
    ['several <br> give at most a blank line', '<p>a<br><br><br><br>b</p>', 'a\n\nb'],
    ['a trailing <br> adds nothing', '<p>a<br></p>', 'a'],
    ['empty blocks are skipped', '<p></p><p> </p><div><p>a</p></div><p>\n</p>', 'a'],
    [
      'text beside blocks becomes paragraphs',
      '<div>before<p>inside</p>after</div>',
      'before\n\ninside\n\nafter',
    ],
    ['nested lists', '<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>', 'a\n\nb\n\nc'],
    ['pre keeps its white space', '<pre>  line 1\n    line 2</pre><p>x</p>', '  line 1\n    line 2\n\nx'],
    ['pre with inline code and br', '<pre><code>a  b</code><br>c</pre>', 'a  b\nc'],
    ['Arabic and marks untouched', '<p dir="rtl">بِسْمِ   الله\u200F</p>', 'بِسْمِ الله\u200F'],
    ['scripts and styles are never text', '<p>a</p><script>x</script><style>y</style>', 'a'],
    ['hr separates', 'a<hr>b', 'a\n\nb'],
    ['dt and dd', '<dl><dt>term</dt><dd>meaning</dd></dl>', 'term\n\nmeaning'],
  ])('%s', (_name, html, expected) => {
    expect(text(html)).toBe(expected);
  });
});
