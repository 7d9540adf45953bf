import type { Catalogue } from './en';
import { agreementAr } from './parts/agreement.ar';
import { annotationsAr } from './parts/annotations.ar';
import { backupsAr } from './parts/backups.ar';
import { codingAr } from './parts/coding.ar';
import { datasetsAr } from './parts/datasets.ar';
import { eventsAr } from './parts/events.ar';
import { intakeAr } from './parts/intake.ar';
import { libraryAr } from './parts/library.ar';
import { linkedAr } from './parts/linked.ar';
import { messagesAr } from './parts/messages.ar';
import { namesAr } from './parts/names.ar';
import { placesAr } from './parts/places.ar';
import { projectsAr } from './parts/projects.ar';
import { reasonsAr } from './parts/reasons.ar';
import { resizeAr } from './parts/resize.ar';
import { statisticsAr } from './parts/statistics.ar';
import { storageErrorsAr } from './parts/storageErrors.ar';
import { suggestionsAr } from './parts/suggestions.ar';

/** The interface's Arabic strings (Modern Standard Arabic, as a Syrian researcher's tools would read). */
export const ar: Catalogue = {
  library: {
    region: 'المكتبة',
    documents: 'المستندات',
    newFromText: 'جديد من نص…',
    open: 'فتح…',
    exportJson: 'تصدير JSON',
    export: 'تصدير…',
    importDataset: 'استيراد مجموعة بيانات…',
    backups: 'النسخ الاحتياطية…',
    preferences: 'التفضيلات…',
    agreement: 'الاتفاق بين المرمّزين…',
    statistics: 'الإحصاءات…',
    openDatasetFiles: 'فتح ملفات مجموعة البيانات',
    openTextFiles: 'فتح ملفات نصية',
    dropHere: 'أفلت المقالات أو المجلدات هنا لاستيرادها',
  },
  document: {
    status: 'الحالة',
    undo: 'تراجع',
    redo: 'إعادة',
    editDetails: 'تعديل التفاصيل…',
    rightToLeft: 'من اليمين إلى اليسار',
    exportDocumentJson: 'تصدير المستند JSON',
    noneOpen: 'لا يوجد مستند مفتوح. استخدم «جديد من نص…» أو «فتح…».',
    loading: 'جارٍ التحميل…',
    upgrading:
      'جارٍ ترقية المكتبة لهذا الإصدار من Spanlight (أُخذت نسخة احتياطية أولًا). قد تستغرق المكتبة الكبيرة دقيقة.',
  },
  preferences: {
    language: 'لغة الواجهة',
    system: 'لغة النظام ({{language}})',
    fontSize: 'حجم الخط',
    fontSizeDefault: '{{size}} (الافتراضي)',
    theme: 'المظهر',
    themes: { system: 'حسب النظام', light: 'فاتح', dark: 'داكن' },
    exportFormat: 'صيغة التصدير الافتراضية',
    heading: 'التفضيلات',
    annotator: 'اسم المرمّز',
    annotatorHint: 'يُسجَّل على كل وسم تضعه ويُصدَّر معه.',
    cancel: 'إلغاء',
    save: 'حفظ التفضيلات',
  },
  ...namesAr,
  ...libraryAr,
  ...intakeAr,
  ...backupsAr,
  ...messagesAr,
  ...statisticsAr,
  ...agreementAr,
  ...annotationsAr,
  ...linkedAr,
  ...reasonsAr,
  ...resizeAr,
  ...eventsAr,
  ...suggestionsAr,
  ...datasetsAr,
  ...placesAr,
  ...codingAr,
  ...projectsAr,
  ...storageErrorsAr,
};
