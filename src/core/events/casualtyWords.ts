/**
 * The words that say what happened to the people counted (category) and who they were (victims), in Arabic and
 * English. Arabic entries are matched on the word and on its stems after proclitics ("وإصابة" → إصابة,
 * "بمقتل" → مقتل, "المدنيين" → مدنيين); an Arabic `prefix` also covers the inflected forms that begin with it
 * (قتل → قتلى، قتلوا، قتلت). Prefixes were chosen so they do not start unrelated words: "قتل" does not start
 * قتال (fighting) or اقتتال, "مقتل" does not start مقاتل (fighter). "فقد" is left out of missing on purpose:
 * it is also فـ + قد, one of the commonest words of Arabic prose.
 */
import type { CasualtyCategory, CasualtyVictims } from './casualtyReading';
import { procliticSplits } from './clitics';
import type { CountToken } from './countTokens';
import { normalizeForMatch } from './matchFold';

interface WordList<T> {
  readonly value: T;
  /** Whole words (Arabic and English). */
  readonly words: readonly string[];
  /** Arabic word beginnings. */
  readonly prefixes?: readonly string[];
}

const CATEGORY_WORDS: ReadonlyArray<WordList<CasualtyCategory>> = [
  {
    value: 'killed',
    words: [
      'أرواح',
      'أودى',
      'أودت',
      'جثث',
      'جثة',
      'جثمان',
      'توفي',
      'وفاة',
      'kill',
      'kills',
      'killed',
      'killing',
      'killings',
      'dead',
      'died',
      'die',
      'dies',
      'death',
      'deaths',
      'toll',
      'fatalities',
      'fatality',
      'lives',
      'bodies',
      'martyrs',
      'martyred',
      'perished',
      'slain',
      'executed',
      'massacred',
    ],
    prefixes: [
      'قتل',
      'قتيل',
      'مقتل',
      'مقتول',
      'مصرع',
      'حتف',
      'شهيد',
      'شهداء',
      'استشهد',
      'استشهاد',
      'اغتيال',
      'اغتيل',
      'إعدام',
      'أعدم',
      'تصفية',
    ],
  },
  {
    value: 'injured',
    words: [
      'جراح',
      'جروح',
      'wounded',
      'wounding',
      'wounds',
      'wound',
      'injured',
      'injuring',
      'injuries',
      'injury',
      'hurt',
      'maimed',
    ],
    prefixes: ['جريح', 'جرح', 'إصاب', 'أصيب', 'مصاب'],
  },
  {
    value: 'detained',
    words: [
      'قبض',
      'أسر',
      'أسرت',
      'أسروا',
      'أسرى',
      'arrested',
      'arrest',
      'arrests',
      'arresting',
      'detained',
      'detaining',
      'detention',
      'detainees',
      'detainee',
      'captured',
      'capture',
      'capturing',
      'abducted',
      'abduction',
      'kidnapped',
      'kidnapping',
      'prisoners',
      'imprisoned',
      'jailed',
    ],
    prefixes: [
      'اعتقال',
      'اعتقل',
      'معتقل',
      'احتجاز',
      'احتجز',
      'محتجز',
      'موقوف',
      'توقيف',
      'أسير',
      'مختطف',
      'اختطاف',
      'اختطف',
      'خطف',
    ],
  },
  {
    value: 'missing',
    words: ['missing', 'disappeared', 'unaccounted'],
    prefixes: ['مفقود', 'فقدان', 'اختفاء'],
  },
  {
    value: 'displaced',
    words: ['فرار', 'فروا', 'displaced', 'displacement', 'fled', 'flee', 'fleeing', 'refugees', 'homeless'],
    prefixes: ['نزوح', 'نازح', 'نزح', 'مهجر', 'تهجير', 'لاجئ', 'تشريد', 'مشرد'],
  },
];

const VICTIM_WORDS: ReadonlyArray<WordList<CasualtyVictims>> = [
  {
    value: 'civilians',
    words: [
      'نساء',
      'امرأة',
      'امرأتين',
      'امرأتان',
      'سكان',
      'أهالي',
      'civilian',
      'civilians',
      'children',
      'child',
      'kids',
      'women',
      'woman',
      'residents',
      'citizens',
      'villagers',
      'evacuees',
      'babies',
      'baby',
      'infants',
      'students',
      'worshippers',
      'protesters',
      'protestors',
      'pilgrims',
      'journalists',
    ],
    prefixes: ['مدني', 'مواطن', 'طفل', 'أطفال', 'رضيع'],
  },
  {
    value: 'combatants',
    words: [
      'جنود',
      'قادة',
      'ثوار',
      'دواعش',
      'ضباط',
      'حراس',
      'fighter',
      'fighters',
      'militant',
      'militants',
      'soldier',
      'soldiers',
      'troops',
      'rebel',
      'rebels',
      'insurgent',
      'insurgents',
      'jihadist',
      'jihadists',
      'militiamen',
      'militia',
      'militias',
      'gunmen',
      'gunman',
      'servicemen',
      'policemen',
      'police',
      'officers',
      'terrorist',
      'terrorists',
      'combatants',
      'mercenaries',
      'commanders',
      'guards',
      'taliban',
      'forces',
      'loyalists',
      'recruits',
    ],
    prefixes: [
      'عنصر',
      'عناصر',
      'مسلح',
      'مقاتل',
      'جندي',
      'مجند',
      'عسكري',
      'متزعم',
      'قيادي',
      'إرهابي',
      'مرتزق',
      'ضابط',
      'شرطي',
      'ميليشي',
      'مليشي',
    ],
  },
  {
    value: 'unknown',
    words: ['أشخاص', 'people', 'persons', 'person', 'individuals'],
    prefixes: ['شخص'],
  },
];

interface FoldedList<T> {
  readonly value: T;
  readonly words: ReadonlySet<string>;
  readonly prefixes: readonly string[];
}

const fold = <T>(lists: ReadonlyArray<WordList<T>>): ReadonlyArray<FoldedList<T>> =>
  lists.map((list) => ({
    value: list.value,
    words: new Set(list.words.map(normalizeForMatch)),
    prefixes: (list.prefixes ?? []).map(normalizeForMatch),
  }));

const CATEGORIES = fold(CATEGORY_WORDS);
const VICTIMS = fold(VICTIM_WORDS);

/** Arabic words that say "killed" only with على after them: القضاء على، قضت على. */
const ELIMINATED = new Set(['قضاء', 'قضي', 'قضت', 'قضوا'].map(normalizeForMatch));
const ON = normalizeForMatch('على');

function classify<T>(lists: ReadonlyArray<FoldedList<T>>, word: string): T | undefined {
  for (const list of lists) {
    if (list.words.has(word)) return list.value;
    if (list.prefixes.some((prefix) => word.startsWith(prefix))) return list.value;
  }
  return undefined;
}

/** The word as written and its stems after proclitics ("وبالمدنيين" → بالمدنيين… مدنيين). */
function stemsOf(word: string): string[] {
  return [word, ...procliticSplits(word).map((split) => split.stem)];
}

export interface WordMatch<T> {
  readonly value: T;
  /** The word carried the conjunction و or ف: it starts a new clause ("مقتل خمسة وإصابة عشرة"). */
  readonly conjunction: boolean;
}

function match<T>(
  lists: ReadonlyArray<FoldedList<T>>,
  token: CountToken | undefined,
): WordMatch<T> | undefined {
  if (token?.kind !== 'word') return undefined;
  const direct = classify(lists, token.text);
  if (direct !== undefined) return { value: direct, conjunction: false };
  for (const split of procliticSplits(token.text)) {
    const value = classify(lists, split.stem);
    if (value !== undefined) return { value, conjunction: split.form.conjunction !== '' };
  }
  return undefined;
}

/** The category a token says, if any; `next` is the token after it (for القضاء على). */
export function categoryOfToken(
  token: CountToken | undefined,
  next: CountToken | undefined,
): WordMatch<CasualtyCategory> | undefined {
  if (
    token?.kind === 'word' &&
    next?.text === ON &&
    stemsOf(token.text).some((stem) => ELIMINATED.has(stem))
  ) {
    return {
      value: 'killed',
      conjunction: procliticSplits(token.text).some(
        (split) => split.form.conjunction !== '' && ELIMINATED.has(split.stem),
      ),
    };
  }
  return match(CATEGORIES, token);
}

export function victimsOfToken(token: CountToken | undefined): CasualtyVictims | undefined {
  return match(VICTIMS, token)?.value;
}

/**
 * Arabic duals that count by themselves: "مقتل عنصرين" is two killed members, "قتيلين" two dead. Only nouns whose
 * plural is spelled differently are listed: "مدنيين" is both "two civilians" and "civilians", so it is not here.
 */
const DUAL_NOUNS: ReadonlyArray<{
  readonly forms: readonly string[];
  readonly category?: CasualtyCategory;
  readonly victims?: CasualtyVictims;
}> = [
  { forms: ['قتيلين', 'قتيلان'], category: 'killed' },
  { forms: ['شهيدين', 'شهيدان'], category: 'killed' },
  { forms: ['جريحين', 'جريحان'], category: 'injured' },
  { forms: ['أسيرين', 'أسيران'], category: 'detained' },
  { forms: ['عنصرين', 'عنصران'], victims: 'combatants' },
  { forms: ['جنديين', 'جنديان'], victims: 'combatants' },
  { forms: ['ضابطين', 'ضابطان'], victims: 'combatants' },
  { forms: ['شخصين', 'شخصان'], victims: 'unknown' },
  { forms: ['طفلين', 'طفلان'], victims: 'civilians' },
  { forms: ['رجلين', 'رجلان'] },
  { forms: ['امرأتين', 'امرأتان'], victims: 'civilians' },
];

const DUALS: ReadonlyMap<string, { category?: CasualtyCategory; victims?: CasualtyVictims }> = new Map(
  DUAL_NOUNS.flatMap((dual) =>
    dual.forms.map((form): [string, { category?: CasualtyCategory; victims?: CasualtyVictims }] => [
      normalizeForMatch(form),
      {
        ...(dual.category ? { category: dual.category } : {}),
        ...(dual.victims ? { victims: dual.victims } : {}),
      },
    ]),
  ),
);

/** The dual noun a token is (with or without proclitics), if it is one. */
export function dualOfToken(
  token: CountToken | undefined,
): { category?: CasualtyCategory; victims?: CasualtyVictims } | undefined {
  if (token?.kind !== 'word') return undefined;
  for (const stem of stemsOf(token.text)) {
    const dual = DUALS.get(stem);
    if (dual) return dual;
  }
  return undefined;
}
