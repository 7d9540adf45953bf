import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { SpanlightDocument } from '../../core/document';
import type { DocumentMetadata } from '../storage/annotationStore';

interface Props {
  document: SpanlightDocument | null;
  onSave(changes: DocumentMetadata): Promise<void>;
  onClose(): void;
}

const FIELDS: Array<{
  key: keyof DocumentMetadata;
  label: string;
  type?: string;
  dir?: 'ltr' | 'auto';
  hint?: string;
}> = [
  { key: 'title', label: 'Title', dir: 'auto' },
  { key: 'source', label: 'Source', dir: 'auto', hint: 'Outlet or site, e.g. SY24' },
  { key: 'byline', label: 'Author', dir: 'auto' },
  { key: 'url', label: 'URL', type: 'url', dir: 'ltr' },
  {
    key: 'publishedAt',
    label: 'Published',
    dir: 'ltr',
    hint: 'As the source gives it; YYYY-MM-DD when known',
  },
  { key: 'lang', label: 'Language', dir: 'ltr', hint: 'A language tag such as ar, en, fr' },
];

/** "Edit details…": a document's metadata (the text itself never changes after import). */
export function DocumentDetailsDialog({ document, onSave, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (document && !element.open) {
      setValues(Object.fromEntries(FIELDS.map(({ key }) => [key, document[key] ?? ''])));
      element.showModal();
    } else if (!document && element.open) {
      element.close();
    }
  }, [document]);

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
      <form onSubmit={submit} className="dialog-form">
        <h2 id="details-heading">Document details</h2>
        {FIELDS.map(({ key, label, type, dir, hint }) => (
          <label key={key}>
            {label}
            <input
              name={key}
              type={type ?? 'text'}
              dir={dir}
              value={values[key] ?? ''}
              placeholder={hint}
              onChange={(event) => setValues((current) => ({ ...current, [key]: event.target.value }))}
            />
          </label>
        ))}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" disabled={busy}>
            Save details
          </button>
        </div>
      </form>
    </dialog>
  );
}
