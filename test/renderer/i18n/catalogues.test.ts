/** Every interface string exists in both languages, says something, and keeps the same placeholders. */
import { describe, expect, it } from 'vitest';
import { ar } from '../../../src/renderer/i18n/ar';
import { en } from '../../../src/renderer/i18n/en';
import { formatCount, formatPercent, formatStoredDate } from '../../../src/renderer/i18n/format';
import { resolveLanguage } from '../../../src/renderer/i18n/language';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of leaves(value, path)) out.set(inner, text);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** A counted phrase's key without its plural suffix ("documents_other" → "documents"), or null. */
const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;
const pluralBase = (key: string) => PLURAL.exec(key)?.[1] ?? null;

/** The keys a catalogue must have: plain keys as in English, counted phrases in the language's own forms. */
function expectedKeys(english: Map<string, string>, language: string): string[] {
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of english.keys()) {
    const base = pluralBase(key);
    if (base === null) keys.add(key);
    else for (const form of forms) keys.add(`${base}_${form}`);
  }
  return [...keys].sort();
}

describe('catalogues', () => {
  const english = leaves(en);
  const arabic = leaves(ar);

  it('have the same keys, with the plural forms of each language for counted phrases', () => {
    expect([...english.keys()].sort()).toEqual(expectedKeys(english, 'en'));
    expect([...arabic.keys()].sort()).toEqual(expectedKeys(english, 'ar'));
    // Arabic counts have six forms: 0, 1, 2, 3–10, 11–99, 100+.
    expect(arabic.has('statistics.annotations_few')).toBe(true);
    expect(arabic.has('statistics.annotations_many')).toBe(true);
  });

  it.each([...arabic.keys()])('%s: translated, with the same placeholders', (key) => {
    const translated = arabic.get(key) ?? '';
    const base = pluralBase(key);
    // A counted phrase is compared with its English "other" form.
    const source = english.get(key) ?? (base === null ? '' : (english.get(`${base}_other`) ?? ''));
    expect(translated.trim()).not.toBe('');
    const expected = placeholders(source);
    const found = placeholders(translated);
    // "مستند واحد", "مستندان": Arabic writes one and two without the number.
    if (base !== null && expected.includes('count') && !found.includes('count'))
      expected.splice(expected.indexOf('count'), 1);
    expect(found).toEqual(expected);
    // An Arabic string that is identical to the English one was most likely forgotten (format names excepted).
    if (!/^[A-Z]+$/.test(source)) expect(translated).not.toBe(source);
  });
});

describe('language and formats', () => {
  it.each([
    [['ar-SY', 'en'], 'ar'],
    [['AR'], 'ar'],
    [['fr-FR', 'en-GB'], 'en'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ])('system languages %j → %s', (system, expected) => {
    expect(resolveLanguage('system', system)).toBe(expected);
    expect(resolveLanguage('en', system)).toBe('en');
    expect(resolveLanguage('ar', system)).toBe('ar');
  });

  it('formats counts and dates for the interface language, never the stored value', () => {
    expect(formatCount(1046, 'en')).toBe('1,046');
    expect(formatCount(1046, 'ar')).toBe('١٬٠٤٦');
    // The formatters are kept per language: each language still gets its own digits, in any order of calls.
    expect(formatCount(7, 'en')).toBe('7');
    expect(formatPercent(0.25, 'ar')).toMatch(/٢٥/);
    expect(formatPercent(0.25, 'en')).toBe('25%');
    expect(formatCount(1046, 'ar')).toBe('١٬٠٤٦');
    expect(formatStoredDate('2024-03-07', 'en')).toBe('7 March 2024');
    expect(formatStoredDate('2024-03', 'ar')).toMatch(/٢٠٢٤/);
    expect(formatStoredDate('around 2019', 'en')).toBe('around 2019');
  });
});
