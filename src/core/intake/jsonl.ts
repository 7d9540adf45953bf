/**
 * JSON Lines to document drafts: one JSON object per line, each an article. Its `text` is taken exactly as the
 * JSON string says. Metadata is read from the object itself or from its `meta` object (doccano's layout), the
 * object's own field first: title, source, url, date (also "published_at", "publishedAt", "published"),
 * lang (also "language"), byline (also "author"). Metadata values must be strings and are trimmed; other fields
 * (doccano's "label", "entities", …) are ignored here. Line numbers are 1-based lines of the decoded text,
 * blank lines included; blank lines are skipped. One broken line refuses the whole file.
 */
import type { DocumentDraft } from '../document';
import { type IntakeResult, intakeFailure, intakeSuccess } from './types';

type JsonObject = Record<string, unknown>;

const METADATA_KEYS: readonly [Exclude<keyof DocumentDraft, 'text'>, readonly string[]][] = [
  ['title', ['title', 'headline']],
  ['source', ['source']],
  ['url', ['url', 'link']],
  ['publishedAt', ['date', 'published_at', 'publishedAt', 'published']],
  ['lang', ['lang', 'language']],
  ['byline', ['byline', 'author']],
];

/** Line numbers listed in a warning before "…". */
const LISTED_LINES = 10;

export function draftsFromJsonl(text: string): IntakeResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const drafts: DocumentDraft[] = [];
  const emptyTextLines: number[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const number = index + 1;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      const firstObject = drafts.length === 0 && emptyTextLines.length === 0;
      return intakeFailure(`line ${number} is not valid JSON${firstObject ? prettyPrintedHint(text) : ''}`);
    }
    if (!isObject(value)) return intakeFailure(`line ${number} is not a JSON object`);
    const articleText = value.text;
    if (typeof articleText !== 'string') return intakeFailure(`line ${number} has no text`);
    const unpaired = firstUnpairedSurrogate(articleText);
    if (unpaired !== -1) {
      return intakeFailure(
        `line ${number} has a text with an unpaired surrogate (\\u${articleText.charCodeAt(unpaired).toString(16)} at character ${unpaired}), which is not Unicode text`,
      );
    }
    if (articleText.trim() === '') {
      emptyTextLines.push(number);
      continue;
    }
    drafts.push(draftFrom(value, articleText));
  }
  if (drafts.length === 0) {
    return intakeFailure(emptyTextLines.length > 0 ? 'every line has an empty text' : 'it has no lines');
  }
  const warnings =
    emptyTextLines.length > 0
      ? [
          `${emptyTextLines.length} ${emptyTextLines.length === 1 ? 'line' : 'lines'} with an empty text ${emptyTextLines.length === 1 ? 'was' : 'were'} skipped (${lineList(emptyTextLines)})`,
        ]
      : [];
  return intakeSuccess(drafts, warnings);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function draftFrom(object: JsonObject, text: string): DocumentDraft {
  const meta = isObject(object.meta) ? object.meta : {};
  const draft: DocumentDraft = { title: '', text };
  for (const [field, keys] of METADATA_KEYS) {
    const value = firstString(object, keys) ?? firstString(meta, keys);
    if (value !== undefined) draft[field] = value;
  }
  return draft;
}

/** The first of `keys` holding a non-blank string, trimmed. */
function firstString(object: JsonObject, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = object[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

/** UTF-16 index of the first lone surrogate ("\ud800" is valid JSON but not Unicode text), or -1. */
function firstUnpairedSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) return i;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return i;
      i++;
    }
  }
  return -1;
}

/**
 * Files named .jsonl are sometimes pretty-printed JSON (doccano's own relation example is). When the first
 * non-blank line fails and the whole text parses as one JSON value, say so: the fix is one object per line.
 */
function prettyPrintedHint(text: string): string {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return ' (the file is one pretty-printed JSON value; JSON Lines needs one object per line)';
  } catch {
    return '';
  }
}

function lineList(lines: readonly number[]): string {
  const listed = lines.slice(0, LISTED_LINES).join(', ');
  return `${lines.length === 1 ? 'line' : 'lines'} ${listed}${lines.length > LISTED_LINES ? ', …' : ''}`;
}
