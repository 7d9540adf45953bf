import type { Catalogue } from '../en';
import { arabicPlural, sameForEveryCount } from './arabicPlural';
import type { libraryEn } from './library.en';

export const libraryAr: Pick<Catalogue, keyof typeof libraryEn> = {
  documentList: {
    filter: 'تصفية المستندات',
    show: 'عرض المستندات',
    all: 'كل المستندات',
    shownOf: '{{shown}} من {{total}}',
    sort: 'الترتيب',
    sortDocuments: 'ترتيب المستندات',
    documentsDone: 'المستندات المنجزة',
    doneOf: 'أُنجز {{done}} من {{total}}',
    readingLibrary: 'جارٍ قراءة المكتبة…',
    countSeparator: '، ',
    ...arabicPlural('annotationsAfterCount', {
      zero: ' وسوم',
      one: ' وسم',
      two: ' وسمان',
      few: ' وسوم',
      many: ' وسمًا',
      other: ' وسم',
    }),
    delete: 'حذف {{title}}',
  },
  tagToolbar: {
    region: 'وسم التحديد',
  },
  confirm: {
    region: 'تأكيد',
    cancel: 'إلغاء',
    delete: 'حذف',
    // The count in brackets: the sentence reads the same for any number of annotations.
    ...sameForEveryCount(
      'deleteDocument',
      'أتريد حذف «\u2068{{title}}\u2069» ووسومه ({{count}})؟ لا يمكن التراجع عن ذلك.',
    ),
  },
  newFromText: {
    heading: 'جديد من نص',
    title: 'العنوان',
    text: 'النص',
    pastedPage: 'لُصق نص المقالة من صفحة ويب (دون الترميز وحشو الصفحة).',
    cancel: 'إلغاء',
    create: 'إنشاء',
  },
  details: {
    heading: 'تفاصيل المستند',
    title: 'العنوان',
    source: 'المصدر',
    sourceHint: 'الوسيلة أو الموقع، مثل SY24',
    byline: 'الكاتب',
    url: 'الرابط',
    publishedAt: 'تاريخ النشر',
    publishedAtHint: 'كما يذكره المصدر؛ بصيغة YYYY-MM-DD إن عُرف',
    lang: 'اللغة',
    langHint: 'رمز لغة مثل ar أو en أو fr',
    cancel: 'إلغاء',
    save: 'حفظ التفاصيل',
  },
};
