import type { Catalogue } from '../en';
import { arabicPlural } from './arabicPlural';
import type { suggestionsEn } from './suggestions.en';

// A suggestion is an اقتراح (اقتراحات); the matched text and titles are isolated (FSI…PDI) inside «».
export const suggestionsAr: Pick<Catalogue, keyof typeof suggestionsEn> = {
  suggestions: {
    map: 'الخريطة…',
    heading: 'الاقتراحات',
    tagAllTitle: 'اقتراح المواضع الأخرى لـ«\u2068{{text}}\u2069» في هذا المستند',
    selectFirst: 'حدّد وسمًا أولًا',
    tagAll: 'وسم كل المواضع',
    tagAllInLibrary: 'وسم الكل في المكتبة',
    suggestNames: 'اقتراح أسماء',
    none: 'لا اقتراحات.',
    acceptAll: 'قبول الكل',
    rejectAll: 'رفض الكل',
    pending: 'الاقتراحات المعلّقة',
    occurrence: 'موضع آخر لـ«\u2068{{matched}}\u2069»',
    actor: 'سجل الفاعلين: «\u2068{{matched}}\u2069»',
    place: 'اسم مكان: «\u2068{{matched}}\u2069»',
    elsewhere: ' في «\u2068{{title}}\u2069»',
    anotherDocument: 'مستند آخر',
    // The keys stay Latin: they are the keys pressed.
    item: '\u2068{{text}}\u2069، {{label}}{{elsewhere}}. A للقبول، R للرفض.',
    accept: 'قبول',
    reject: 'رفض',
  },
  suggestionMessages: {
    ...arabicPlural('occurrencesInDocument', {
      zero: 'لم يُقترح أي موضع آخر لـ«\u2068{{text}}\u2069» في هذا المستند.',
      one: 'اقتُرح موضع آخر واحد لـ«\u2068{{text}}\u2069» في هذا المستند.',
      two: 'اقتُرح موضعان آخران لـ«\u2068{{text}}\u2069» في هذا المستند.',
      few: 'اقتُرحت {{count}} مواضع أخرى لـ«\u2068{{text}}\u2069» في هذا المستند.',
      many: 'اقتُرح {{count}} موضعًا آخر لـ«\u2068{{text}}\u2069» في هذا المستند.',
      other: 'اقتُرح {{count}} موضع آخر لـ«\u2068{{text}}\u2069» في هذا المستند.',
    }),
    ...arabicPlural('occurrencesInLibrary', {
      zero: 'لم يُقترح أي موضع آخر لـ«\u2068{{text}}\u2069» في المكتبة.',
      one: 'اقتُرح موضع آخر واحد لـ«\u2068{{text}}\u2069» في المكتبة.',
      two: 'اقتُرح موضعان آخران لـ«\u2068{{text}}\u2069» في المكتبة.',
      few: 'اقتُرحت {{count}} مواضع أخرى لـ«\u2068{{text}}\u2069» في المكتبة.',
      many: 'اقتُرح {{count}} موضعًا آخر لـ«\u2068{{text}}\u2069» في المكتبة.',
      other: 'اقتُرح {{count}} موضع آخر لـ«\u2068{{text}}\u2069» في المكتبة.',
    }),
    ...arabicPlural('preAnnotated', {
      zero: 'لم يُقترح أي وسم من سجل الفاعلين وأسماء الأماكن.',
      one: 'اقتُرح وسم واحد من سجل الفاعلين وأسماء الأماكن.',
      two: 'اقتُرح وسمان من سجل الفاعلين وأسماء الأماكن.',
      few: 'اقتُرحت {{count}} وسوم من سجل الفاعلين وأسماء الأماكن.',
      many: 'اقتُرح {{count}} وسمًا من سجل الفاعلين وأسماء الأماكن.',
      other: 'اقتُرح {{count}} وسم من سجل الفاعلين وأسماء الأماكن.',
    }),
    // Said for two or more: the number is told, not agreed with.
    savedMany: 'حُفظت الوسوم المقترحة ({{count}}).',
  },
};
