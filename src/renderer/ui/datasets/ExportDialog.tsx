import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FORMATS, type FormatId, formatByName } from '../../../core/formats';
import { useModalDialog } from '../useModalDialog';

export interface ExportChoice {
  format: FormatId;
  /** shown: the documents the library list shows (filtered by text or status), as a selection. */
  scope: 'library' | 'document' | 'shown';
  tokens: boolean;
}

interface Props {
  open: boolean;
  hasOpenDocument: boolean;
  /** How many documents the library list shows when a filter narrows it; null when it shows them all. */
  shownCount: number | null;
  /** The format offered when the dialog opens (Preferences → Default export format). */
  defaultFormat?: FormatId;
  onExport(choice: ExportChoice): Promise<void>;
  onClose(): void;
}

const UNIT_NAMES = {
  'code-point': 'exportDialog.unitCodePoint',
  utf16: 'exportDialog.unitUtf16',
  'utf8-byte': 'exportDialog.unitUtf8',
  token: 'exportDialog.unitToken',
} as const;

/** "Export…": any dataset format, for the library or the open document, saying what the format cannot carry. */
export function ExportDialog({
  open,
  hasOpenDocument,
  shownCount,
  defaultFormat = 'spanlight-json',
  onExport,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<ExportChoice>({
    format: defaultFormat,
    scope: 'library',
    tokens: false,
  });
  const [busy, setBusy] = useState(false);
  const dialog = useModalDialog(open, () => {
    // Each opening starts from the preferred format; the scope and tokens chosen last time stay.
    setChoice((current) => ({ ...current, format: defaultFormat }));
  });
  const format = formatByName(choice.format);
  // The list was unfiltered since: "shown" is the whole library again.
  const effective: ExportChoice =
    choice.scope === 'shown' && shownCount === null ? { ...choice, scope: 'library' } : choice;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await onExport(effective);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} aria-labelledby="export-heading" className="dialog" onClose={onClose}>
      {open && (
        <form className="dialog-form" onSubmit={submit}>
          <h2 id="export-heading">{t('exportDialog.heading')}</h2>
          <label>
            {t('exportDialog.format')}
            <select
              value={choice.format}
              onChange={(event) => setChoice({ ...choice, format: event.target.value as FormatId })}
            >
              {FORMATS.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </label>
          {format && (
            <p className="hint">
              {t('exportDialog.offsetsIn', { unit: t(UNIT_NAMES[format.offsetUnit]) })}{' '}
              {format.lossless ? `${t('exportDialog.lossless')} ` : ''}
              {t('exportDialog.notCarried', { loses: format.loses })}
              {format.multiFile ? ` ${t('exportDialog.zip')}` : ''}
            </p>
          )}
          <fieldset className="radio-row">
            <legend>{t('exportDialog.scope')}</legend>
            <label>
              <input
                type="radio"
                name="scope"
                checked={choice.scope === 'library'}
                onChange={() => setChoice({ ...choice, scope: 'library' })}
              />
              {t('exportDialog.library')}
            </label>
            <label>
              <input
                type="radio"
                name="scope"
                disabled={!hasOpenDocument}
                checked={choice.scope === 'document'}
                onChange={() => setChoice({ ...choice, scope: 'document' })}
              />
              {t('exportDialog.document')}
            </label>
            {shownCount !== null && (
              <label>
                <input
                  type="radio"
                  name="scope"
                  disabled={shownCount === 0}
                  checked={choice.scope === 'shown'}
                  onChange={() => setChoice({ ...choice, scope: 'shown' })}
                />
                {t('exportDialog.shown', { count: shownCount })}
              </label>
            )}
          </fieldset>
          {choice.format === 'prodigy-jsonl' && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={choice.tokens}
                onChange={(event) => setChoice({ ...choice, tokens: event.target.checked })}
              />
              {t('exportDialog.tokens')}
            </label>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('exportDialog.cancel')}
            </button>
            <button type="submit" disabled={busy}>
              {t('exportDialog.export')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
