/**
 * Storage failures said in the interface language. The refusals are produced by calling the real stores (not
 * copied), every fixed refusal written anywhere in storage's source is in the table the interface translates by,
 * and a transaction's failure is said from its action and problem codes — so a reworded refusal, or a new one
 * without a translation, fails here.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInterfaceI18n } from '../../../src/renderer/i18n/i18n';
import {
  FIXED_STORAGE_MESSAGES,
  storageActionName,
  translateError,
} from '../../../src/renderer/i18n/storageErrors';
import { AnnotationStore } from '../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../src/renderer/storage/database';
import { STORAGE_ACTIONS, type StorageAction } from '../../../src/renderer/storage/storageActions';
import { toStorageError } from '../../../src/renderer/storage/storageError';

const ar = createInterfaceI18n('ar').t;
const en = createInterfaceI18n('en').t;
// The keys are built from the table's codes, not spelled out for t's typed keys.
const say = (t: typeof en, key: string) => (t as unknown as (key: string) => string)(`storageErrors.${key}`);
const ARABIC = /[\u0600-\u06ff]/;

let db: SpanlightDatabase;
let store: AnnotationStore;

beforeEach(() => {
  db = new SpanlightDatabase(`storage-errors-${crypto.randomUUID()}`);
  store = new AnnotationStore(db);
});

afterEach(async () => {
  await db.delete();
});

async function refusal(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

describe('Storage failures in the interface language', () => {
  it('says each fixed refusal the stores really write in Arabic, and in English as written', async () => {
    const [only] = await store.projects.list();
    if (!only) throw new Error('a new library has its default project');
    const refusals = [
      await refusal(() => store.projects.delete(only.id)),
      await refusal(() => store.projects.rename(only.id, '   ')),
      await refusal(() => store.projects.rename('no-such-project', 'X')),
      await refusal(() => store.places.addUserPlace({ name: ' ', latitude: 35, longitude: 39 })),
    ];
    for (const error of refusals) {
      const message = (error as Error).message;
      expect(Object.keys(FIXED_STORAGE_MESSAGES), message).toContain(message);
      expect(translateError(en, error)).toBe(message);
      const arabic = translateError(ar, error);
      expect(arabic, message).toMatch(ARABIC);
      expect(arabic).not.toMatch(/[A-Za-z]/);
    }
    expect(translateError(ar, refusals[0])).toBe('لا يمكن حذف المشروع الوحيد. لم يتغيّر شيء.');
  });

  it('knows every fixed refusal written in storage and the dataset readers', () => {
    const sources = import.meta.glob(['/src/renderer/storage/**/*.ts', '/src/renderer/ui/datasets/**/*.ts'], {
      query: '?raw',
      import: 'default',
      eager: true,
    }) as Record<string, string>;
    const written = new Set<string>();
    for (const source of Object.values(sources)) {
      // A StorageError built from a plain string literal (not a template): a fixed refusal.
      for (const match of source.matchAll(/new StorageError\(\s*((?:'[^']*'\s*:?\s*)+)/g)) {
        for (const literal of (match[1] ?? '').matchAll(/'([^']*)'/g)) {
          const text = literal[1] ?? '';
          if (text.endsWith('.')) written.add(text);
        }
      }
    }
    expect(written.size).toBeGreaterThanOrEqual(10);
    for (const text of written) expect(Object.keys(FIXED_STORAGE_MESSAGES), text).toContain(text);
    for (const key of Object.values(FIXED_STORAGE_MESSAGES)) {
      expect(say(ar, key)).toMatch(ARABIC);
      expect(say(ar, key)).not.toBe(say(en, key));
      expect(Object.keys(FIXED_STORAGE_MESSAGES)).toContain(say(en, key));
    }
  });

  it('names every action a transaction can fail in, in both languages', () => {
    for (const action of Object.keys(STORAGE_ACTIONS) as StorageAction[]) {
      expect(storageActionName(en, action)).toBe(action);
      expect(storageActionName(ar, action), action).toMatch(ARABIC);
      expect(storageActionName(ar, action)).not.toMatch(/[A-Za-z]/);
    }
    expect(storageActionName(en, 'save “الرقة اليوم”')).toBe('save “الرقة اليوم”');
    expect(storageActionName(ar, 'save “الرقة اليوم”')).toContain('الرقة اليوم');
    expect(storageActionName(en, 'import 12 documents')).toBe('import 12 documents');
    expect(storageActionName(ar, 'import 12 documents')).toBe('استيراد ١٢ مستندًا');
    expect(storageActionName(ar, 'import 2 documents')).toBe('استيراد مستندين');
  });

  it('says a full disk during a save in Arabic, with the action and the reason', () => {
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const error = toStorageError('save the annotation', full);
    expect(translateError(en, error)).toBe(error.message);
    expect(translateError(ar, error)).toBe(
      'تعذّر حفظ الوسم: القرص ممتلئ أو نفدت مساحة التخزين المتاحة. لم يُحفظ شيء.',
    );
    // A browser's own message it cannot classify is kept as it is, inside the translated sentence.
    const odd = toStorageError('undo', new Error('Something odd'));
    expect(translateError(ar, odd)).toBe('تعذّر التراجع: Something odd. لم يُحفظ شيء.');
  });
});
