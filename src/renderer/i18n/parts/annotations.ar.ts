import type { Catalogue } from '../en';
import type { annotationsEn } from './annotations.en';
import { arabicPlural } from './arabicPlural';

// Annotated text and labels are isolated (FSI…PDI): a Latin name inside «» cannot move the Arabic around it.
export const annotationsAr: Pick<Catalogue, keyof typeof annotationsEn> = {
  // The article itself (editor/ArticleView).
  article: {
    text: 'نص المقال',
    keys: 'تحرّك مفاتيح الأسهم مؤشرًا، وتحدّد Shift مع الأسهم، وتسم 1 2 3 التحديد.',
  },
  annotationList: {
    heading: 'الوسوم ({{count}})',
    selected: 'الوسم المحدَّد',
    relabelAs: 'تغيير الفئة إلى {{label}}',
    delete: 'حذف الوسم',
    shownOf: 'يُعرض {{shown}} من {{total}}',
    list: 'الوسوم',
    // The keys' own digits, as on the toolbar's <kbd>.
    tagHint: 'حدّد نصًا في المقال واضغط {{keys}} لوسمه.',
    filter: 'تصفية الوسوم',
    filterByLabel: 'التصفية حسب الفئة',
    allLabels: 'كل الفئات',
  },
  documentSearch: {
    region: 'البحث في هذا المستند',
    input: 'البحث في المستند',
    keys: 'Enter: التطابق التالي؛ Shift+Enter: التطابق السابق؛ Escape: العودة إلى المقال لوسم التطابق.',
    previous: 'التطابق السابق',
    next: 'التطابق التالي',
    noMatches: 'لا تطابقات',
    ...arabicPlural('matches', {
      one: 'تطابق واحد',
      two: 'تطابقان',
      few: '{{count}} تطابقات',
      many: '{{count}} تطابقًا',
      other: '{{count}} تطابق',
    }),
    currentOf: '{{number}} من {{total}}',
  },
  librarySearch: {
    region: 'البحث في المدوّنة',
    input: 'البحث في المكتبة',
    keys: 'اضغط Enter للبحث في كل المستندات. تُتجاهل الحركات وصور الهمزة والسوابق مثل و ل ب ال.',
    placeholder: 'البحث في المكتبة (Enter)',
    indexing: 'جارٍ فهرسة المكتبة للبحث…',
    searching: 'جارٍ البحث…',
    ...arabicPlural('searchingSoFar', {
      one: 'جارٍ البحث… نتيجة واحدة حتى الآن.',
      two: 'جارٍ البحث… نتيجتان حتى الآن.',
      few: 'جارٍ البحث… {{count}} نتائج حتى الآن.',
      many: 'جارٍ البحث… {{count}} نتيجة حتى الآن.',
      other: 'جارٍ البحث… {{count}} نتيجة حتى الآن.',
    }),
    results: 'نتائج البحث',
    noHits: 'لا نتائج.',
    ...arabicPlural('inDocuments', {
      one: 'في مستند واحد',
      two: 'في مستندين',
      few: 'في {{count}} مستندات',
      many: 'في {{count}} مستندًا',
      other: 'في {{count}} مستند',
    }),
    ...arabicPlural('firstHits', {
      one: 'أول نتيجة {{inDocuments}}؛ ضيّق البحث لترى المزيد.',
      two: 'أول نتيجتين {{inDocuments}}؛ ضيّق البحث لترى المزيد.',
      few: 'أول {{count}} نتائج {{inDocuments}}؛ ضيّق البحث لترى المزيد.',
      many: 'أول {{count}} نتيجة {{inDocuments}}؛ ضيّق البحث لترى المزيد.',
      other: 'أول {{count}} نتيجة {{inDocuments}}؛ ضيّق البحث لترى المزيد.',
    }),
    ...arabicPlural('hits', {
      one: 'نتيجة واحدة {{inDocuments}}.',
      two: 'نتيجتان {{inDocuments}}.',
      few: '{{count}} نتائج {{inDocuments}}.',
      many: '{{count}} نتيجة {{inDocuments}}.',
      other: '{{count}} نتيجة {{inDocuments}}.',
    }),
  },
  annotating: {
    saved: 'حُفظ «\u2068{{text}}\u2069» بوصفه {{label}}.',
    relabelled: 'غُيّرت فئة «\u2068{{text}}\u2069» إلى {{label}}.',
    deleted: 'حُذف الوسم «\u2068{{text}}\u2069».',
    nothingToUndo: 'لا شيء للتراجع عنه.',
    nothingToRedo: 'لا شيء لإعادته.',
    jumped: 'الوسم {{position}} من {{count}}: {{label}} «\u2068{{text}}\u2069».',
    noneToJumpTo: 'لا توسيمات في هذه الوثيقة بعد.',
    undid: {
      add: 'تُراجع عن وسم «\u2068{{text}}\u2069».',
      delete: 'تُراجع عن حذف «\u2068{{text}}\u2069».',
      relabel: 'تُراجع عن تغيير فئة «\u2068{{text}}\u2069».',
      attributes: 'تُراجع عن تعديل أرقام «\u2068{{text}}\u2069».',
      link: 'تُراجع عن ربط «\u2068{{text}}\u2069».',
      resize: 'تُراجع عن تغيير حدود «\u2068{{text}}\u2069».',
    },
    redid: {
      add: 'أُعيد وسم «\u2068{{text}}\u2069».',
      delete: 'أُعيد حذف «\u2068{{text}}\u2069».',
      relabel: 'أُعيد تغيير فئة «\u2068{{text}}\u2069».',
      attributes: 'أُعيد تعديل أرقام «\u2068{{text}}\u2069».',
      link: 'أُعيد ربط «\u2068{{text}}\u2069».',
      resize: 'أُعيد تغيير حدود «\u2068{{text}}\u2069».',
    },
  },
};
