import { useEffect, useRef } from 'react';

interface Props {
  message: string | null;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A modal yes/no question (role alertdialog); Escape or Cancel says no. */
export function ConfirmDialog({ message, confirmLabel, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (message && !element.open) element.showModal();
    if (!message && element.open) element.close();
  }, [message]);
  return (
    <dialog ref={dialog} role="alertdialog" aria-label="Confirm" className="dialog" onClose={onCancel}>
      <p>{message}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
