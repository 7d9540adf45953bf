import type { Catalogue } from '../en';
import { arabicPlural, sameForEveryCount } from './arabicPlural';
import type { intakeEn } from './intake.en';

export const intakeAr: Pick<Catalogue, keyof typeof intakeEn> = {
  importDialog: {
    heading: 'استيراد',
    progress: 'تقدّم الاستيراد',
    reading: 'قراءة {{number}} من {{total}}',
    saving: 'حفظ {{number}} من {{total}}',
    cancelImport: 'إلغاء الاستيراد',
    ...arabicPlural('documents', {
      zero: 'لا مستندات',
      one: 'مستند واحد',
      two: 'مستندان',
      few: '{{count}} مستندات',
      many: '{{count}} مستندًا',
      other: '{{count}} مستند',
    }),
    ...arabicPlural('files', {
      zero: 'لا ملفات',
      one: 'ملف واحد',
      // After «من»: genitive.
      two: 'ملفين',
      few: '{{count}} ملفات',
      many: '{{count}} ملفًا',
      other: '{{count}} ملف',
    }),
    summary: '{{documents}} من {{files}}.',
    ...arabicPlural('hiddenLeftOut', {
      one: 'استُبعد ملف مخفي واحد في المجلد.',
      two: 'استُبعد ملفان مخفيان في المجلد.',
      few: 'استُبعدت {{count}} ملفات مخفية في المجلد.',
      many: 'استُبعد {{count}} ملفًا مخفيًا في المجلد.',
      other: 'استُبعد {{count}} ملف مخفي في المجلد.',
    }),
    refusal: 'تعذّر فتح «\u2068{{name}}\u2069»: \u2068{{reason}}\u2069.',
    nothingUntilRemoved: 'لن يُستورد شيء حتى تُزال هذه الملفات من التحديد.',
    warnings: 'تحذيرات الاستيراد',
    cancel: 'إلغاء',
    ...arabicPlural('importDocuments', {
      one: 'استيراد مستند واحد',
      two: 'استيراد مستندين',
      few: 'استيراد {{count}} مستندات',
      many: 'استيراد {{count}} مستندًا',
      other: 'استيراد {{count}} مستند',
    }),
    encoding: 'الترميز',
    arabicEncoding: '{{name}} (عربي)',
    guessed: 'ترميز مُخمَّن: تحقّق من أن المعاينة تُقرأ صحيحة.',
    textColumn: 'عمود النص',
    titleColumn: 'عمود العنوان',
    sourceColumn: 'عمود المصدر',
    dateColumn: 'عمود التاريخ',
    urlColumn: 'عمود الرابط',
    noColumn: '(لا شيء)',
    column: 'العمود {{number}}',
    ...sameForEveryCount('previewOfFirst', 'معاينة أول مستند من أصل {{count}}:'),
    previewOfOne: 'معاينة المستند:',
    previewOf: 'معاينة {{name}}',
  },
};
