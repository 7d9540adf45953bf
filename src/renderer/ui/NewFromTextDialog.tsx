import { type ClipboardEvent, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentDraft } from '../../core/document';
import { htmlToDraft } from '../intake/html';
import { useModalDialog } from './useModalDialog';

interface Props {
  open: boolean;
  onCreate(draft: DocumentDraft): Promise<void>;
  onClose(): void;
}

type PastedMetadata = Omit<DocumentDraft, 'title' | 'text'>;

/** "New from text…": paste an article, give it a title, create it. A native modal <dialog> traps focus. */
export function NewFromTextDialog({ open, onCreate, onClose }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  // Metadata found in a pasted web page (source, URL, date…), kept until the text is edited by hand.
  const [pasted, setPasted] = useState<PastedMetadata | null>(null);
  const [pasteNote, setPasteNote] = useState('');

  const dialog = useModalDialog(open, () => {
    setTitle('');
    setText('');
    setPasted(null);
    setPasteNote('');
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || busy) return;
    setBusy(true);
    try {
      await onCreate({ ...pasted, title, text });
    } finally {
      setBusy(false);
    }
  };

  // A copied web page arrives as HTML too: take its article, never its markup, scripts or boilerplate.
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    if (!html || text.trim() !== '') return;
    const result = htmlToDraft(html);
    if (!result.ok || !result.drafts[0]) return;
    event.preventDefault();
    const { title: pastedTitle, text: pastedText, ...metadata } = result.drafts[0];
    setText(pastedText);
    if (!title.trim() && pastedTitle) setTitle(pastedTitle);
    setPasted(metadata);
    setPasteNote(t('newFromText.pastedPage'));
  };

  return (
    <dialog ref={dialog} aria-labelledby="new-from-text-heading" className="dialog" onClose={onClose}>
      {open && (
        <form onSubmit={submit} className="dialog-form">
          <h2 id="new-from-text-heading">{t('newFromText.heading')}</h2>
          <label>
            {t('newFromText.title')}
            <input name="title" value={title} onChange={(event) => setTitle(event.target.value)} dir="auto" />
          </label>
          <label>
            {t('newFromText.text')}
            <textarea
              name="text"
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setPasteNote('');
              }}
              onPaste={onPaste}
              rows={14}
              dir="auto"
              required
            />
          </label>
          {pasteNote && (
            <p className="hint" role="status">
              {pasteNote}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('newFromText.cancel')}
            </button>
            <button type="submit" disabled={busy || !text.trim()}>
              {t('newFromText.create')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
