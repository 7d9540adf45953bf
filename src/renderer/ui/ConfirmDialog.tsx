import { useTranslation } from 'react-i18next';
import { useModalDialog } from './useModalDialog';

interface Props {
  message: string | null;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A modal yes/no question (role alertdialog); Escape or Cancel says no. */
export function ConfirmDialog({ message, confirmLabel, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const dialog = useModalDialog(message !== null);
  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-label={t('confirm.region')}
      className="dialog"
      onClose={onCancel}
    >
      {message !== null && (
        <>
          <p>{message}</p>
          <div className="dialog-actions">
            <button type="button" onClick={onCancel}>
              {t('confirm.cancel')}
            </button>
            <button type="button" className="danger" onClick={onConfirm}>
              {confirmLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
