/**
 * The text as a peer file has it ("raw") versus the text Spanlight stores: normalizeText drops one leading BOM and
 * turns CRLF / lone CR into LF. Peer offsets count the raw characters (a CR is a character to Python), so every
 * importer converts raw offsets to stored ones here, and every exporter converts back when it writes the original
 * characters. All offsets in this file are UTF-16 code units.
 *
 * Only deletions happen (the BOM, and the CR of each CRLF); a lone CR becomes an LF of the same length. So a stored
 * offset q corresponds to a run of raw offsets p; a span START takes the last of them (it never begins with a
 * dropped BOM or a dropped CR) and a span END the first (it never ends after one), which re-imports to the same q.
 */
import { normalizeText } from '../text/normalizeText';
import type { FormatDocument } from './types';

export interface StoredTextMap {
  raw: string;
  stored: string;
  /** Raw UTF-16 offset → stored UTF-16 offset. */
  toStored(rawOffset: number): number;
  /** Stored UTF-16 offset → raw UTF-16 offset for a span start. */
  toRawStart(storedOffset: number): number;
  /** Stored UTF-16 offset → raw UTF-16 offset for a span end. */
  toRawEnd(storedOffset: number): number;
}

export function storedTextMap(raw: string): StoredTextMap {
  // Raw UTF-16 offsets of the code units normalizeText deletes, ascending.
  const dropped: number[] = [];
  if (raw.charCodeAt(0) === 0xfeff) dropped.push(0);
  for (let i = raw.indexOf('\r'); i !== -1; i = raw.indexOf('\r', i + 1)) {
    if (raw.charCodeAt(i + 1) === 0x0a) dropped.push(i);
  }
  const stored = dropped.length === 0 && !raw.includes('\r') ? raw : normalizeText(raw);
  /** Number of dropped offsets strictly below `offset`. */
  const droppedBefore = (offset: number): number => {
    let lo = 0;
    let hi = dropped.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((dropped[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** The first raw offset p with toStored(p) === q: p = q + k where k counts dropped units d with d - index < q. */
  const firstRaw = (q: number): number => {
    let lo = 0;
    let hi = dropped.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((dropped[mid] as number) - mid < q) lo = mid + 1;
      else hi = mid;
    }
    return q + lo;
  };
  return {
    raw,
    stored,
    toStored: (p) => p - droppedBefore(p),
    toRawEnd: firstRaw,
    toRawStart(q) {
      // Skip forward over the dropped units at the first candidate.
      let p = firstRaw(q);
      let k = droppedBefore(p);
      while (k < dropped.length && dropped[k] === p && p < raw.length) {
        p++;
        k++;
      }
      return p;
    },
  };
}

/**
 * The characters an exporter writes for a document: the original file text when the import kept it
 * (meta.rawText, and it still normalizes to this text), else the stored text — with one extra BOM in front when
 * the stored text itself starts with U+FEFF, because an importer (any importer, following normalizeText) drops
 * one leading BOM and the round trip must give the same stored text back.
 */
export function exportTextMap(doc: Pick<FormatDocument, 'text' | 'meta'>): StoredTextMap {
  const original = doc.meta?.rawText;
  if (typeof original === 'string' && original !== doc.text && normalizeText(original) === doc.text) {
    return storedTextMap(original);
  }
  return storedTextMap(doc.text.charCodeAt(0) === 0xfeff ? `\uFEFF${doc.text}` : doc.text);
}

/** Whether the text is in stored form already (importing it again would not change it). */
export function isStoredForm(text: string): boolean {
  return !text.includes('\r');
}
