import type { Random } from './random';

/**
 * Articles the crash test creates, and the stretches of them it tags. Short (a few lines) so typing them into
 * "New from text…" costs little; with a non-BMP emoji and accented letters so UTF-16 offsets, code points and
 * bytes all differ, as they do in real articles.
 */

const WORDS = [
  'Syrian',
  'Democratic',
  'Forces',
  'coalition',
  'detained',
  'Raqqa',
  'Hasakah',
  'Deir',
  'ez-Zor',
  'killed',
  'three',
  'fighters',
  '34',
  'civilians',
  'café',
  'Qamişlo',
  'checkpoint',
  'statement',
  '👍',
  'CENTCOM',
  'villagers',
  'near',
  'the',
  'border',
];

/** A new article whose first line names it, so no two texts are equal (the store merges equal texts). */
export function newArticle(random: Random, title: string): string {
  const lines = [title];
  const lineCount = random.int(2, 4);
  for (let line = 0; line < lineCount; line++) {
    const words: string[] = [];
    const wordCount = random.int(6, 12);
    for (let word = 0; word < wordCount; word++) words.push(random.pick(WORDS));
    lines.push(`${words.join(' ')}.`);
  }
  return lines.join('\n');
}

/**
 * A stretch of one to three whole words on one line, as a researcher would tag: every word starts and ends on a
 * character boundary, so the app keeps the offsets exactly as selected (it widens selections to whole
 * characters and trims edge spaces, which would otherwise make the model and the app disagree).
 */
export function randomStretch(random: Random, text: string): { start: number; end: number } {
  const words = [...text.matchAll(/[^\s.]+/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    line: lineOf(text, match.index),
  }));
  const first = random.int(0, words.length - 1);
  let last = first + random.int(0, 2);
  while (last > first && (words[last] === undefined || words[last]?.line !== words[first]?.line)) last--;
  const from = words[first];
  const to = words[last];
  if (!from || !to) throw new Error('an article without words');
  return { start: from.start, end: to.end };
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
