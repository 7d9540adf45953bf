import type { Catalogue } from '../en';
import { arabicPlural } from './arabicPlural';
import type { messagesEn } from './messages.en';

// Titles, file names and reasons (often Latin, from the system or a file) are isolated (FSI…PDI) so a Latin
// title or an English reason does not scramble the Arabic sentence around it.
export const messagesAr: Pick<Catalogue, keyof typeof messagesEn> = {
  messages: {
    created: 'أُنشئ «\u2068{{title}}\u2069».',
    alreadyInLibrary: 'هذا النص موجود في المكتبة باسم «\u2068{{title}}\u2069»؛ فُتح.',
    detailsSaved: 'حُفظت تفاصيل «\u2068{{title}}\u2069».',
    statusSet: 'حالة «\u2068{{title}}\u2069» الآن: {{status}}.',
    deleted: 'حُذف «\u2068{{title}}\u2069».',
    ...arabicPlural('imported', {
      zero: 'لم يُستورد أي مستند',
      one: 'استُورد مستند واحد',
      two: 'استُورد مستندان',
      few: 'استُوردت {{count}} مستندات',
      many: 'استُورد {{count}} مستندًا',
      other: 'استُورد {{count}} مستند',
    }),
    ...arabicPlural('skipped', {
      one: 'تُخطّي مستند واحد موجود في المكتبة',
      two: 'تُخطّي مستندان موجودان في المكتبة',
      few: 'تُخطّيت {{count}} مستندات موجودة في المكتبة',
      many: 'تُخطّي {{count}} مستندًا موجودًا في المكتبة',
      other: 'تُخطّي {{count}} مستند موجود في المكتبة',
    }),
    ...arabicPlural('warnings', {
      one: 'تحذير واحد: \u2068{{warnings}}\u2069',
      two: 'تحذيران: \u2068{{warnings}}\u2069',
      few: '{{count}} تحذيرات: \u2068{{warnings}}\u2069',
      many: '{{count}} تحذيرًا: \u2068{{warnings}}\u2069',
      other: '{{count}} تحذير: \u2068{{warnings}}\u2069',
    }),
    partSeparator: '؛ ',
    refusedNothingImported: '\u2068{{reasons}}\u2069 لم يُستورد شيء.',
    importCancelled: 'أُلغي الاستيراد. لم يُستورد شيء.',
    nothingToImport: 'لا شيء للاستيراد: لا يوجد بين الملفات المُفلتة مقال يستطيع Spanlight فتحه.',
    backupNotWritten: 'تعذّرت كتابة النسخة الاحتياطية: \u2068{{reason}}\u2069. صدّر JSON للاحتفاظ بنسخة.',
    backedUp: 'نُسخ احتياطيًا {{documents}} من المستندات و{{spans}} من الوسوم.',
    backupNotRead: 'تعذّرت قراءة النسخة الاحتياطية: \u2068{{reason}}\u2069. لم تتغيّر المكتبة.',
    backupDamaged: 'النسخة الاحتياطية تالفة (\u2068{{reason}}\u2069). لم تتغيّر المكتبة.',
    restored: 'استُعيد {{documents}} من المستندات و{{spans}} من الوسوم من النسخة الاحتياطية.',
    exported: 'صُدّر \u2068{{file}}\u2069. \u2068{{where}}\u2069.',
    exportFailed: 'فشل التصدير: \u2068{{reason}}\u2069',
    preferencesSaved: 'حُفظت التفضيلات.',
    agreementExported: 'صُدّر تقرير الاتفاق. \u2068{{where}}\u2069.',
  },
};
