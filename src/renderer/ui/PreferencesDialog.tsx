import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Preferences } from './preferences';

interface Props {
  open: boolean;
  preferences: Preferences;
  onSave(next: Preferences): void;
  onClose(): void;
}

/** "Preferences…": the annotator name recorded on each new annotation. */
export function PreferencesDialog({ open, preferences, onSave, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [annotator, setAnnotator] = useState(preferences.annotator);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setAnnotator(preferences.annotator);
      element.showModal();
    }
    if (!open && element.open) element.close();
  }, [open, preferences.annotator]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ ...preferences, annotator: annotator.trim() });
  };
  return (
    <dialog ref={dialog} aria-labelledby="preferences-heading" className="dialog" onClose={onClose}>
      <form className="dialog-form" onSubmit={submit}>
        <h2 id="preferences-heading">Preferences</h2>
        <label>
          Annotator name
          <input value={annotator} onChange={(event) => setAnnotator(event.target.value)} dir="auto" />
        </label>
        <p className="hint">Recorded on every annotation you make and exported with it.</p>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit">Save preferences</button>
        </div>
      </form>
    </dialog>
  );
}
