/**
 * Core's English reasons shown in the interface language: every message core really writes (produced here by
 * calling core, not copied) is recognised and shown from the catalogue, and every coreReasons key is reached by
 * one of them — so a reworded core message, or a key no message leads to, fails here.
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/coding/actor';
import { validateActor } from '../../../src/core/coding/actorRegistry';
import { invalidEventDateReason, invalidFatalitiesReason } from '../../../src/core/coding/eventFields';
import type { EventRecord } from '../../../src/core/coding/eventRecord';
import { type EventSources, resolveEvent } from '../../../src/core/coding/resolveEvent';
import { validateCasualtyAttributes } from '../../../src/core/coding/validateCasualtyAttributes';
import { invalidResizeReason } from '../../../src/core/spans/resizeSpan';
import { invalidRangeReason, type Span } from '../../../src/core/spans/span';
import { translateCoreReason, translateRefusal } from '../../../src/renderer/i18n/coreReasons';
import { en } from '../../../src/renderer/i18n/en';
import { createInterfaceI18n } from '../../../src/renderer/i18n/i18n';
import { AnnotationStore } from '../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../src/renderer/storage/database';

const TEXT = 'قسد وداعش والجيش في الرقة والحسكة. قتل شخصان، وقتل ثلاثة، وسقط عدد من الضحايا، وأصيب أربعة.';
const span = (id: string, phrase: string, label: Span['label'], extra: Partial<Span> = {}): Span => ({
  id,
  docId: 'd',
  start: TEXT.indexOf(phrase),
  end: TEXT.indexOf(phrase) + phrase.length,
  label,
  text: phrase,
  createdAt: 0,
  updatedAt: 0,
  ...extra,
});
const actor = (id: string, name: string, aliases: string[] = []): Actor => ({
  id,
  name,
  aliases,
  createdAt: 0,
  updatedAt: 0,
});
const ACTORS = [actor('a1', 'SDF', ['قسد']), actor('a2', 'IS', ['داعش']), actor('a3', 'Army', ['الجيش'])];
const SPANS = [
  span('s1', 'قسد', 'actor', { actorId: 'a1' }),
  span('s2', 'داعش', 'actor', { actorId: 'a2' }),
  span('s3', 'الجيش', 'actor', { actorId: 'a3' }),
  span('p1', 'الرقة', 'place'),
  span('p2', 'الحسكة', 'place'),
  span('c1', 'شخصان', 'casualty_count', {
    attributes: { value: 2, precision: 'exact', category: 'killed', proposed: false },
  }),
  span('c2', 'ثلاثة', 'casualty_count', {
    attributes: { value: 3, precision: 'exact', category: 'killed', proposed: false },
  }),
  span('c3', 'عدد', 'casualty_count', { attributes: { precision: 'approximate', proposed: false } }),
  span('c4', 'أربعة', 'casualty_count', { attributes: { value: 4, precision: 'exact', proposed: false } }),
];
const sources: EventSources = {
  document: { id: 'd', title: 'T', text: TEXT },
  spanById: (id) => SPANS.find((candidate) => candidate.id === id),
  actorById: (id) => ACTORS.find((candidate) => candidate.id === id),
  placeById: () => undefined,
};
const event = (changes: Partial<EventRecord>): EventRecord => ({
  id: 'e',
  docId: 'd',
  spanIds: [],
  notes: '',
  createdAt: 0,
  updatedAt: 0,
  ...changes,
});

/** Every message core writes that the interface shows, from the functions that write them. */
function coreMessages(): string[] {
  const casualty = [
    null,
    { value: -1, precision: 'often', category: 'hurt', victims: 'all', proposed: 'no', extra: 1 },
    { low: 1.5, best: -1, high: 'x', precision: 'exact', proposed: false },
    { value: 1, low: 1, precision: 'exact', proposed: false },
    { best: 1, precision: 'exact', proposed: false },
    { low: 5, best: 3, high: 2, precision: 'exact', proposed: false },
  ].flatMap((attributes) => validateCasualtyAttributes(attributes).map((problem) => problem.message));
  const fields = [
    invalidEventDateReason('yesterday'),
    invalidEventDateReason('2024-13'),
    invalidEventDateReason('2024-02-30'),
    invalidFatalitiesReason({ low: -1, best: 0, high: 0 }),
    invalidFatalitiesReason({ low: 0, best: 0.5, high: 1 }),
    invalidFatalitiesReason({ low: 0, best: 0, high: Number.NaN }),
    invalidFatalitiesReason({ low: 3, best: 2, high: 1 }),
  ].filter((reason): reason is string => reason !== null);
  const events = [
    event({ spanIds: SPANS.map(({ id }) => id).concat(['gone-1', 'gone-2']) }),
    event({ spanIds: ['gone'], date: 'soon', fatalities: { low: 3, best: 2, high: 1 } }),
  ].flatMap((record) => resolveEvent(record, sources).problems.map((problem) => problem.message));
  const actors = [
    ...validateActor({ name: ' ', aliases: [], type: 'pirates' as Actor['type'] }, []),
    ...validateActor({ name: 'Other', aliases: ['قسد'] }, ACTORS),
  ].map((problem) => problem.message);
  const ranges = [
    invalidRangeReason('قسد', 0.5, 2),
    invalidRangeReason('قسد', 1, 9),
    invalidRangeReason('قسد', 2, 2),
    invalidRangeReason('a😀', 0, 2),
    invalidResizeReason('قسدٌ', 0, 3),
  ].filter((reason): reason is string => reason !== null);
  return [...casualty, ...fields, ...events, ...actors, ...ranges];
}

/** The refusals storage writes around a range reason or its own, for annotations, from a real store. */
async function annotationRefusals(): Promise<unknown[]> {
  const store = new AnnotationStore(new SpanlightDatabase(`annotations-${crypto.randomUUID()}`));
  const refusals: unknown[] = [];
  const refused = (promise: Promise<unknown>) => promise.catch((error: unknown) => refusals.push(error));
  try {
    const { document } = await store.createDocument({ title: 'T', text: 'قالت قسد' });
    await refused(store.addSpan(document.id, 5, 99, 'actor'));
    const span = await store.addSpan(document.id, 5, 8, 'actor');
    await refused(store.resizeSpan(span, 6, 6));
    const imported = (
      title: string,
      annotation: { start: number; end: number; text: string; label: string },
    ) =>
      refused(
        store.importDocuments([{ title, text: 'قتل 34 في الحسكة', annotations: [annotation] }], {
          duplicates: 'keep-both',
        }),
      );
    await imported('تقرير', { start: 4, end: 40, text: '34', label: 'casualty_count' });
    await imported('', { start: 4, end: 6, text: '35', label: 'casualty_count' });
    await imported('تقرير', { start: 4, end: 6, text: '34', label: 'weapon' });
  } finally {
    await store.db.delete();
  }
  return refusals;
}

/** The refusals storage writes around core's reasons, from a real store. */
async function storageRefusals(): Promise<unknown[]> {
  const store = new AnnotationStore(new SpanlightDatabase(`reasons-${crypto.randomUUID()}`));
  const refusals: unknown[] = [];
  try {
    const sdf = await store.coding.createActor({ name: 'SDF', aliases: ['قسد'] });
    await store.coding.createActor({ name: 'قسد' }).catch((error: unknown) => refusals.push(error));
    await store.coding.updateActor(sdf.id, { name: ' ' }).catch((error: unknown) => refusals.push(error));
    // From a span whose text is already the actor's alias.
    const { document } = await store.createDocument({ title: 'T', text: 'قالت قسد' });
    const span = await store.addSpan(document.id, 5, 8, 'actor');
    await store.coding.createActorFromSpan(span).catch((error: unknown) => refusals.push(error));
  } finally {
    await store.db.delete();
  }
  return refusals;
}

/** The catalogue's coreReasons keys, plural forms folded into their base. */
function catalogueKeys(tree: object = en.coreReasons, prefix = 'coreReasons'): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') keys.add(`${prefix}.${key.replace(/_(one|other)$/, '')}`);
    else for (const inner of catalogueKeys(value, `${prefix}.${key}`)) keys.add(inner);
  }
  return keys;
}

describe('core reasons in the interface language', () => {
  const messages = coreMessages();
  const arabic = createInterfaceI18n('ar');

  it('recognises every message core writes, and reaches every key of the catalogue', async () => {
    const used = new Set<string>();
    const recording = ((key: string) => {
      used.add(key);
      return key;
    }) as unknown as Parameters<typeof translateCoreReason>[0];
    for (const message of messages) {
      expect(translateCoreReason(recording, message), message).toMatch(/^coreReasons\./);
    }
    const refusals = await storageRefusals();
    expect(refusals).toHaveLength(3);
    for (const refusal of refusals) expect(translateRefusal(recording, refusal)).toMatch(/^coreReasons\./);
    const annotations = await annotationRefusals();
    expect(annotations).toHaveLength(5);
    for (const refusal of annotations)
      expect(translateRefusal(recording, refusal), String(refusal)).toMatch(/^coreReasons\./);
    expect([...used].sort()).toEqual([...catalogueKeys()].sort());
  });

  it('an actor refused by storage is explained in Arabic, reasons and all', async () => {
    const [taken, empty, fromSpan] = (await storageRefusals()).map((refusal) =>
      translateRefusal(arabic.t, refusal),
    );
    expect(taken).toBe('تعذّر حفظ الفاعل: «قسد» اسم للفاعل «SDF» بالفعل. لم يُحفظ شيء.');
    expect(empty).toMatch(/^تعذّر حفظ الفاعل: يحتاج الفاعل إلى اسم\./);
    expect(fromSpan).toBe('تعذّر إنشاء الفاعل: «قسد» اسم للفاعل «SDF» بالفعل. لم يُحفظ شيء.');
    expect(translateRefusal(arabic.t, new Error('The disk is full.'))).toBe('The disk is full.');
  });

  it('an annotation refused by storage (range, resize, import) is explained in Arabic, reasons and all', async () => {
    const [added, resized, outside, mismatch, label] = (await annotationRefusals()).map((refusal) =>
      translateRefusal(arabic.t, refusal),
    );
    expect(added).toBe('تعذّر حفظ الوسم: المواضع ٥..٩٩ خارج النص (٠..٨). لم يُحفظ شيء.');
    expect(resized).toBe('تعذّر تغيير حدود الوسم: الوسم فارغ. لم يتغيّر شيء.');
    expect(outside).toBe(
      'تعذّر استيراد الوثيقة ١ («تقرير»)، الوسم ١: المواضع ٤..٤٠ خارج النص (٠..١٦). لم يُحفظ شيء.',
    );
    expect(mismatch).toBe(
      'تعذّر استيراد الوثيقة ١، الوسم ١: نصّه «35» ليس ما تقوله الوثيقة في ذلك الموضع. لم يُحفظ شيء.',
    );
    expect(label).toMatch(
      /^تعذّر استيراد الوثيقة ١ \(«تقرير»\)، الوسم ١: الفئة «weapon» ليست من فئات المشروع \(.+\)\. لم يُحفظ شيء\.$/,
    );
    // A reason nobody translated is still shown, inside the translated sentence.
    expect(
      translateRefusal(
        arabic.t,
        new Error('Could not save the annotation: the moon is full. Nothing was saved.'),
      ),
    ).toBe('تعذّر حفظ الوسم: the moon is full. لم يُحفظ شيء.');
  });

  it.each(messages)('shows %s in Arabic', (message) => {
    const shown = translateCoreReason(arabic.t, message);
    expect(shown).not.toBe(message);
    expect(shown).toMatch(/[\u0600-\u06FF]/);
    expect(shown).not.toMatch(/coreReasons|\{\{/);
  });

  it('keeps what the message names (figures, dates, names) and leaves an unknown message as it is', () => {
    expect(translateCoreReason(arabic.t, 'The best figure (3) is below the low figure (5).')).toBe(
      'الرقم الأرجح (٣) أقل من الرقم الأدنى (٥).',
    );
    expect(translateCoreReason(arabic.t, '“2024-13” has no month 13')).toContain('«2024-13»');
    expect(translateCoreReason(arabic.t, 'Something core never said.')).toBe('Something core never said.');
  });
});
