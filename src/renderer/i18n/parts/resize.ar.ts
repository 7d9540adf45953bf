import type { Catalogue } from '../en';
import type { resizeEn } from './resize.en';

// "Start" and "end" are the annotation's reading order: in Arabic text the start is on the right.
export const resizeAr: Pick<Catalogue, keyof typeof resizeEn> = {
  resize: {
    region: 'تغيير حدود الوسم',
    extendStart: 'مدّ البداية',
    shrinkStart: 'تقليص البداية',
    shrinkEnd: 'تقليص النهاية',
    extendEnd: 'مدّ النهاية',
    toSelection: 'ضبط الوسم على التحديد',
    keys: 'تحرّك Alt مع الأسهم البداية، وShift+Alt مع الأسهم النهاية (ومع Ctrl: كلمةً كلمة). أو حدّد نصًا واضغط R.',
    resized: 'غُيّرت حدود الوسم إلى «{{text}}».',
    cannotShrink: 'لا يمكن تقصير الوسم أكثر.',
    cannotGrow: 'لا يمكن مدّ الوسم أكثر.',
  },
};
