import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelDefinition } from '../../../core/labels';
import { labelName } from '../../i18n/names';
import type { LabelUsage } from '../../storage/projectStore';

interface Props {
  label: LabelDefinition;
  labels: readonly LabelDefinition[];
  /** The schema has unsaved edits: deleting (which saves the stored schema) waits until they are saved. */
  dirty: boolean;
  usage(key: string): Promise<LabelUsage>;
  onDelete(moveTo: string | null): Promise<number>;
  /** After the deletion: what was done, in a sentence. */
  onDone(notice: string): void;
  onCancel(): void;
  report(error: unknown): void;
}

/** Deleting one label: how many annotations carry it, delete them or move them to another label, confirm. */
export function LabelDeletion({ label, labels, dirty, usage, onDelete, onDone, onCancel, report }: Props) {
  const { t } = useTranslation();
  const [counted, setCounted] = useState<LabelUsage | null>(null);
  const others = labels.filter((other) => other.key !== label.key);
  const [choice, setChoice] = useState<'delete' | 'move'>('delete');
  const [target, setTarget] = useState(others[0]?.key ?? '');
  const name = labelName(t, label.key, labels);

  useEffect(() => {
    let live = true;
    usage(label.key).then(
      (result) => live && setCounted(result),
      (error) => report(error),
    );
    return () => {
      live = false;
    };
  }, [label.key, usage, report]);

  return (
    <fieldset className="label-deletion" aria-labelledby="label-deletion-heading">
      <h3 id="label-deletion-heading">{t('labelSchema.deleteHeading', { label: name })}</h3>
      <p aria-live="polite">
        {counted === null
          ? '…'
          : counted.spans === 0
            ? t('labelSchema.unused')
            : t('labelSchema.usage', { spans: counted.spans, documents: counted.documents })}
      </p>
      {counted !== null && counted.spans > 0 && (
        <div className="radio-row">
          <label>
            <input
              type="radio"
              name="label-deletion"
              checked={choice === 'delete'}
              onChange={() => setChoice('delete')}
            />
            {t('labelSchema.deleteSpans')}
          </label>
          <label>
            <input
              type="radio"
              name="label-deletion"
              checked={choice === 'move'}
              onChange={() => setChoice('move')}
            />
            {t('labelSchema.moveSpans')}
          </label>
          <select
            aria-label={t('labelSchema.moveTarget')}
            value={target}
            disabled={choice !== 'move'}
            onChange={(event) => setTarget(event.target.value)}
          >
            {others.map((other) => (
              <option key={other.key} value={other.key}>
                {labelName(t, other.key, labels)}
              </option>
            ))}
          </select>
        </div>
      )}
      {dirty && <p className="error">{t('labelSchema.unsaved')}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('labelSchema.cancel')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={counted === null || dirty}
          onClick={async () => {
            const moveTo = counted && counted.spans > 0 && choice === 'move' ? target : null;
            try {
              const count = await onDelete(moveTo);
              const targetName = moveTo ? labelName(t, moveTo, labels) : '';
              onDone(
                moveTo
                  ? t('labelSchema.deletedMoved', { label: name, target: targetName, count })
                  : t('labelSchema.deletedWith', { label: name, count }),
              );
            } catch (error) {
              report(error);
            }
          }}
        >
          {t('labelSchema.confirmDelete')}
        </button>
      </div>
    </fieldset>
  );
}
