import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpanlightDocument } from '../../core/document';
import type { DocumentMetadata } from '../storage/annotationStore';
import { useModalDialog } from './useModalDialog';

interface Props {
  document: SpanlightDocument | null;
  onSave(changes: DocumentMetadata): Promise<void>;
  onClose(): void;
}

/** Placeholders, as keys of the "details" strings. */
type HintKey = 'sourceHint' | 'publishedAtHint' | 'langHint';

const FIELDS: Array<{
  key: keyof DocumentMetadata;
  type?: string;
  dir?: 'ltr' | 'auto';
  hint?: HintKey;
}> = [
  { key: 'title', dir: 'auto' },
  { key: 'source', dir: 'auto', hint: 'sourceHint' },
  { key: 'byline', dir: 'auto' },
  { key: 'url', type: 'url', dir: 'ltr' },
  { key: 'publishedAt', dir: 'ltr', hint: 'publishedAtHint' },
  { key: 'lang', dir: 'ltr', hint: 'langHint' },
];

/** "Edit details…": a document's metadata (the text itself never changes after import). */
export function DocumentDetailsDialog({ document, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const dialog = useModalDialog(document !== null, () => {
    if (document) setValues(Object.fromEntries(FIELDS.map(({ key }) => [key, document[key] ?? ''])));
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await onSave(Object.fromEntries(FIELDS.map(({ key }) => [key, values[key] ?? ''])) as DocumentMetadata);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} aria-labelledby="details-heading" className="dialog" onClose={onClose}>
      {document !== null && (
        <form onSubmit={submit} className="dialog-form">
          <h2 id="details-heading">{t('details.heading')}</h2>
          {FIELDS.map(({ key, type, dir, hint }) => (
            <label key={key}>
              {t(`details.${key}`)}
              <input
                name={key}
                type={type ?? 'text'}
                dir={dir}
                value={values[key] ?? ''}
                placeholder={hint && t(`details.${hint}`)}
                onChange={(event) => setValues((current) => ({ ...current, [key]: event.target.value }))}
              />
            </label>
          ))}
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('details.cancel')}
            </button>
            <button type="submit" disabled={busy}>
              {t('details.save')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
