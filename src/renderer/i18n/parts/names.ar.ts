import type { Catalogue } from '../en';
import type { namesEn } from './names.en';

export const namesAr: Pick<Catalogue, keyof typeof namesEn> = {
  labels: {
    actor: 'فاعل',
    place: 'مكان',
    casualty_count: 'عدد الضحايا',
  },
  statuses: {
    todo: 'للإنجاز',
    in_progress: 'قيد العمل',
    done: 'منجز',
    needs_review: 'بحاجة إلى مراجعة',
  },
  orders: {
    imported: 'ترتيب الاستيراد',
    'imported-newest': 'الأحدث استيرادًا أولًا',
    title: 'العنوان',
    'date-newest': 'التاريخ، الأحدث أولًا',
    'date-oldest': 'التاريخ، الأقدم أولًا',
    source: 'المصدر',
    status: 'الحالة',
    'annotations-most': 'الأكثر وسومًا',
    'annotations-fewest': 'الأقل وسومًا',
  },
};
