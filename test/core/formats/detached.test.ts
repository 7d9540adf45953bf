/**
 * attachAnnotations finds each detached group's document as a search from the start of the list would: by id
 * first, then by url, the first document of a repeated id or url winning; a group with no document is warned.
 */
import { describe, expect, it } from 'vitest';
import { attachAnnotations } from '../../../src/core/formats/detached';
import type { DetachedDocument } from '../../../src/core/formats/types';

const group = (id: string): DetachedDocument => ({
  id,
  annotations: [{ label: 'place', text: 'الرقة', start: 0, end: 5 }],
});
const doc = (text: string, id?: string, url?: string) => ({
  text,
  ...(id !== undefined ? { id } : {}),
  ...(url !== undefined ? { url } : {}),
});

describe('attachAnnotations: which document a group goes to', () => {
  it.each([
    ['by id', [doc('الرقة 1', 'a'), doc('الرقة 2', 'b')], 'b', 'الرقة 2'],
    [
      'by url',
      [doc('الرقة 1', 'a'), doc('الرقة 2', 'b', 'https://x.example/2')],
      'https://x.example/2',
      'الرقة 2',
    ],
    ['the first of a repeated id', [doc('الرقة 1', 'a'), doc('الرقة 2', 'a')], 'a', 'الرقة 1'],
    ['the first of a repeated url', [doc('الرقة 1', 'a', 'u'), doc('الرقة 2', 'b', 'u')], 'u', 'الرقة 1'],
    ['an id before an earlier url', [doc('الرقة 1', 'x', 'k'), doc('الرقة 2', 'k')], 'k', 'الرقة 2'],
  ])('%s', (_, documents, id, text) => {
    const outcome = attachAnnotations([group(id)], documents);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.documents.map((attached) => attached.text)).toEqual([text]);
    expect(outcome.documents[0]?.annotations.map((annotation) => annotation.text)).toEqual(['الرقة']);
  });

  it('warns about a group whose document is not given, and attaches the others', () => {
    const outcome = attachAnnotations([group('gone'), group('a')], [doc('الرقة 1', 'a')]);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.documents.map((attached) => attached.id)).toEqual(['a']);
    expect(outcome.warnings.join('\n')).toMatch(/"gone": no such document given/);
  });
});
