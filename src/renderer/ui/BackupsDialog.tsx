import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../shared/ipc';
import { useInterfaceFormat } from '../i18n/useInterfaceFormat';
import type { SuspectedLoss } from './useBackups';
import { useModalDialog } from './useModalDialog';

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
  const { t } = useTranslation();
  const format = useInterfaceFormat();
  // With seconds: backups can be taken within the same minute.
  const when = (iso: string) => format.timestamp(Date.parse(iso), 'medium');
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const dialog = useModalDialog(open);
  // A restore asked for and not confirmed is forgotten when the dialog closes.
  useEffect(() => {
    if (!open) setConfirming(null);
  }, [open]);

  return (
    <dialog ref={dialog} aria-labelledby="backups-heading" className="dialog" onClose={onClose}>
      {open && (
        <>
          <h2 id="backups-heading">{t('backups.heading')}</h2>
          {loss && (
            <div role="alert" className="error">
              <p>
                {t('backups.loss', {
                  documents: loss.found.documents,
                  spans: loss.found.spans,
                  when: when(loss.sentinel.lastWriteAt),
                  savedDocuments: loss.sentinel.documents,
                  savedSpans: loss.sentinel.spans,
                })}
              </p>
              <p>{backups.length > 0 ? t('backups.restoreNewest') : t('backups.noneFound')}</p>
            </div>
          )}
          {!available ? (
            <p>{t('backups.unavailable')}</p>
          ) : (
            <>
              <p className="hint">{t('backups.keptIn', { where })}</p>
              {confirming ? (
                <div className="confirm-restore">
                  <p>
                    {confirming.documents !== null
                      ? t('backups.replaceCounted', {
                          when: when(confirming.createdAt),
                          documents: confirming.documents,
                          spans: confirming.spans ?? 0,
                        })
                      : t('backups.replace', { when: when(confirming.createdAt) })}
                  </p>
                  <div className="dialog-actions">
                    <button type="button" onClick={() => setConfirming(null)}>
                      {t('backups.cancel')}
                    </button>
                    <button type="button" className="danger" onClick={() => onRestore(confirming.name)}>
                      {t('backups.replaceLibrary')}
                    </button>
                  </div>
                </div>
              ) : (
                <ul aria-label={t('backups.list')} className="backup-list">
                  {backups.map((backup) => (
                    <li key={backup.name}>
                      <span>
                        {when(backup.createdAt)} · {t(`backups.${backup.reason}`)}
                        {backup.documents !== null
                          ? ` · ${t('backups.counts', { documents: backup.documents, spans: backup.spans ?? 0 })}`
                          : ''}
                      </span>
                      <button type="button" onClick={() => setConfirming(backup)}>
                        {t('backups.restore')}
                      </button>
                    </li>
                  ))}
                  {backups.length === 0 && <li>{t('backups.none')}</li>}
                </ul>
              )}
            </>
          )}
          <div className="dialog-actions">
            {available && (
              <button type="button" onClick={onBackUp}>
                {t('backups.backUpNow')}
              </button>
            )}
            <button type="button" onClick={onClose}>
              {loss ? t('backups.keepLibrary') : t('backups.close')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
