import { type RefObject, useEffect, useRef } from 'react';

/**
 * A `<dialog>` shown as a modal while `open`, closed otherwise: the returned ref goes on the element. `onOpening`
 * runs just before it opens (to start a form from the current values), with the values of the latest render.
 *
 * The dialogs render their content only while open (`{open && …}`): the window re-renders on every change
 * (a tag, a selection), and at 10,000 spans every closed dialog rendered for nothing added to it (issue 4).
 */
export function useModalDialog(open: boolean, onOpening?: () => void): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  const opening = useRef(onOpening);
  opening.current = onOpening;
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opening.current?.();
      element.showModal();
    } else if (!open && element.open) element.close();
  }, [open]);
  return dialog;
}
