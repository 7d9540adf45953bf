/**
 * Real casualty phrasings with the reading a coder would write down, checked by hand one by one (not produced
 * by running the reader). Corpus rows quote ../shared/corpus verbatim: the test checks that before + span +
 * after occurs in the cited file, so a row cannot drift from its source. Context is kept to the sentence.
 *
 * Conventions the expectations follow (documented in src/core/events): one figure → `value`; a range →
 * low/best/high with best = low; "more than N" → N at_least; vague words by VAGUE_QUANTITY_RULES (dozens /
 * عشرات → 12, tens → 10, scores → 20, hundreds / مئات → 100, thousands / آلاف → 1000, several / عدة / many → 3,
 * a few / بضعة → 3 approximate); victims only when a word says it ("people" / أشخاص → unknown).
 */
import type { CasualtyCategory, CasualtyPrecision, CasualtyVictims } from '../../../src/core/events';

/** Where a row comes from: a corpus file (see CORPUS_FILES in readCount.test.ts) or written for the test. */
export type Origin = 'seed' | 'ucdp' | 'fakes' | 'anercorp' | 'newsfane' | 'wojood' | 'written';

export interface Expected {
  value?: number;
  low?: number;
  best?: number;
  high?: number;
  precision: CasualtyPrecision;
  category?: CasualtyCategory;
  victims?: CasualtyVictims;
  /** Id of the vague-quantity rule applied. */
  vague?: string;
}

export interface Phrasing {
  readonly origin: Origin;
  readonly span: string;
  readonly before?: string;
  readonly after?: string;
  /** null: the span states no number. */
  readonly expected: Expected | null;
}

export const PHRASINGS: readonly Phrasing[] = [
  // ── seed: ar-sy24-sdf-security-operations.txt ─────────────────────────────────────────────────────────────
  // seed, paragraph "وفقاً للبيان": 34 arrested people
  {
    origin: 'seed',
    span: '34 شخصاً',
    before: 'أسفرت العمليات الأمنية عن اعتقال ',
    after: '، بالإضافة إلى القضاء على خمسة آخرين.',
    expected: { value: 34, precision: 'exact', category: 'detained', victims: 'unknown' },
  },
  // seed, same sentence, only the digits tagged
  {
    origin: 'seed',
    span: '34',
    before: 'حيث أسفرت العمليات الأمنية عن اعتقال ',
    after: ' شخصاً، بالإضافة إلى',
    expected: { value: 34, precision: 'exact', category: 'detained', victims: 'unknown' },
  },
  // seed, the whole phrase tagged
  {
    origin: 'seed',
    span: 'اعتقال 34 شخصاً',
    expected: { value: 34, precision: 'exact', category: 'detained', victims: 'unknown' },
  },
  // seed, "القضاء على" = eliminated (killed)
  {
    origin: 'seed',
    span: 'خمسة آخرين',
    before: 'بالإضافة إلى القضاء على ',
    after: '.',
    expected: { value: 5, precision: 'exact', category: 'killed' },
  },
  // seed, the whole phrase tagged
  {
    origin: 'seed',
    span: 'القضاء على خمسة آخرين',
    expected: { value: 5, precision: 'exact', category: 'killed' },
  },
  // seed, paragraph "وفيما يتعلق بالعمليات القتالية": five people killed, quote mark before خمسة
  {
    origin: 'seed',
    span: 'خمسة أشخاص',
    before: 'أكد بيان “قسد” مقتل “',
    after: ' من بينهم ثلاثة',
    expected: { value: 5, precision: 'exact', category: 'killed', victims: 'unknown' },
  },
  // seed, same, tagged with the verbal noun and the quote mark
  {
    origin: 'seed',
    span: 'مقتل “خمسة أشخاص',
    expected: { value: 5, precision: 'exact', category: 'killed', victims: 'unknown' },
  },
  // seed, the three "dangerous leaders" among the five killed
  {
    origin: 'seed',
    span: 'ثلاثة',
    before: 'مقتل “خمسة أشخاص من بينهم ',
    after: ' وصفوا بـ”المتزعمين الخطيرين”',
    expected: { value: 3, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // seed, "أحد هؤلاء القتلى" = one of those killed
  {
    origin: 'seed',
    span: 'أحد هؤلاء القتلى',
    expected: { value: 1, precision: 'exact', category: 'killed' },
  },
  // seed, "تفكيك خليتين": two cells dismantled, not a count of people
  { origin: 'seed', span: 'خليتين', before: 'عن تفكيك ', expected: null },
  // seed, an actor name
  { origin: 'seed', span: 'قسد', expected: null },

  // ── UCDP GED sample: ucdpged_v23.1_sample120.csv, source_headline column (event id given) ─────────────────
  // ucdp 304491
  {
    origin: 'ucdp',
    span: 'dozens',
    before: 'Syrian troops besiege rebellious suburb; ',
    after: ' reported killed',
    expected: { value: 12, precision: 'at_least', category: 'killed', vague: 'dozens' },
  },
  // ucdp 219322
  {
    origin: 'ucdp',
    span: 'seven',
    before: 'Suicide bomber kills ',
    after: ' in Baghdad market: officials',
    expected: { value: 7, precision: 'exact', category: 'killed' },
  },
  // ucdp 219322
  {
    origin: 'ucdp',
    span: 'at least 12 civilians',
    before: 'Iraq: Car bombing in Baghdad kills ',
    expected: { value: 12, precision: 'at_least', category: 'killed', victims: 'civilians' },
  },
  // ucdp 219322
  {
    origin: 'ucdp',
    span: 'seven',
    before: 'Suicide bomber hits Baghdad shops, killing ',
    after: ': officials',
    expected: { value: 7, precision: 'exact', category: 'killed' },
  },
  // ucdp 219322
  {
    origin: 'ucdp',
    span: '11',
    before: 'UPDATE 2-Bomb in eastern Baghdad kills at least ',
    expected: { value: 11, precision: 'at_least', category: 'killed' },
  },
  // ucdp 163075
  {
    origin: 'ucdp',
    span: '33 rebel Kurds',
    before: 'Turkish troops say kill ',
    expected: { value: 33, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // ucdp 331978: "fell" is not a casualty word the reader knows
  {
    origin: 'ucdp',
    span: 'About 190',
    after: ' fell yesterday, including 121 combat battalions and regular forces',
    expected: { value: 190, precision: 'approximate' },
  },
  // ucdp 164118
  {
    origin: 'ucdp',
    span: '136,000',
    before: 'Syria death toll tops ',
    after: ', future talks uncertain',
    expected: { value: 136_000, precision: 'at_least', category: 'killed' },
  },
  // ucdp 164118
  {
    origin: 'ucdp',
    span: 'Twelve members of the regular forces',
    after: ' were killed during clashes in the vicinity of Morak town',
    expected: { value: 12, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // ucdp 257441
  {
    origin: 'ucdp',
    span: 'Three Turkish soldiers',
    after: ' killed in Kurdish militant attack: security sources',
    expected: { value: 3, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // ucdp 331784
  {
    origin: 'ucdp',
    span: 'Four Hezbollah experts',
    after: ' killed in Yemen by coalition strikes: Sources',
    expected: { value: 4, precision: 'exact', category: 'killed' },
  },
  // ucdp 335491
  {
    origin: 'ucdp',
    span: 'About 150 Syrians',
    after: ' were killed yesterday, Wednesday',
    expected: { value: 150, precision: 'approximate', category: 'killed' },
  },
  // ucdp 288429
  {
    origin: 'ucdp',
    span: '163 people',
    after: ' died yesterday, including 52 members of the regime forces and armed supporters',
    expected: { value: 163, precision: 'exact', category: 'killed', victims: 'unknown' },
  },
  // ucdp 288429
  {
    origin: 'ucdp',
    span: '52 members of the regime forces',
    before: '163 people died yesterday, including ',
    after: ' and armed supporters',
    expected: { value: 52, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // ucdp 329207
  {
    origin: 'ucdp',
    span: 'More than 220 Syrians',
    after: ' were killed yesterday',
    expected: { value: 220, precision: 'at_least', category: 'killed' },
  },
  // ucdp 453523
  {
    origin: 'ucdp',
    span: '458 People',
    before: 'Iran Protests: at Least ',
    after: ' Killed/11 Officially Sentenced to Death',
    expected: { value: 458, precision: 'at_least', category: 'killed', victims: 'unknown' },
  },
  // ucdp 453523
  {
    origin: 'ucdp',
    span: '304',
    before: 'Iran Protests: At least ',
    after: ' Including 41 Children Killed',
    expected: { value: 304, precision: 'at_least', category: 'killed' },
  },
  // ucdp 453523
  {
    origin: 'ucdp',
    span: '41 Children',
    before: 'Iran Protests: At least 304 Including ',
    after: ' Killed/At Least 16 People Killed',
    expected: { value: 41, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // ucdp 453523
  {
    origin: 'ucdp',
    span: 'At Least 16 People',
    after: ' Killed in Another “Bloody Friday” in Baluchistan',
    expected: { value: 16, precision: 'at_least', category: 'killed', victims: 'unknown' },
  },
  // ucdp 299515
  {
    origin: 'ucdp',
    span: 'More than 250 Syrians',
    after: ' have been killed today (Thursday 19/7/2012)',
    expected: { value: 250, precision: 'at_least', category: 'killed' },
  },
  // ucdp 213557
  {
    origin: 'ucdp',
    span: 'Two Turkish servicemen',
    after: ', 20 Kurdish rebels reportedly die in clashes',
    expected: { value: 2, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // ucdp 213557
  {
    origin: 'ucdp',
    span: '20 Kurdish rebels',
    before: 'Two Turkish servicemen, ',
    after: ' reportedly die in clashes',
    expected: { value: 20, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // ucdp 286244
  {
    origin: 'ucdp',
    span: '146',
    after: ' died yesterday, including 55 of the regime forces and armed loyalists',
    expected: { value: 146, precision: 'exact', category: 'killed' },
  },
  // ucdp 286244
  {
    origin: 'ucdp',
    span: '55 of the regime forces',
    before: '146 died yesterday, including ',
    after: ' and armed loyalists',
    expected: { value: 55, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // ucdp 241998: "No civilians" is no figure
  { origin: 'ucdp', span: 'No civilians', after: ' crossed from the eastern Ghouta', expected: null },
  // ucdp 244193
  {
    origin: 'ucdp',
    span: '18 persons',
    before: 'Massacre south of Al-Raqqah kills ',
    after: ' in a new bombing by warplanes',
    expected: { value: 18, precision: 'exact', category: 'killed', victims: 'unknown' },
  },
  // ucdp 276895
  {
    origin: 'ucdp',
    span: '312',
    after: ' were killed yesterday, while 217 were taken out of besieged Homs',
    expected: { value: 312, precision: 'exact', category: 'killed' },
  },
  // ucdp 333570
  {
    origin: 'ucdp',
    span: 'More than 210 Syrians',
    after: ' were killed yesterday, Wednesday',
    expected: { value: 210, precision: 'at_least', category: 'killed' },
  },
  // ucdp 196122
  {
    origin: 'ucdp',
    span: '2 IS militants',
    before: 'Unknown gunmen kill ',
    after: ' in al- Bokamal City',
    expected: { value: 2, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // ucdp 196122
  {
    origin: 'ucdp',
    span: '137',
    after: ' killed on Friday 6/02/2015',
    expected: { value: 137, precision: 'exact', category: 'killed' },
  },
  // ucdp 227091: "casualties" is killed and wounded together, no category
  {
    origin: 'ucdp',
    span: 'At least 20 casualties',
    after: ' at the northern countryside of Homs',
    expected: { value: 20, precision: 'at_least' },
  },
  // ucdp 214171: the qualifier comes after the noun
  {
    origin: 'ucdp',
    span: '23 citizens',
    before: 'The missiles and warplanes of the regime kill ',
    after: ' at least in Madaya',
    expected: { value: 23, precision: 'at_least', category: 'killed', victims: 'civilians' },
  },
  // ucdp 248004
  {
    origin: 'ucdp',
    span: '270',
    before: 'raise the death toll to ',
    after: ' at least in 13 days of escalated aerial bombardment',
    expected: { value: 270, precision: 'at_least', category: 'killed' },
  },
  // ucdp 198023
  {
    origin: 'ucdp',
    span: '12 Iraqi troops',
    before: 'Iraqi officials: 2 suicide attacks kill at least ',
    after: ' near IS-held city of Ramadi',
    expected: { value: 12, precision: 'at_least', category: 'killed', victims: 'combatants' },
  },
  // ucdp 242386
  {
    origin: 'ucdp',
    span: '142 persons',
    after: ' were killed yesterday including 10 members of the regime forces',
    expected: { value: 142, precision: 'exact', category: 'killed', victims: 'unknown' },
  },
  // ucdp 242386
  {
    origin: 'ucdp',
    span: '10 members of the regime forces',
    before: '142 persons were killed yesterday including ',
    after: ' and militiamen loyal to them',
    expected: { value: 10, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // ucdp 329163
  {
    origin: 'ucdp',
    span: 'More than 60 Syrians',
    after: ' were killed today, Sunday, in an initial count',
    expected: { value: 60, precision: 'at_least', category: 'killed' },
  },
  // ucdp 61727
  {
    origin: 'ucdp',
    span: '17',
    before: "Car bombs hit Baghdad Shi'ite districts, ",
    after: ' killed',
    expected: { value: 17, precision: 'exact', category: 'killed' },
  },
  // ucdp 61727
  {
    origin: 'ucdp',
    span: '58',
    before: 'Wave of Iraq attacks kills ',
    expected: { value: 58, precision: 'exact', category: 'killed' },
  },
  // ucdp 298813
  {
    origin: 'ucdp',
    span: 'about 400 Syrian civilians',
    before: 'the Syrian regime responds by killing ',
    after: ' including more than 170 children and women',
    expected: { value: 400, precision: 'approximate', category: 'killed', victims: 'civilians' },
  },
  // ucdp 298813
  {
    origin: 'ucdp',
    span: 'more than 170 children and women',
    before: 'the Syrian regime responds by killing about 400 Syrian civilians including ',
    expected: { value: 170, precision: 'at_least', category: 'killed', victims: 'civilians' },
  },
  // ucdp 216469
  {
    origin: 'ucdp',
    span: 'More than 11',
    after: ' killed in al-Dumayr city’s clashes',
    expected: { value: 11, precision: 'at_least', category: 'killed' },
  },
  // ucdp 401115
  {
    origin: 'ucdp',
    span: 'More Than Two Hundred Terrorists',
    after: ' Perished in Afghanistan',
    expected: { value: 200, precision: 'at_least', category: 'killed', victims: 'combatants' },
  },
  // ucdp 212545
  {
    origin: 'ucdp',
    span: '15 Afghan Taliban',
    after: ' killed in 24 hours: MoI',
    expected: { value: 15, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // ucdp 236880
  {
    origin: 'ucdp',
    span: 'Scores of insurgents',
    after: ' killed, wounded in operations: MoD',
    expected: {
      value: 20,
      precision: 'at_least',
      category: 'killed',
      victims: 'combatants',
      vague: 'scores',
    },
  },
  // ucdp 268807
  {
    origin: 'ucdp',
    span: 'At least 30 Taliban',
    after: ' killed, 12 injured in Afghan west province - governor',
    expected: { value: 30, precision: 'at_least', category: 'killed', victims: 'combatants' },
  },
  // ucdp 268807
  {
    origin: 'ucdp',
    span: '12',
    before: 'At least 30 Taliban killed, ',
    after: ' injured in Afghan west province',
    expected: { value: 12, precision: 'exact', category: 'injured' },
  },
  // ucdp 244424
  {
    origin: 'ucdp',
    span: 'Four',
    after: " dead in suicide bombing in Libya's Misrata: security sources",
    expected: { value: 4, precision: 'exact', category: 'killed' },
  },
  // ucdp 216930
  {
    origin: 'ucdp',
    span: '3 soldiers',
    before: 'BIFF killed, ',
    after: ' wounded in Maguindanao clash',
    expected: { value: 3, precision: 'exact', category: 'injured', victims: 'combatants' },
  },
  // ucdp 239436
  {
    origin: 'ucdp',
    span: 'scores',
    before: 'Uganda LRA rebels kill "',
    after: '" in northern DR Congo',
    expected: { value: 20, precision: 'at_least', category: 'killed', vague: 'scores' },
  },
  // ucdp 370730: French; the figure is read, "morts" is not in the word lists
  {
    origin: 'ucdp',
    span: '3 morts',
    before: 'Ituri : une nouvelle incursion de la CODECO fait ',
    after: ' à Abuluma',
    expected: { value: 3, precision: 'exact' },
  },
  // ucdp 410252: a singular noun is no figure
  { origin: 'ucdp', span: 'NPA rebel killed', expected: null },
  // ucdp 448810
  { origin: 'ucdp', span: 'Civilian killed', after: ' in northern Al-Raqqa countryside', expected: null },

  // ── FA-KES sample: FA-KES-Dataset.sample45.csv, article_content column ─────────────────────────────────────
  // fakes
  {
    origin: 'fakes',
    span: 'More than 120 people',
    after: ' have been killed as troops allied to the Syrian regime',
    expected: { value: 120, precision: 'at_least', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'At least 400 people',
    after: ' - mainly women and children - have been injured during this bombing campaign',
    expected: { value: 400, precision: 'at_least', category: 'injured', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'dozens of severely injured children',
    before: 'have shown ',
    after: ' receiving treatment at makeshift hospitals',
    expected: {
      value: 12,
      precision: 'at_least',
      category: 'injured',
      victims: 'civilians',
      vague: 'dozens',
    },
  },
  // fakes
  {
    origin: 'fakes',
    span: '20 opposition fighters',
    before: 'The observatory group said ',
    after: ' were killed in the fighting',
    expected: { value: 20, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'several Nusra Front fighters',
    before: 'it has killed ',
    after: ' as clashes between opposition groups continue',
    expected: {
      value: 3,
      precision: 'at_least',
      category: 'killed',
      victims: 'combatants',
      vague: 'several',
    },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'six Nusra Front fighters',
    before: 'it had killed ',
    after: ' and injured several others',
    expected: { value: 6, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'several others',
    before: 'it had killed six Nusra Front fighters and injured ',
    after: ' in the countryside south of Idlib',
    expected: { value: 3, precision: 'at_least', category: 'injured', vague: 'several' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'at least 58 people',
    before: 'Russian jets killed ',
    after: ' including 11 children at ages below 8',
    expected: { value: 58, precision: 'at_least', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '11 children',
    before: 'Russian jets killed at least 58 people including ',
    after: ' at ages below 8',
    expected: { value: 11, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'more than 100 people',
    before: 'the attack killed ',
    after: ' including 25 children and 15 women and injured 400 others',
    expected: { value: 100, precision: 'at_least', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '25 children',
    before: 'the attack killed more than 100 people including ',
    after: ' and 15 women and injured 400 others',
    expected: { value: 25, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '400 others',
    before: 'and 15 women and injured ',
    after: '. A military source',
    expected: { value: 400, precision: 'exact', category: 'injured' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'More than 6 million',
    after: ' are internally displaced',
    expected: { value: 6_000_000, precision: 'at_least', category: 'displaced' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'at least 100',
    before: 'On Saturday a deadly explosion killed ',
    after: ' including children regime supporters',
    expected: { value: 100, precision: 'at_least', category: 'killed' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'Six people',
    after: ' were killed and dozens others wounded in a blast',
    expected: { value: 6, precision: 'exact', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'dozens others',
    before: 'Six people were killed and ',
    after: ' wounded in a blast',
    expected: { value: 12, precision: 'at_least', category: 'injured', vague: 'dozens' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'more than 120 evacuees',
    before: 'days after a bombing killed ',
    after: ' and delayed the population transfer',
    expected: { value: 120, precision: 'at_least', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'at least 16 insurgents',
    before: 'It added that ',
    after: ' were killed.',
    expected: { value: 16, precision: 'at_least', category: 'killed', victims: 'combatants' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'More than 210000 people',
    after: ' have died in the Syrian conflict',
    expected: { value: 210_000, precision: 'at_least', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'five people',
    before: 'Syrian state television said on Tuesday that ',
    after: ' had been killed and 18 wounded',
    expected: { value: 5, precision: 'exact', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '18',
    before: 'five people had been killed and ',
    after: ' wounded in "terrorist" rocket attacks',
    expected: { value: 18, precision: 'exact', category: 'injured' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'Ten children',
    after: ' were among at least 48 people killed in a Syrian village',
    expected: { value: 10, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'at least 48 people',
    before: 'Ten children were among ',
    after: ' killed in a Syrian village',
    expected: { value: 48, precision: 'at_least', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '13 rebels',
    before: 'Five women and ',
    after: ' from the six families were among the dead',
    expected: { value: 13, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '48 alleged rebels',
    before: 'Syrian regime forces killed ',
    after: ' in Hardatnin village',
    expected: { value: 48, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '48 civilians',
    before: 'Regime forces killed ',
    after: ' by shooting or slaughtering',
    expected: { value: 48, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // fakes: they had been captured (and were freed): the text says detained
  {
    origin: 'fakes',
    span: '150 civilians',
    before: 'The opposition forces freed ',
    after: ' who were captured at a school',
    expected: { value: 150, precision: 'exact', category: 'detained', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'thousands of people',
    before: 'siege strategy has left ',
    after: ' particularly infants dead over the past four years',
    expected: {
      value: 1000,
      precision: 'at_least',
      category: 'killed',
      victims: 'unknown',
      vague: 'thousands',
    },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'at least 210000 people',
    before: 'a conflict that has left ',
    after: ' dead and displaced almost half',
    expected: { value: 210_000, precision: 'at_least', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'four people',
    before: 'A suicide bomber killed ',
    after: ' in a hospital on Sunday',
    expected: { value: 4, precision: 'exact', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'two soldiers',
    before: '"Two women and ',
    after: ' were killed in the attack"',
    expected: { value: 2, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'Two women',
    before: '"',
    after: ' and two soldiers were killed in the attack"',
    expected: { value: 2, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'At least 15 civilians',
    after: ' were killed and many wounded in fresh air strikes',
    expected: { value: 15, precision: 'at_least', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'many',
    before: 'At least 15 civilians were killed and ',
    after: ' wounded in fresh air strikes',
    expected: { value: 3, precision: 'at_least', category: 'injured', vague: 'several' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'Around 600 Syrians',
    after: ' including 136 children have been killed in coalition air strikes',
    expected: { value: 600, precision: 'approximate', category: 'killed' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '136 children',
    before: 'Around 600 Syrians including ',
    after: ' have been killed in coalition air strikes',
    expected: { value: 136, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'between 229 and 425 civilians',
    before: 'More than 520 US airstrikes since 21 May have killed ',
    after: ' overall',
    expected: {
      low: 229,
      best: 229,
      high: 425,
      precision: 'approximate',
      category: 'killed',
      victims: 'civilians',
    },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'At least 48 people',
    after: ' dead over 100 injured after truck bomb exploded',
    expected: { value: 48, precision: 'at_least', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'over 100',
    before: 'At least 48 people dead ',
    after: ' injured after truck bomb exploded',
    expected: { value: 100, precision: 'at_least', category: 'injured' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'dozens more',
    before: 'killed 48 people and left ',
    after: ' wounded.',
    expected: { value: 12, precision: 'at_least', category: 'injured', vague: 'dozens' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'at least 140 people',
    before: 'The official SANA news agency said ',
    after: ' were injured.',
    expected: { value: 140, precision: 'at_least', category: 'injured', victims: 'unknown' },
  },
  // fakes: "members of the … security force": no victims word within reach
  {
    origin: 'fakes',
    span: 'six members',
    before: 'A suicide blast killed ',
    after: ' of the Kurdish internal security force',
    expected: { value: 6, precision: 'exact', category: 'killed' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'at least 16 people',
    before: 'In July a suicide bomb killed ',
    after: ' in Hasaka.',
    expected: { value: 16, precision: 'at_least', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'Dozens of civilians',
    after: ' have reportedly been killed by US-led air strikes',
    expected: { value: 12, precision: 'at_least', category: 'killed', victims: 'civilians', vague: 'dozens' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'at least 73 civilians',
    before: 'investigating reports that ',
    after: ' mostly women and children were killed in air strikes',
    expected: { value: 73, precision: 'at_least', category: 'killed', victims: 'civilians' },
  },
  // fakes: a headline
  {
    origin: 'fakes',
    span: '10',
    after: ' dead after strikes on rebel-held hospitals in Syria',
    expected: { value: 10, precision: 'exact', category: 'killed' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '10 people',
    before: 'on Thursday left ',
    after: ' dead including two babies in incubators',
    expected: { value: 10, precision: 'exact', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'two babies',
    before: 'left 10 people dead including ',
    after: ' in incubators a monitor said',
    expected: { value: 2, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '19 people',
    before: 'They were among ',
    after: ' killed as a result of strikes',
    expected: { value: 19, precision: 'exact', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'Six civilians',
    before: '"',
    after: ' in the emergency department were killed including two babies',
    expected: { value: 6, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'nine people',
    before: 'A further ',
    after: ' including five children were killed in strikes',
    expected: { value: 9, precision: 'exact', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'five children',
    before: 'A further nine people including ',
    after: ' were killed in strikes on various other areas',
    expected: { value: 5, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'five people',
    before: 'an air raid on another hospital in Idlib had wounded ',
    after: ' the Observatory said',
    expected: { value: 5, precision: 'exact', category: 'injured', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'More than 320000 people',
    after: ' have been killed in Syria since the conflict began',
    expected: { value: 320_000, precision: 'at_least', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'six people',
    before: 'A bomb blast killed ',
    after: ' and injured 32 in the Salah al-Din district',
    expected: { value: 6, precision: 'exact', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '32',
    before: 'A bomb blast killed six people and injured ',
    after: ' in the Salah al-Din district',
    expected: { value: 32, precision: 'exact', category: 'injured' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'Nearly 70 children',
    after: ' were among those killed when a suicide car bombing',
    expected: { value: 70, precision: 'approximate', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'At least 68 children',
    after: ' were among the 126 people killed in the attack',
    expected: { value: 68, precision: 'at_least', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '126 people',
    before: 'At least 68 children were among the ',
    after: ' killed in the attack',
    expected: { value: 126, precision: 'exact', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '112',
    before: 'updating a previous toll of ',
    after: ' dead.',
    expected: { value: 112, precision: 'exact', category: 'killed' },
  },
  // fakes: the 109 dead were evacuees
  {
    origin: 'fakes',
    span: 'At least 109',
    after: ' of the dead were evacuees the Britain-based monitoring group said',
    expected: { value: 109, precision: 'at_least', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'hundreds of people',
    before: 'said ',
    after: ' were also wounded in the blast',
    expected: {
      value: 100,
      precision: 'at_least',
      category: 'injured',
      victims: 'unknown',
      vague: 'hundreds',
    },
  },
  // fakes: "workers" says nothing of the side
  {
    origin: 'fakes',
    span: 'three of its workers',
    before: 'The Syrian Red Crescent said ',
    after: ' were among the wounded.',
    expected: { value: 3, precision: 'exact', category: 'injured' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'three members of a pro-government militia',
    before: 'killed ',
    after: ' on Sunday',
    expected: { value: 3, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'two fighters',
    before: 'The NDF official told AFP that ',
    after: ' were also wounded in the Israeli attack',
    expected: { value: 2, precision: 'exact', category: 'injured', victims: 'combatants' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '43 people',
    before: 'government-held towns killed ',
    after: ' on Saturday',
    expected: { value: 43, precision: 'exact', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'more than 80000 people',
    before: 'around 240000 residents before 2011 and ',
    after: ' have fled to the city',
    expected: { value: 80_000, precision: 'at_least', category: 'displaced', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'four children',
    before: 'At least 15 civilians including ',
    after: ' were killed in a suspected US-led coalition air strike',
    expected: { value: 4, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'at least 17 people',
    before: 'The Syrian Observatory for Human Rights said ',
    after: ' were injured in the strike on Heneyda',
    expected: { value: 17, precision: 'at_least', category: 'injured', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '40 people',
    before: 'In all ',
    after: ' were killed" the center said.',
    expected: { value: 40, precision: 'exact', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'More than 100 civilians',
    after: ' have been killed and 700 got injured in August shelling',
    expected: { value: 100, precision: 'at_least', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '700',
    before: 'More than 100 civilians have been killed and ',
    after: ' got injured in August shelling',
    expected: { value: 700, precision: 'exact', category: 'injured' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '14',
    before: 'several shells were laid on the local market killing ',
    after: ' and leaving injured about 50.',
    expected: { value: 14, precision: 'exact', category: 'killed' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'about 50',
    before: 'killing 14 and leaving injured ',
    after: '.',
    expected: { value: 50, precision: 'approximate', category: 'injured' },
  },
  // fakes: a headline
  {
    origin: 'fakes',
    span: '8 persons',
    after: ' killed 58 others injured in terrorist rocket attacks on Aleppo city',
    expected: { value: 8, precision: 'exact', category: 'killed', victims: 'unknown' },
  },
  // fakes: the same headline; "killed" belongs to the 8 before it
  {
    origin: 'fakes',
    span: '58 others',
    before: '8 persons killed ',
    after: ' injured in terrorist rocket attacks',
    expected: { value: 58, precision: 'exact', category: 'injured' },
  },
  // fakes: a headline
  {
    origin: 'fakes',
    span: 'Ten civilians',
    after: ' some of them children killed in airstrike by US-led coalition in Raqqa',
    expected: { value: 10, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // fakes: "claiming the lives of" = killed
  {
    origin: 'fakes',
    span: 'three workers',
    before: 'claiming the lives of ',
    after: ' an entire family of six displaced people',
    expected: { value: 3, precision: 'exact', category: 'killed' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'at least 135 civilians',
    before: 'Activists in Idlib province said that ',
    after: ' have been killed and hundreds more injured',
    expected: { value: 135, precision: 'at_least', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'hundreds more',
    before: 'at least 135 civilians have been killed and ',
    after: ' injured in airstrikes',
    expected: { value: 100, precision: 'at_least', category: 'injured', vague: 'hundreds' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'Two more civilians',
    after: ' were killed in regime airstrikes on the town of Maarrat Masrin',
    expected: { value: 2, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'over 40 civilians',
    before: 'In total ',
    after: ' were killed in the aerial bombardment',
    expected: { value: 40, precision: 'at_least', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'At least 13 civilians',
    after: ' mostly women and children were killed and over 30 others were wounded',
    expected: { value: 13, precision: 'at_least', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'over 30 others',
    before: 'At least 13 civilians mostly women and children were killed and ',
    after: ' were wounded on Saturday',
    expected: { value: 30, precision: 'at_least', category: 'injured' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'Three more civilians',
    after: ' were killed and around 15 others were injured',
    expected: { value: 3, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'around 15 others',
    before: 'Three more civilians were killed and ',
    after: ' were injured on Friday evening',
    expected: { value: 15, precision: 'approximate', category: 'injured' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '18 civilians',
    before: 'al-Bureij northeast of Aleppo where ',
    after: ' were killed and dozens wounded in a barrel bomb attack',
    expected: { value: 18, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'dozens',
    before: 'where 18 civilians were killed and ',
    after: ' wounded in a barrel bomb attack',
    expected: { value: 12, precision: 'at_least', category: 'injured', vague: 'dozens' },
  },
  // fakes: a hyphenated number word
  {
    origin: 'fakes',
    span: 'Twenty-six civilians',
    after: ' were also killed yesterday',
    expected: { value: 26, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // fakes: a headline
  {
    origin: 'fakes',
    span: '10 civilians',
    after: ' killed 15 injured in terrorist rocket attacks on Aleppo and Deir Ezzor',
    expected: { value: 10, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // fakes: the same headline
  {
    origin: 'fakes',
    span: '15',
    before: '10 civilians killed ',
    after: ' injured in terrorist rocket attacks',
    expected: { value: 15, precision: 'exact', category: 'injured' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '6 civilians',
    before: 'SANA reporter in Aleppo said that ',
    after: ' including a woman and two children were killed and 12 other civilians were injured',
    expected: { value: 6, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '12 other civilians',
    before: 'two children were killed and ',
    after: ' were injured by rocket shells',
    expected: { value: 12, precision: 'exact', category: 'injured', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'four civilians',
    before: 'Meanwhile ',
    after: ' were killed when ISIS targeted residential neighborhoods',
    expected: { value: 4, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'three others',
    before: 'The terrorist attack killed four civilians and wounded ',
    after: ' causing material damage',
    expected: { value: 3, precision: 'exact', category: 'injured' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'At least 16 civilians',
    after: ' were killed in bombing raids by the US-led coalition',
    expected: { value: 16, precision: 'at_least', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'five young siblings',
    before: 'Syrian Observatory said ',
    after: ' were among the dead in the strikes',
    expected: { value: 5, precision: 'exact', category: 'killed' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '11 terrorists',
    before: 'Syrian army killed ',
    after: ' in an attack on their positions',
    expected: { value: 11, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'more than 50 people',
    before: 'ISIL terrorist group killed ',
    after: ' in an attack on two villages',
    expected: { value: 50, precision: 'at_least', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '15 civilians',
    before: 'the attack on two villages killed ',
    after: ' and 27 popular fighters',
    expected: { value: 15, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '27 popular fighters',
    before: 'the attack on two villages killed 15 civilians and ',
    after: ' with another 10 bodies',
    expected: { value: 27, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'another 10 bodies',
    before: '27 popular fighters with ',
    after: ' yet to be identified',
    expected: { value: 10, precision: 'exact', category: 'killed' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'six',
    before: 'showing a family of ',
    after: ' killed in a suspected chlorine gas attack',
    expected: { value: 6, precision: 'exact', category: 'killed' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'Some 120 ISIS fighters',
    after: ' and 60 foreign mercenaries were killed in a series of Russian air strikes',
    expected: { value: 120, precision: 'approximate', category: 'killed', victims: 'combatants' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '60 foreign mercenaries',
    before: 'Some 120 ISIS fighters and ',
    after: ' were killed in a series',
    expected: { value: 60, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'some 40 ISIS fighters',
    before: 'the ministry said adding ',
    after: ' were killed around the town of Abu Kamal',
    expected: { value: 40, precision: 'approximate', category: 'killed', victims: 'combatants' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'nine troops',
    before: 'captured several army positions in the area and killed ',
    after: '.',
    expected: { value: 9, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'two people',
    before: 'State TV said ',
    after: ' were wounded in ISIS shelling',
    expected: { value: 2, precision: 'exact', category: 'injured', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'Seventy-six people',
    after: ' including 28 children were killed on Sunday',
    expected: { value: 76, precision: 'exact', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '28 children',
    before: 'Seventy-six people including ',
    after: ' were killed on Sunday',
    expected: { value: 28, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'more than 100000 people',
    before: 'a 2-1/2 year conflict that has killed ',
    after: ' frequently deploy air power',
    expected: { value: 100_000, precision: 'at_least', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'hundreds of people',
    before: 'opposition groups say killed ',
    after: ' in Syria.',
    expected: {
      value: 100,
      precision: 'at_least',
      category: 'killed',
      victims: 'unknown',
      vague: 'hundreds',
    },
  },
  // fakes
  {
    origin: 'fakes',
    span: '1300 people',
    before: 'chemical weapons were used had killed ',
    after: '.',
    expected: { value: 1300, precision: 'exact', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'Between 500 and 1300 people',
    after: ' died on Wednesday from chemical weapons attacks',
    expected: {
      low: 500,
      best: 500,
      high: 1300,
      precision: 'approximate',
      category: 'killed',
      victims: 'unknown',
    },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'At least 60 people',
    after: ' have been killed and more than 100 others injured in a car bomb explosion',
    expected: { value: 60, precision: 'at_least', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'more than 100 others',
    before: 'At least 60 people have been killed and ',
    after: ' injured in a car bomb explosion',
    expected: { value: 100, precision: 'at_least', category: 'injured' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'four people',
    before: 'A car bomb has killed ',
    after: ' in the Sumaria area',
    expected: { value: 4, precision: 'exact', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '6',
    before: 'Four people were killed and ',
    after: ' were wounded in the attack',
    expected: { value: 6, precision: 'exact', category: 'injured' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'at least 355 people',
    before: 'Doctors Without Borders said ',
    after: ' had died last week',
    expected: { value: 355, precision: 'at_least', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: '12 other militants',
    before: 'Abdel-Moneim said his son and ',
    after: ' were killed inside of a tunnel',
    expected: { value: 12, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'more than 130 people',
    before: 'activists say killed ',
    after: '.',
    expected: { value: 130, precision: 'at_least', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'dozens of people',
    before: 'attack that killed ',
    after: '.',
    expected: { value: 12, precision: 'at_least', category: 'killed', victims: 'unknown', vague: 'dozens' },
  },
  // fakes: a quote mark between the verb and the figure
  {
    origin: 'fakes',
    span: 'tens of people',
    before: 'in the attack that killed "',
    after: '."',
    expected: { value: 10, precision: 'at_least', category: 'killed', victims: 'unknown', vague: 'tens' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'more than 40 people',
    before: 'Abdul-Rahman said ',
    after: ' have been confirmed dead',
    expected: { value: 40, precision: 'at_least', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'as many as 200',
    before: 'the death toll could reach ',
    after: ' in the suburbs of Damascus',
    expected: { value: 200, precision: 'at_most', category: 'killed' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'at least 30 people',
    before: 'the attack in Khan al-Assal when ',
    after: ' were reported killed.',
    expected: { value: 30, precision: 'at_least', category: 'killed', victims: 'unknown' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'some 70 Islamic State fighters',
    before: 'has killed ',
    after: ' in two days',
    expected: { value: 70, precision: 'approximate', category: 'killed', victims: 'combatants' },
  },
  // fakes
  {
    origin: 'fakes',
    span: 'Hundreds of civilians',
    after: ' died in a sarin gas attack in Ghouta',
    expected: {
      value: 100,
      precision: 'at_least',
      category: 'killed',
      victims: 'civilians',
      vague: 'hundreds',
    },
  },

  // ── ANERcorp test split (tokens joined by spaces): ANERCorp_CamelLab_test.first300sent.txt ─────────────────
  // anercorp: typhoon in the Philippines
  {
    origin: 'anercorp',
    span: '76 شخصا',
    before: 'وأسفر عن مقتل ',
    after: ' على الأقل .',
    expected: { value: 76, precision: 'at_least', category: 'killed', victims: 'unknown' },
  },
  // anercorp: still missing
  {
    origin: 'anercorp',
    span: '63 شخصا',
    before: 'تشير أيضا إلى أن ',
    after: ' على الأقل مازالوا مفقودين بينهم 35 في إقليم لاغونا',
    expected: { value: 63, precision: 'at_least', category: 'missing', victims: 'unknown' },
  },
  // anercorp: the 35 among the missing
  {
    origin: 'anercorp',
    span: '35',
    before: 'مازالوا مفقودين بينهم ',
    after: ' في إقليم لاغونا',
    expected: { value: 35, precision: 'exact', category: 'missing' },
  },
  // anercorp: "إجلاء" (evacuating) is not in the word lists
  {
    origin: 'anercorp',
    span: 'مئات الآلاف',
    before: 'تواصل السلطات إجلاء ',
    after: ' على طول ساحلها الأوسط',
    expected: { value: 100_000, precision: 'at_least', vague: 'hundreds_of_thousands' },
  },
  // anercorp: the article on a vague word
  { origin: 'anercorp', span: 'العشرات', expected: { value: 12, precision: 'at_least', vague: 'dozens' } },
  // anercorp: a troop strength (not casualties), read all the same
  {
    origin: 'anercorp',
    span: '17 ألف جندي',
    before: 'قوات دولية قوامها ',
    after: ' وثلاثة آلاف شرطي',
    expected: { value: 17_000, precision: 'exact', victims: 'combatants' },
  },
  // anercorp: و on the first number word
  {
    origin: 'anercorp',
    span: 'وثلاثة آلاف شرطي',
    before: 'قوامها 17 ألف جندي ',
    after: ' إلى دارفور',
    expected: { value: 3000, precision: 'exact', victims: 'combatants' },
  },
  // anercorp: Darfur; مائتا (construct dual) × ألف
  {
    origin: 'anercorp',
    span: 'مائتا ألف شخص',
    before: 'في إقليم دارفور الذي قتل فيه ',
    after: ' على الأقل منذ اندلاع الحرب الأهلية',
    expected: { value: 200_000, precision: 'at_least', category: 'killed', victims: 'unknown' },
  },
  // anercorp: hamza-less اكثر, digits glued to الف
  {
    origin: 'anercorp',
    span: 'اكثر من 37الف قتيل',
    before: 'اوقع النزاع الكردي في تركيا ',
    after: ' منذ بدء التمرد المسلح',
    expected: { value: 37_000, precision: 'at_least', category: 'killed' },
  },
  // anercorp: an injured woman, no figure
  { origin: 'anercorp', span: 'امرأة مسنة', after: ' أصيبت بشظايا', expected: null },

  // ── NewsFANE gold (tokens joined by spaces; clitics split off): NewsFANE_Gold_2014_170K.first300sent.txt ────
  // newsfane: a dual noun counts two
  {
    origin: 'newsfane',
    span: 'ضابطين اخرين',
    before: 'اسفر عن مصرع ضابط اسرائيلي ، و اصابة ',
    after: ' ، احد هما اصابة ه بالغة',
    expected: { value: 2, precision: 'exact', category: 'injured', victims: 'combatants' },
  },
  // newsfane
  {
    origin: 'newsfane',
    span: '3 من الحزب',
    before: 'الانباء التي ترددت عن مقتل ',
    after: ' في الاشتباكات',
    expected: { value: 3, precision: 'exact', category: 'killed' },
  },
  // newsfane
  {
    origin: 'newsfane',
    span: 'اثنين',
    before: 'اعترف بمقتل ضابط من الوحدات الخاصة لدي ه و جرح ',
    after: ' احدهما بحالة خطرة',
    expected: { value: 2, precision: 'exact', category: 'injured' },
  },
  // newsfane
  {
    origin: 'newsfane',
    span: 'ثلاثة من مقاتلي الحزب',
    before: 'اشارت الى مقتل ',
    after: ' في العملية',
    expected: { value: 3, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // newsfane: dual جنديين
  {
    origin: 'newsfane',
    span: 'جنديين اخرين',
    before: 'بمقتل ضابط و جرح ',
    after: ' احدهما جراح ه بليغة',
    expected: { value: 2, precision: 'exact', category: 'injured', victims: 'combatants' },
  },
  // newsfane: hamza-less الاف
  {
    origin: 'newsfane',
    span: 'حوالي خمسة الاف قارب',
    before: 'التي تضم ',
    expected: { value: 5000, precision: 'approximate' },
  },
  // newsfane: hamza-less اربعين, accusative الفا
  {
    origin: 'newsfane',
    span: 'حوالي اربعين الفا',
    after: ' من البشر',
    expected: { value: 40_000, precision: 'approximate' },
  },

  // ── Wojood sample (tokens joined by spaces): wojood_sample_test.txt ───────────────────────────────────────
  // wojood
  {
    origin: 'wojood',
    span: 'آلاف المحتجزين',
    before: 'للمساعدة في إيجاد ',
    after: ' والمفقودين في شمال شرق سوريا',
    expected: { value: 1000, precision: 'at_least', category: 'detained', vague: 'thousands' },
  },
  // wojood: a diacritic (damma) inside مُحتجزين
  {
    origin: 'wojood',
    span: 'حوالي 4 آلاف شخص',
    before: 'أن ',
    after: ' كانوا مُحتجزين في مراكز احتجاز رسمية',
    expected: { value: 4000, precision: 'approximate', category: 'detained', victims: 'unknown' },
  },
  // wojood
  {
    origin: 'wojood',
    span: 'عشرات الانتهاكات',
    before: 'وثقت " هيومن رايتس ووتش " ',
    expected: { value: 12, precision: 'at_least', vague: 'dozens' },
  },

  // ── Written for the test: Arabic number words, gender and case forms ─────────────────────────────────────
  { origin: 'written', span: 'خمسة', expected: { value: 5, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'خمس', expected: { value: 5, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'ثلاث', expected: { value: 3, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'عشر', expected: { value: 10, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'خمسة عشر', expected: { value: 15, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'خمس عشرة', expected: { value: 15, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'أحد عشر', expected: { value: 11, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'إحدى عشرة', expected: { value: 11, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'اثنا عشر', expected: { value: 12, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'اثني عشر', expected: { value: 12, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'اثنتا عشرة', expected: { value: 12, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'ثماني عشرة', expected: { value: 18, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'تسعة عشر', expected: { value: 19, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'عشرون', expected: { value: 20, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'تسعين', expected: { value: 90, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'خمسة وعشرون', expected: { value: 25, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'خمسة و عشرون', expected: { value: 25, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'واحد وعشرون', expected: { value: 21, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'إحدى وعشرين', expected: { value: 21, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'اثنين وثلاثين', expected: { value: 32, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'ثلاث وأربعين', expected: { value: 43, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'مئة', expected: { value: 100, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'مائة', expected: { value: 100, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'مئتان', expected: { value: 200, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'مائتي', expected: { value: 200, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'ثلاثمئة', expected: { value: 300, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'ثلاثمائة', expected: { value: 300, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'ثلاث مئة', expected: { value: 300, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'خمسمائة', expected: { value: 500, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'مئة وخمسون', expected: { value: 150, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'مئة وخمسة وعشرون', expected: { value: 125, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'ثلاثمئة وأحد عشر', expected: { value: 311, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'ألف', expected: { value: 1000, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'ألفان', expected: { value: 2000, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'ألفين', expected: { value: 2000, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'ثلاثة آلاف', expected: { value: 3000, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'عشرة آلاف', expected: { value: 10_000, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'أحد عشر ألفاً', expected: { value: 11_000, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'مئة ألف', expected: { value: 100_000, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'ألف وخمسمئة', expected: { value: 1500, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'ألفين وثلاثمئة وخمسة وعشرين', expected: { value: 2325, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'مليون', expected: { value: 1_000_000, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'مليونين', expected: { value: 2_000_000, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'ثلاثة ملايين', expected: { value: 3_000_000, precision: 'exact' } }, // written for the test
  // written for the test: diacritics, tatweel and hamza spellings
  { origin: 'written', span: 'خَمْسَةُ', expected: { value: 5, precision: 'exact' } },
  { origin: 'written', span: 'ثَلاثَةَ عَشَرَ', expected: { value: 13, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'خمـــسة', expected: { value: 5, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'اربعة', expected: { value: 4, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'إثنان', expected: { value: 2, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'الفين', expected: { value: 2000, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'مِئَتَيْنِ', expected: { value: 200, precision: 'exact' } }, // written for the test
  // written for the test: digits in the three digit sets, separators
  { origin: 'written', span: '٣٤', expected: { value: 34, precision: 'exact' } },
  { origin: 'written', span: '۳۴', expected: { value: 34, precision: 'exact' } }, // written for the test
  { origin: 'written', span: '١٬٠٤٦', expected: { value: 1046, precision: 'exact' } }, // written for the test
  { origin: 'written', span: '1,046', expected: { value: 1046, precision: 'exact' } }, // written for the test
  { origin: 'written', span: '1.046', expected: { value: 1046, precision: 'exact' } }, // written for the test
  { origin: 'written', span: '١٫٥ مليون', expected: { value: 1_500_000, precision: 'exact' } }, // written for the test
  { origin: 'written', span: '1.5 million', expected: { value: 1_500_000, precision: 'exact' } }, // written for the test
  { origin: 'written', span: '2.5 مليون', expected: { value: 2_500_000, precision: 'exact' } }, // written for the test
  { origin: 'written', span: '3 آلاف', expected: { value: 3000, precision: 'exact' } }, // written for the test
  { origin: 'written', span: '100 ألف', expected: { value: 100_000, precision: 'exact' } }, // written for the test
  // written for the test: Arabic qualifiers
  {
    origin: 'written',
    span: 'أكثر من 20 قتيلاً',
    expected: { value: 20, precision: 'at_least', category: 'killed' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'ما يزيد عن 100 شخص',
    expected: { value: 100, precision: 'at_least', victims: 'unknown' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'نحو 50 مدنياً',
    expected: { value: 50, precision: 'approximate', victims: 'civilians' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'حوالي 30 جريحاً',
    expected: { value: 30, precision: 'approximate', category: 'injured' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'قرابة 200 معتقل',
    expected: { value: 200, precision: 'approximate', category: 'detained' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'زهاء ألف نازح',
    expected: { value: 1000, precision: 'approximate', category: 'displaced' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'ما لا يقل عن 15 شخصاً',
    expected: { value: 15, precision: 'at_least', victims: 'unknown' },
  },
  // written for the test
  {
    origin: 'written',
    span: '15 قتيلاً على الأقل',
    expected: { value: 15, precision: 'at_least', category: 'killed' },
  },
  // written for the test
  { origin: 'written', span: 'لا يقل عن عشرة', expected: { value: 10, precision: 'at_least' } },
  // written for the test
  { origin: 'written', span: 'أقل من عشرة', expected: { value: 10, precision: 'at_most' } },
  // written for the test
  { origin: 'written', span: 'ما يصل إلى 300', expected: { value: 300, precision: 'at_most' } },
  // written for the test
  {
    origin: 'written',
    span: 'حتى 40 شخصاً',
    expected: { value: 40, precision: 'at_most', victims: 'unknown' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'ما يقارب 70 قتيلا',
    expected: { value: 70, precision: 'approximate', category: 'killed' },
  },
  // written for the test: alef maqsura spelling of حوالي
  { origin: 'written', span: 'حوالى 12', expected: { value: 12, precision: 'approximate' } },
  // written for the test: a proclitic on the qualifier
  { origin: 'written', span: 'بنحو 60', expected: { value: 60, precision: 'approximate' } },
  // written for the test: Arabic ranges
  {
    origin: 'written',
    span: 'من 10 إلى 15 قتيلاً',
    expected: { low: 10, best: 10, high: 15, precision: 'approximate', category: 'killed' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'بين 10 و15 جريحاً',
    expected: { low: 10, best: 10, high: 15, precision: 'approximate', category: 'injured' },
  },
  // written for the test: و + a unit after a unit is a range after بين, not one number
  {
    origin: 'written',
    span: 'بين خمسة وعشرة',
    expected: { low: 5, best: 5, high: 10, precision: 'approximate' },
  },
  // written for the test: after بين, "خمسة وعشرين" is five to twenty
  {
    origin: 'written',
    span: 'بين خمسة وعشرين قتيلا',
    expected: { low: 5, best: 5, high: 20, precision: 'approximate', category: 'killed' },
  },
  // written for the test: "من بين" is "among": twenty-five
  {
    origin: 'written',
    span: 'من بين خمسة وعشرين قتيلا',
    expected: { value: 25, precision: 'exact', category: 'killed' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'اثنين أو ثلاثة',
    expected: { low: 2, best: 2, high: 3, precision: 'approximate' },
  },
  // written for the test: Arabic vague quantities
  {
    origin: 'written',
    span: 'عشرات القتلى',
    expected: { value: 12, precision: 'at_least', category: 'killed', vague: 'dozens' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'مئات الجرحى',
    expected: { value: 100, precision: 'at_least', category: 'injured', vague: 'hundreds' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'آلاف النازحين',
    expected: { value: 1000, precision: 'at_least', category: 'displaced', vague: 'thousands' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'عشرات الآلاف من النازحين',
    expected: { value: 10_000, precision: 'at_least', category: 'displaced', vague: 'tens_of_thousands' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'عدة أشخاص',
    expected: { value: 3, precision: 'at_least', victims: 'unknown', vague: 'several' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'بضعة جنود',
    expected: { value: 3, precision: 'approximate', victims: 'combatants', vague: 'a_few' },
  },
  // written for the test: ب + ال on a vague word
  { origin: 'written', span: 'بالعشرات', expected: { value: 12, precision: 'at_least', vague: 'dozens' } },
  // written for the test: Arabic categories and victims
  {
    origin: 'written',
    span: 'لقي 5 أشخاص حتفهم',
    expected: { value: 5, precision: 'exact', category: 'killed', victims: 'unknown' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'مصرع ثلاثة عناصر',
    expected: { value: 3, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'استشهاد 4 أطفال',
    expected: { value: 4, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'إصابة 12 مدنياً',
    expected: { value: 12, precision: 'exact', category: 'injured', victims: 'civilians' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'أصيب 7 جنود',
    expected: { value: 7, precision: 'exact', category: 'injured', victims: 'combatants' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'القبض على 6 مطلوبين',
    expected: { value: 6, precision: 'exact', category: 'detained' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'أسر 3 مقاتلين',
    expected: { value: 3, precision: 'exact', category: 'detained', victims: 'combatants' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'فقدان 9 صيادين',
    expected: { value: 9, precision: 'exact', category: 'missing' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'نزوح 300 عائلة',
    expected: { value: 300, precision: 'exact', category: 'displaced' },
  },
  // written for the test: a damma on قُتل
  {
    origin: 'written',
    span: 'قُتل 3 مسلحين',
    expected: { value: 3, precision: 'exact', category: 'killed', victims: 'combatants' },
  },
  // written for the test
  { origin: 'written', span: '١٢ قتيلاً', expected: { value: 12, precision: 'exact', category: 'killed' } },
  // written for the test
  { origin: 'written', span: '٧ جرحى', expected: { value: 7, precision: 'exact', category: 'injured' } },
  // written for the test
  {
    origin: 'written',
    span: 'ثلاثة معتقلين',
    expected: { value: 3, precision: 'exact', category: 'detained' },
  },
  // written for the test: duals
  { origin: 'written', span: 'سقوط قتيلين', expected: { value: 2, precision: 'exact', category: 'killed' } },
  // written for the test
  { origin: 'written', span: 'جريحين', expected: { value: 2, precision: 'exact', category: 'injured' } },
  // written for the test
  {
    origin: 'written',
    span: 'مقتل شخصين',
    expected: { value: 2, precision: 'exact', category: 'killed', victims: 'unknown' },
  },
  // written for the test: واحد follows its noun
  {
    origin: 'written',
    span: 'مقتل مدني واحد',
    expected: { value: 1, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // written for the test: proclitics on the casualty word
  { origin: 'written', span: 'بمقتل 5', expected: { value: 5, precision: 'exact', category: 'killed' } },
  // written for the test
  {
    origin: 'written',
    span: 'وإصابة ثلاثة',
    expected: { value: 3, precision: 'exact', category: 'injured' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'ولقي ثلاثة مدنيين حتفهم',
    expected: { value: 3, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // written for the test: two clauses, each figure gets its own category
  {
    origin: 'written',
    span: 'خمسة',
    before: 'مقتل ',
    after: ' وإصابة عشرة',
    expected: { value: 5, precision: 'exact', category: 'killed' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'عشرة',
    before: 'مقتل خمسة وإصابة ',
    expected: { value: 10, precision: 'exact', category: 'injured' },
  },
  // written for the test
  {
    origin: 'written',
    span: '5 قتلى',
    after: ' و10 جرحى',
    expected: { value: 5, precision: 'exact', category: 'killed' },
  },
  // written for the test
  {
    origin: 'written',
    span: '10',
    before: '5 قتلى و',
    after: ' جرحى',
    expected: { value: 10, precision: 'exact', category: 'injured' },
  },
  // written for the test: the agent after بنيران is not the victims
  {
    origin: 'written',
    span: 'خمسة مدنيين',
    before: 'مقتل ',
    after: ' بنيران قوات النظام',
    expected: { value: 5, precision: 'exact', category: 'killed', victims: 'civilians' },
  },
  // written for the test
  {
    origin: 'written',
    span: '5',
    before: 'مقتل ',
    after: ' بنيران قوات النظام',
    expected: { value: 5, precision: 'exact', category: 'killed' },
  },
  // written for the test: no figure
  { origin: 'written', span: 'قتلى', expected: null },
  // written for the test
  { origin: 'written', span: 'المدنيين', expected: null },
  // written for the test: weekdays, not numbers
  { origin: 'written', span: 'يوم الأحد', expected: null },
  // written for the test
  { origin: 'written', span: 'يوم الاثنين', expected: null },

  // ── Written for the test: English ──────────────────────────────────────────────────────────────────────
  { origin: 'written', span: 'one', expected: { value: 1, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'fifteen', expected: { value: 15, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'nineteen', expected: { value: 19, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'twenty-one', expected: { value: 21, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'twenty one', expected: { value: 21, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'a hundred', expected: { value: 100, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'one hundred', expected: { value: 100, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'two hundred and five', expected: { value: 205, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'a thousand', expected: { value: 1000, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'three thousand', expected: { value: 3000, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'one thousand two hundred', expected: { value: 1200, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'a dozen', expected: { value: 12, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'two dozen', expected: { value: 24, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'half a dozen', expected: { value: 6, precision: 'exact' } }, // written for the test
  { origin: 'written', span: 'one million', expected: { value: 1_000_000, precision: 'exact' } }, // written for the test
  { origin: 'written', span: '2 million', expected: { value: 2_000_000, precision: 'exact' } }, // written for the test
  { origin: 'written', span: '10 thousand', expected: { value: 10_000, precision: 'exact' } }, // written for the test
  // written for the test: English qualifiers
  { origin: 'written', span: 'fewer than 10', expected: { value: 10, precision: 'at_most' } },
  { origin: 'written', span: 'less than 5', expected: { value: 5, precision: 'at_most' } }, // written for the test
  { origin: 'written', span: 'up to 300', expected: { value: 300, precision: 'at_most' } }, // written for the test
  { origin: 'written', span: 'almost 50', expected: { value: 50, precision: 'approximate' } }, // written for the test
  { origin: 'written', span: 'approximately 40', expected: { value: 40, precision: 'approximate' } }, // written for the test
  { origin: 'written', span: 'roughly 25', expected: { value: 25, precision: 'approximate' } }, // written for the test
  { origin: 'written', span: 'no fewer than 8', expected: { value: 8, precision: 'at_least' } }, // written for the test
  { origin: 'written', span: '50 or more', expected: { value: 50, precision: 'at_least' } }, // written for the test
  { origin: 'written', span: '50+', expected: { value: 50, precision: 'at_least' } }, // written for the test
  // written for the test: English ranges
  {
    origin: 'written',
    span: 'between 10 and 15',
    expected: { low: 10, best: 10, high: 15, precision: 'approximate' },
  },
  {
    origin: 'written',
    span: '10 to 15',
    expected: { low: 10, best: 10, high: 15, precision: 'approximate' },
  }, // written for the test
  { origin: 'written', span: '10–15', expected: { low: 10, best: 10, high: 15, precision: 'approximate' } }, // written for the test
  {
    origin: 'written',
    span: 'two or three',
    expected: { low: 2, best: 2, high: 3, precision: 'approximate' },
  }, // written for the test
  // written for the test: English vague quantities
  { origin: 'written', span: 'several', expected: { value: 3, precision: 'at_least', vague: 'several' } },
  { origin: 'written', span: 'a few', expected: { value: 3, precision: 'approximate', vague: 'a_few' } }, // written for the test
  {
    origin: 'written',
    span: 'a couple of',
    expected: { value: 2, precision: 'approximate', vague: 'a_couple' },
  }, // written for the test
  { origin: 'written', span: 'tens', expected: { value: 10, precision: 'at_least', vague: 'tens' } }, // written for the test
  {
    origin: 'written',
    span: 'thousands',
    expected: { value: 1000, precision: 'at_least', vague: 'thousands' },
  }, // written for the test
  // written for the test
  {
    origin: 'written',
    span: 'tens of thousands',
    expected: { value: 10_000, precision: 'at_least', vague: 'tens_of_thousands' },
  },
  // written for the test
  {
    origin: 'written',
    span: 'hundreds of thousands',
    expected: { value: 100_000, precision: 'at_least', vague: 'hundreds_of_thousands' },
  },
  // written for the test: English categories
  { origin: 'written', span: '3 arrested', expected: { value: 3, precision: 'exact', category: 'detained' } },
  // written for the test
  {
    origin: 'written',
    span: 'captured 12 soldiers',
    expected: { value: 12, precision: 'exact', category: 'detained', victims: 'combatants' },
  },
  { origin: 'written', span: '5 missing', expected: { value: 5, precision: 'exact', category: 'missing' } }, // written for the test
  {
    origin: 'written',
    span: '2,000 displaced',
    expected: { value: 2000, precision: 'exact', category: 'displaced' },
  }, // written for the test
  {
    origin: 'written',
    span: '1,200 fled',
    expected: { value: 1200, precision: 'exact', category: 'displaced' },
  }, // written for the test
  { origin: 'written', span: '4 hurt', expected: { value: 4, precision: 'exact', category: 'injured' } }, // written for the test
  // written for the test: the agent after "by" is not the victims
  {
    origin: 'written',
    span: '5 killed',
    after: ' by regime forces',
    expected: { value: 5, precision: 'exact', category: 'killed' },
  },
  // written for the test: no figure
  { origin: 'written', span: 'no one', after: ' was killed', expected: null },
  { origin: 'written', span: 'SY24', expected: null }, // written for the test: digits glued to Latin letters
  { origin: 'written', span: '16th', expected: null }, // written for the test: an ordinal
  { origin: 'written', span: 'the SDF', expected: null }, // written for the test
  { origin: 'written', span: '', expected: null }, // written for the test
  { origin: 'written', span: 'casualties', expected: null }, // written for the test
];
