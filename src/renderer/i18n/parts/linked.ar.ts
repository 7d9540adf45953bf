import type { Catalogue } from '../en';
import { arabicPlural } from './arabicPlural';
import type { linkedEn } from './linked.en';

// Names are isolated by the components (<bdi>); here they sit in «» like other quoted names.
export const linkedAr: Pick<Catalogue, keyof typeof linkedEn> = {
  annotationFilter: {
    byActor: 'التصفية حسب الفاعل المرتبط',
    allActors: 'كل الفاعلين المرتبطين',
    byPlace: 'التصفية حسب المكان المرتبط',
    allPlaces: 'كل الأماكن المرتبطة',
  },
  linkedAnnotations: {
    find: 'البحث عن الوسوم',
    findForActor: 'البحث عن الوسوم المرتبطة بـ{{name}}',
    findForPlace: 'البحث عن الوسوم المرتبطة بـ{{name}}',
    heading: 'الوسوم المرتبطة بـ«{{name}}»',
    list: 'الوسوم المرتبطة',
    loading: 'جارٍ البحث عن الوسوم المرتبطة…',
    none: 'لا يرتبط به أي وسم في هذه المكتبة.',
    ...arabicPlural('found', {
      zero: 'لا وسوم في {{documents}}.',
      one: 'وسم واحد في {{documents}}.',
      two: 'وسمان في {{documents}}.',
      few: '{{count}} وسوم في {{documents}}.',
      many: '{{count}} وسمًا في {{documents}}.',
      other: '{{count}} وسم في {{documents}}.',
    }),
    ...arabicPlural('documents', {
      zero: '{{count}} مستند',
      one: 'مستند واحد',
      two: 'مستندين',
      few: '{{count}} مستندات',
      many: '{{count}} مستندًا',
      other: '{{count}} مستند',
    }),
    firstOf: 'تُعرض أول {{shown}} من {{total}}.',
    keys: 'اختر وسمًا لفتح مستنده مع تحديد الوسم.',
    close: 'إغلاق',
  },
};
