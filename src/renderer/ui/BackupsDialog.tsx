import { useEffect, useRef, useState } from 'react';
import type { BackupInfo } from '../../shared/ipc';
import type { SuspectedLoss } from './useBackups';

interface Props {
  open: boolean;
  available: boolean;
  where: string;
  backups: readonly BackupInfo[];
  loss: SuspectedLoss | null;
  onBackUp(): void;
  onRestore(name: string): void;
  onClose(): void;
}

const REASONS: Record<BackupInfo['reason'], string> = {
  scheduled: 'automatic',
  'before-import': 'before an import',
  'before-upgrade': 'before an upgrade',
  manual: 'by hand',
};

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

/** "Backups…": back up now, or restore one (replacing the library, after a confirmation). */
export function BackupsDialog({
  open,
  available,
  where,
  backups,
  loss,
  onBackUp,
  onRestore,
  onClose,
}: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
    if (!open) setConfirming(null);
  }, [open]);

  return (
    <dialog ref={dialog} aria-labelledby="backups-heading" className="dialog" onClose={onClose}>
      <h2 id="backups-heading">Backups</h2>
      {loss && (
        <div role="alert" className="error">
          <p>
            The library holds {loss.found.documents} documents and {loss.found.spans} annotations, but at its
            last save ({when(loss.sentinel.lastWriteAt)}) it held {loss.sentinel.documents} documents and{' '}
            {loss.sentinel.spans} annotations. The database may have been lost or damaged.
          </p>
          <p>{backups.length > 0 ? 'Restore the newest backup below?' : 'No backup was found.'}</p>
        </div>
      )}
      {!available ? (
        <p>
          Backups are not available in this browser. Use “Export JSON” regularly to keep a copy of your work.
        </p>
      ) : (
        <>
          <p className="hint">
            Backups are kept in {where}: the newest twenty, taken every few minutes while you work and before
            every import.
          </p>
          {confirming ? (
            <div className="confirm-restore">
              <p>
                Replace the whole library with the backup of {when(confirming.createdAt)}
                {confirming.documents !== null
                  ? ` (${confirming.documents} documents, ${confirming.spans} annotations)`
                  : ''}
                ? Work done since then will be lost.
              </p>
              <div className="dialog-actions">
                <button type="button" onClick={() => setConfirming(null)}>
                  Cancel
                </button>
                <button type="button" className="danger" onClick={() => onRestore(confirming.name)}>
                  Replace the library
                </button>
              </div>
            </div>
          ) : (
            <ul aria-label="Backups" className="backup-list">
              {backups.map((backup) => (
                <li key={backup.name}>
                  <span>
                    {when(backup.createdAt)} · {REASONS[backup.reason]}
                    {backup.documents !== null
                      ? ` · ${backup.documents} documents, ${backup.spans} annotations`
                      : ''}
                  </span>
                  <button type="button" onClick={() => setConfirming(backup)}>
                    Restore
                  </button>
                </li>
              ))}
              {backups.length === 0 && <li>No backups yet.</li>}
            </ul>
          )}
        </>
      )}
      <div className="dialog-actions">
        {available && (
          <button type="button" onClick={onBackUp}>
            Back up now
          </button>
        )}
        <button type="button" onClick={onClose}>
          {loss ? 'Keep the library as it is' : 'Close'}
        </button>
      </div>
    </dialog>
  );
}
