/** Arabic's plural categories (CLDR): 0, 1, 2, 3–10, 11–99, and 100, 1000… (which take the singular). */
export const ARABIC_PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type ArabicPluralForm = (typeof ARABIC_PLURAL_FORMS)[number];

export type ArabicPlural<Base extends string> = { [F in ArabicPluralForm as `${Base}_${F}`]: string };

/**
 * The six i18next keys of one counted phrase (`base_zero` … `base_other`). Zero reads like "other" unless given:
 * "٠ مستند". One and two usually drop the number ("مستند واحد", "مستندان").
 */
export function arabicPlural<Base extends string>(
  base: Base,
  forms: { zero?: string; one: string; two: string; few: string; many: string; other: string },
): ArabicPlural<Base> {
  const all = { ...forms, zero: forms.zero ?? forms.other };
  return Object.fromEntries(
    ARABIC_PLURAL_FORMS.map((form) => [`${base}_${form}`, all[form]]),
  ) as ArabicPlural<Base>;
}

/** One phrase for every count, when the sentence is built so the noun does not agree with the number. */
export function sameForEveryCount<Base extends string>(base: Base, text: string): ArabicPlural<Base> {
  return arabicPlural(base, { one: text, two: text, few: text, many: text, other: text });
}
