/** Resizing the selected annotation (ui/ResizeControls.tsx, ui/useResizing.ts). */
export const resizeEn = {
  resize: {
    region: 'Resize annotation',
    extendStart: 'Extend start',
    shrinkStart: 'Shrink start',
    shrinkEnd: 'Shrink end',
    extendEnd: 'Extend end',
    toSelection: 'Resize to selection',
    keys: 'Alt+arrows move the start, Shift+Alt+arrows the end (with Ctrl: by word). Or select text and press R.',
    resized: 'Resized the annotation to “{{text}}”.',
    cannotShrink: 'The annotation cannot get shorter.',
    cannotGrow: 'The annotation cannot grow further.',
  },
} as const;
