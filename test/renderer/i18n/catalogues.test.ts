/** Every interface string exists in both languages, says something, and keeps the same placeholders. */
import { describe, expect, it } from 'vitest';
import { ar } from '../../../src/renderer/i18n/ar';
import { en } from '../../../src/renderer/i18n/en';
import { formatCount, formatStoredDate } from '../../../src/renderer/i18n/format';
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

describe('catalogues', () => {
  const english = leaves(en);
  const arabic = leaves(ar);

  it('have the same keys', () => {
    expect([...arabic.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each([...english.keys()])('%s: translated, with the same placeholders', (key) => {
    const translated = arabic.get(key) ?? '';
    expect(translated.trim()).not.toBe('');
    expect(placeholders(translated)).toEqual(placeholders(english.get(key) ?? ''));
    // An Arabic string that is identical to the English one was most likely forgotten (format names excepted).
    if (!/^[A-Z]+$/.test(english.get(key) ?? '')) expect(translated).not.toBe(english.get(key));
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
    expect(formatStoredDate('2024-03-07', 'en')).toBe('7 March 2024');
    expect(formatStoredDate('2024-03', 'ar')).toMatch(/٢٠٢٤/);
    expect(formatStoredDate('around 2019', 'en')).toBe('around 2019');
  });
});
