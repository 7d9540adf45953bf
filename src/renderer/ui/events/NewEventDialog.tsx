import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Span } from '../../../core/spans/span';
import { labelName } from '../../i18n/names';
import { useModalDialog } from '../useModalDialog';

interface Props {
  open: boolean;
  /** The open document's annotations, in text order. */
  spans: readonly Span[];
  /** Checked when the dialog opens (the annotation selected in the article or the list). */
  preselected: string | null;
  onCreate(spanIds: string[]): void;
  onClose(): void;
}

/**
 * "New event…": the annotations of the open document as checkboxes (Tab and Space from the keyboard), in text
 * order; "Create event" makes an event of the checked ones.
 */
export function NewEventDialog({ open, spans, preselected, onCreate, onClose }: Props) {
  const { t } = useTranslation();
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());

  const dialog = useModalDialog(open, () => {
    setChecked(new Set(preselected ? [preselected] : []));
  });

  const toggle = (id: string, on: boolean) =>
    setChecked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (checked.size === 0) return;
    onCreate(spans.filter((span) => checked.has(span.id)).map((span) => span.id));
  };

  return (
    <dialog ref={dialog} aria-labelledby="new-event-heading" className="dialog" onClose={onClose}>
      {open && (
        <form onSubmit={submit} className="dialog-form">
          <h2 id="new-event-heading">{t('events.newHeading')}</h2>
          <fieldset className="event-span-choices">
            <legend>{t('events.chooseAnnotations')}</legend>
            {spans.length === 0 && <p>{t('events.noAnnotations')}</p>}
            {/* Rendered only while open: a closed dialog must not cost a checkbox per annotation (10k spans). */}
            {open &&
              spans.map((span) => (
                <label key={span.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={checked.has(span.id)}
                    onChange={(event) => toggle(span.id, event.target.checked)}
                  />
                  <span className={`label-chip label-${span.label}`}>{labelName(t, span.label)}</span>{' '}
                  <bdi>{span.text}</bdi>
                </label>
              ))}
          </fieldset>
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('events.cancel')}
            </button>
            <button type="submit" disabled={checked.size === 0}>
              {t('events.create')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
