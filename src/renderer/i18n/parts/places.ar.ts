import type { Catalogue } from '../en';
import { arabicPlural } from './arabicPlural';
import type { placesEn } from './places.en';

// Coordinates, ISO codes and source names stay Latin (they are data, read as written).
export const placesAr: Pick<Catalogue, keyof typeof placesEn> = {
  map: {
    heading: 'الخريطة',
    wholeLibrary: 'المكتبة كلها',
    outlinesNotLoaded: 'تعذّر تحميل حدود الخريطة: \u2068{{reason}}\u2069',
    loading: 'جارٍ التحميل…',
    ...arabicPlural('places', {
      zero: 'لا أماكن',
      one: 'مكان واحد',
      two: 'مكانان',
      few: '{{count}} أماكن',
      many: '{{count}} مكانًا',
      other: '{{count}} مكان',
    }),
    image: 'خريطة الأماكن المربوطة: {{described}}',
    list: 'الأماكن على الخريطة',
    ...arabicPlural('annotations', {
      zero: 'لا وسوم',
      one: 'وسم واحد',
      two: 'وسمان',
      few: '{{count}} وسوم',
      many: '{{count}} وسمًا',
      other: '{{count}} وسم',
    }),
    noneLinked: 'لا يوجد وسم مربوط بمكان بعد. اربط وسمًا في «تفاصيل الوسم».',
    attribution: 'الحدود: Natural Earth. الأماكن: GeoNames ‏(CC BY 4.0).',
    close: 'إغلاق',
  },
  placePicker: {
    linkedTo: 'مربوط بـ',
    countrySeparator: '، ',
    unlink: 'فكّ الربط',
    notLinked: 'غير مربوط بمكان بعد.',
    place: 'المكان',
    searching: 'جارٍ البحث في المعجم الجغرافي…',
    found: 'الأماكن التي وُجدت',
    noneFound: 'لم يوجد مكان.',
    inLibrary: ' · في المكتبة',
    precision: 'الدقة',
    attribution: 'الأماكن: GeoNames ‏(CC BY 4.0) وأسماء عربية مُدخلة يدويًا.',
    addPlace: 'إضافة مكان…',
    addForm: 'إضافة مكان',
    name: 'الاسم',
    latitude: 'خط العرض',
    longitude: 'خط الطول',
    country: 'البلد (رمز ISO، اختياري)',
    cancel: 'إلغاء',
    save: 'حفظ المكان',
  },
};
