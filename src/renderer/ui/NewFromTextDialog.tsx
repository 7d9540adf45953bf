import { type FormEvent, useEffect, useRef, useState } from 'react';

interface Props {
  open: boolean;
  onCreate(title: string, text: string): Promise<void>;
  onClose(): void;
}

/** "New from text…": paste an article, give it a title, create it. A native modal <dialog> traps focus. */
export function NewFromTextDialog({ open, onCreate, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setTitle('');
      setText('');
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || busy) return;
    setBusy(true);
    try {
      await onCreate(title, text);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} aria-labelledby="new-from-text-heading" className="dialog" onClose={onClose}>
      <form onSubmit={submit} className="dialog-form">
        <h2 id="new-from-text-heading">New from text</h2>
        <label>
          Title
          <input name="title" value={title} onChange={(event) => setTitle(event.target.value)} dir="auto" />
        </label>
        <label>
          Text
          <textarea
            name="text"
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={14}
            dir="auto"
            required
          />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" disabled={busy || !text.trim()}>
            Create
          </button>
        </div>
      </form>
    </dialog>
  );
}
