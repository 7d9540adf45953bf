import type { Catalogue } from '../en';
import type { backupsEn } from './backups.en';

// Counts read "N من المستندات" ("N of documents"): correct Arabic for any number, without plural agreement.
export const backupsAr: Pick<Catalogue, keyof typeof backupsEn> = {
  backups: {
    heading: 'النسخ الاحتياطية',
    scheduled: 'تلقائية',
    'before-import': 'قبل استيراد',
    'before-upgrade': 'قبل ترقية',
    'before-delete-project': 'قبل حذف مشروع',
    manual: 'يدوية',
    loss: 'تحتوي المكتبة على {{documents}} من المستندات و{{spans}} من الوسوم، لكنها عند آخر حفظ ({{when}}) كانت تحتوي على {{savedDocuments}} من المستندات و{{savedSpans}} من الوسوم. ربما فُقدت قاعدة البيانات أو تضرّرت.',
    restoreNewest: 'أتريد استعادة أحدث نسخة احتياطية أدناه؟',
    noneFound: 'لم يُعثر على أي نسخة احتياطية.',
    unavailable:
      'النسخ الاحتياطية غير متاحة في هذا المتصفح. استخدم «تصدير JSON» بانتظام للاحتفاظ بنسخة من عملك.',
    keptIn:
      'تُحفظ النسخ الاحتياطية في \u2068{{where}}\u2069: أحدث عشرين نسخة، تؤخذ كل بضع دقائق أثناء العمل وقبل كل استيراد وقبل حذف أي مشروع.',
    replace:
      'أتريد استبدال المكتبة كلها بالنسخة الاحتياطية المأخوذة في {{when}}؟ سيضيع ما أُنجز منذ ذلك الحين.',
    replaceCounted:
      'أتريد استبدال المكتبة كلها بالنسخة الاحتياطية المأخوذة في {{when}} ({{documents}} من المستندات، {{spans}} من الوسوم)؟ سيضيع ما أُنجز منذ ذلك الحين.',
    cancel: 'إلغاء',
    replaceLibrary: 'استبدال المكتبة',
    list: 'النسخ الاحتياطية',
    counts: '{{documents}} من المستندات، {{spans}} من الوسوم',
    restore: 'استعادة',
    none: 'لا توجد نسخ احتياطية بعد.',
    backUpNow: 'نسخ احتياطي الآن',
    keepLibrary: 'إبقاء المكتبة كما هي',
    close: 'إغلاق',
  },
};
