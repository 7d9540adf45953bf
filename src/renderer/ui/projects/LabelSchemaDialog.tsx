import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type LabelDefinition, UNDERLINE_STYLES, type UnderlineStyle } from '../../../core/labels';
import { type LabelProblem, SHORTCUT_CHOICES } from '../../../core/projects/labelSchema';
import {
  addLabel,
  describeLabel,
  moveLabel,
  recolorLabel,
  renameLabel,
  type SchemaEdit,
  setLabelShortcut,
  setLabelUnderline,
} from '../../../core/projects/labelSchemaEdits';
import { labelName, typedLabelName } from '../../i18n/names';
import type { LabelUsage } from '../../storage/projectStore';
import { LabelDeletion } from './LabelDeletion';
import './projects.css';
import { useModalDialog } from '../useModalDialog';

interface Props {
  open: boolean;
  projectName: string;
  labels: readonly LabelDefinition[];
  onSave(labels: readonly LabelDefinition[]): Promise<void>;
  usage(key: string): Promise<LabelUsage>;
  /** Deletes the label with its annotations, or moves them to `moveTo`; resolves with how many. */
  onDeleteLabel(key: string, moveTo: string | null): Promise<number>;
  onClose(): void;
  report(error: unknown): void;
}

/**
 * "Labels…": the current project's label schema. Edits (add, rename, recolour, key, underline, describe, reorder)
 * are made on a draft, each checked by core (labelSchemaEdits.ts) so a problem is said at once, and saved together.
 * Deleting a label is its own step: the annotations that carry it are counted and shown, and the researcher chooses
 * to delete them or move them to another label before confirming.
 */
export function LabelSchemaDialog({
  open,
  projectName,
  labels,
  onSave,
  usage,
  onDeleteLabel,
  onClose,
  report,
}: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<readonly LabelDefinition[]>(labels);
  const [problem, setProblem] = useState<LabelProblem | null>(null);
  const [newName, setNewName] = useState('');
  const [newDescription, setNewDescription] = useState('');
  const [deleting, setDeleting] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  // The name field being typed in: what it shows (a trailing space, an empty field — which the draft trims or
  // refuses — included) and the row's name before, which names its controls until the field is left, so a
  // screen reader's label does not change under each key.
  const [typing, setTyping] = useState<{ key: string; text: string; name: string } | null>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(labels);

  const dialog = useModalDialog(open, () => {
    setDraft(labels);
    setProblem(null);
    setNewName('');
    setNewDescription('');
    setDeleting(null);
    setNotice('');
    setTyping(null);
  });

  const apply = (edit: SchemaEdit) => {
    if (edit.ok) {
      setDraft(edit.labels);
      setProblem(null);
    } else setProblem({ problem: edit.problem, ...(edit.key !== undefined ? { key: edit.key } : {}) });
  };
  const nameOf = (label: LabelDefinition) => labelName(t, label.key, draft) || label.key;
  const problemText = problem
    ? t(`labelSchema.problems.${problem.problem}`, {
        label: labelName(t, problem.key ?? '', draft) || problem.key || '',
      })
    : '';

  // Alt+↑ / Alt+↓ in any field of a row moves its label: the keyboard path of "Move up" / "Move down".
  const onRowKey = (event: KeyboardEvent, key: string) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    apply(moveLabel(draft, key, event.key === 'ArrowUp' ? -1 : 1));
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby="label-schema-heading"
      className="dialog label-schema-dialog"
      onClose={onClose}
    >
      {open && (
        <>
          <h2 id="label-schema-heading">{t('labelSchema.heading')}</h2>
          <p className="hint">{t('labelSchema.intro', { project: projectName })}</p>
          <ul aria-label={t('labelSchema.list')} className="label-schema-list">
            {draft.map((label, index) => {
              const typed = typing?.key === label.key ? typing : null;
              const name = typed?.name ?? nameOf(label);
              return (
                // Alt+arrows bubble up from the row's own fields (the row itself is not focusable).
                <li
                  key={label.key}
                  className="label-schema-row"
                  onKeyDown={(event) => onRowKey(event, label.key)}
                >
                  <input
                    type="color"
                    aria-label={t('labelSchema.color', { label: name })}
                    value={label.color.toLowerCase()}
                    onChange={(event) => apply(recolorLabel(draft, label.key, event.target.value))}
                  />
                  <span className={`label-chip label-${label.key}`} aria-hidden="true">
                    {label.shortcut || '–'}
                  </span>
                  {/* A built-in label not renamed shows its name in the interface language (as everywhere else). */}
                  <input
                    aria-label={t('labelSchema.name', { label: name })}
                    value={typed?.text ?? labelName(t, label.key, draft)}
                    dir="auto"
                    onChange={(event) => {
                      setTyping({ key: label.key, text: event.target.value, name });
                      apply(renameLabel(draft, label.key, typedLabelName(t, label.key, event.target.value)));
                    }}
                    onBlur={() => setTyping(null)}
                  />
                  <select
                    aria-label={t('labelSchema.shortcut', { label: name })}
                    value={label.shortcut}
                    onChange={(event) => apply(setLabelShortcut(draft, label.key, event.target.value))}
                  >
                    <option value="">{t('labelSchema.noShortcut')}</option>
                    {SHORTCUT_CHOICES.map((choice) => (
                      <option key={choice} value={choice}>
                        {choice}
                      </option>
                    ))}
                  </select>
                  <select
                    aria-label={t('labelSchema.underline', { label: name })}
                    value={label.underline}
                    onChange={(event) =>
                      apply(setLabelUnderline(draft, label.key, event.target.value as UnderlineStyle))
                    }
                  >
                    {UNDERLINE_STYLES.map((style) => (
                      <option key={style} value={style}>
                        {t(`labelSchema.underlines.${style}`)}
                      </option>
                    ))}
                  </select>
                  <code className="label-key">{t('labelSchema.key', { key: label.key })}</code>
                  <input
                    className="label-description"
                    aria-label={t('labelSchema.description', { label: name })}
                    placeholder={t('labelSchema.descriptionPlaceholder')}
                    value={label.description ?? ''}
                    dir="auto"
                    onChange={(event) => apply(describeLabel(draft, label.key, event.target.value))}
                  />
                  <span className="label-schema-actions">
                    <button
                      type="button"
                      aria-label={t('labelSchema.moveUpNamed', { label: name })}
                      aria-keyshortcuts="Alt+ArrowUp"
                      disabled={index === 0}
                      onClick={() => apply(moveLabel(draft, label.key, -1))}
                    >
                      {t('labelSchema.moveUp')}
                    </button>
                    <button
                      type="button"
                      aria-label={t('labelSchema.moveDownNamed', { label: name })}
                      aria-keyshortcuts="Alt+ArrowDown"
                      disabled={index === draft.length - 1}
                      onClick={() => apply(moveLabel(draft, label.key, 1))}
                    >
                      {t('labelSchema.moveDown')}
                    </button>
                    <button
                      type="button"
                      className="danger"
                      aria-label={t('labelSchema.deleteNamed', { label: name })}
                      disabled={draft.length <= 1}
                      onClick={() => setDeleting(label.key)}
                    >
                      {t('labelSchema.delete')}
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
          <p className="hint">{t('labelSchema.reorderHint')}</p>
          {deleting && (
            <LabelDeletion
              label={draft.find((label) => label.key === deleting) as LabelDefinition}
              labels={draft}
              dirty={dirty}
              usage={usage}
              onDelete={(moveTo) => onDeleteLabel(deleting, moveTo)}
              onDone={(text) => {
                // Nothing else was pending (deleting waits for a save): the draft is the stored schema without it.
                setDraft(draft.filter((label) => label.key !== deleting));
                setDeleting(null);
                setNotice(text);
              }}
              onCancel={() => setDeleting(null)}
              report={report}
            />
          )}
          <form
            className="label-schema-add"
            aria-labelledby="label-schema-add-heading"
            onSubmit={(event) => {
              event.preventDefault();
              const edit = addLabel(draft, { name: newName, description: newDescription });
              apply(edit);
              if (edit.ok) {
                setNewName('');
                setNewDescription('');
              }
            }}
          >
            <h3 id="label-schema-add-heading">{t('labelSchema.addHeading')}</h3>
            <input
              aria-label={t('labelSchema.newName')}
              placeholder={t('labelSchema.newName')}
              value={newName}
              dir="auto"
              onChange={(event) => setNewName(event.target.value)}
            />
            <input
              aria-label={t('labelSchema.newDescription')}
              placeholder={t('labelSchema.newDescription')}
              value={newDescription}
              dir="auto"
              onChange={(event) => setNewDescription(event.target.value)}
            />
            <button type="submit" disabled={!newName.trim()}>
              {t('labelSchema.add')}
            </button>
          </form>
          {problemText && (
            <p role="alert" className="error">
              {problemText}
            </p>
          )}
          {notice && <p role="status">{notice}</p>}
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('labelSchema.cancel')}
            </button>
            <button
              type="button"
              disabled={!dirty || busy}
              onClick={async () => {
                setBusy(true);
                try {
                  await onSave(draft);
                  onClose();
                } catch (error) {
                  report(error);
                } finally {
                  setBusy(false);
                }
              }}
            >
              {t('labelSchema.save')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
