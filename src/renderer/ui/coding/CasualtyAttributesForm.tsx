import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CasualtyAttributes } from '../../../core/coding/casualtyAttributes';
import {
  attributesFromDraft,
  type CasualtyDraft,
  draftFromAttributes,
  draftProblems,
} from '../../../core/coding/casualtyDraft';
import {
  CASUALTY_CATEGORIES,
  CASUALTY_PRECISIONS,
  CASUALTY_VICTIMS,
} from '../../../core/coding/validateCasualtyAttributes';
import { translateCoreReason } from '../../i18n/coreReasons';

interface Props {
  attributes: CasualtyAttributes | undefined;
  /** Resolves true once storage committed (then the form shows the saved figures). */
  onSave(attributes: Omit<CasualtyAttributes, 'proposed'>): Promise<boolean>;
}

const FIGURE_FIELDS = [
  { key: 'value', name: 'coding.value' },
  { key: 'low', name: 'coding.low' },
  { key: 'best', name: 'coding.best' },
  { key: 'high', name: 'coding.high' },
] as const;

/**
 * A casualty count's figures as labelled controls. While they are the number reader's proposal the form says
 * "Proposed" (and the fields are drawn dashed); "Save figures" (or Enter in a field) stores them as the
 * researcher's. Problems show next to their field and nothing is saved until there are none. The parent keys
 * this form by span and update time, so a saved or undone change resets the draft.
 */
export function CasualtyAttributesForm({ attributes, onSave }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<CasualtyDraft>(() => draftFromAttributes(attributes));
  const [showProblems, setShowProblems] = useState(false);
  const [saving, setSaving] = useState(false);
  const original = draftFromAttributes(attributes);
  const edited = (Object.keys(draft) as (keyof CasualtyDraft)[]).some((key) => draft[key] !== original[key]);
  const proposed = attributes?.proposed !== false;
  const problems = draftProblems(draft);
  const problemOf = (field: string) =>
    showProblems
      ? problems
          .filter((problem) => problem.field === field)
          .map((problem) => translateCoreReason(t, problem.message))
          .join(' ')
      : '';
  const update = (changes: Partial<CasualtyDraft>) => setDraft((current) => ({ ...current, ...changes }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (problems.length > 0) {
      setShowProblems(true);
      return;
    }
    setSaving(true);
    const saved = await onSave(attributesFromDraft(draft));
    setSaving(false);
    if (!saved) setShowProblems(true);
  };

  const state = edited ? 'edited' : proposed ? 'proposed' : 'saved';
  return (
    <form className={`casualty-form casualty-${state}`} aria-labelledby={`${id}-heading`} onSubmit={submit}>
      <h3 id={`${id}-heading`}>{t('coding.figures')}</h3>
      <p id={`${id}-state`} className={`coding-state coding-state-${state}`} aria-live="polite">
        {state === 'proposed'
          ? t('coding.proposed')
          : state === 'edited'
            ? t('coding.edited')
            : t('coding.saved')}
      </p>
      <div className="figure-grid">
        {FIGURE_FIELDS.map((field) => {
          const problem = problemOf(field.key);
          return (
            <label key={field.key}>
              {t(field.name)}
              <input
                inputMode="numeric"
                value={draft[field.key]}
                dir="ltr"
                aria-invalid={problem ? 'true' : undefined}
                aria-describedby={problem ? `${id}-${field.key}-problem` : `${id}-state`}
                onChange={(event) => update({ [field.key]: event.target.value })}
              />
              {problem && (
                <span id={`${id}-${field.key}-problem`} className="field-problem">
                  {problem}
                </span>
              )}
            </label>
          );
        })}
      </div>
      <label>
        {t('coding.precision')}
        <select
          value={draft.precision}
          aria-describedby={`${id}-state`}
          onChange={(event) => update({ precision: event.target.value as CasualtyDraft['precision'] })}
        >
          {CASUALTY_PRECISIONS.map((entry) => (
            <option key={entry.key} value={entry.key}>
              {t(`casualtyPrecisions.${entry.key}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('coding.category')}
        <select
          value={draft.category}
          aria-describedby={`${id}-state`}
          onChange={(event) => update({ category: event.target.value as CasualtyDraft['category'] })}
        >
          <option value="">{t('coding.notSaid')}</option>
          {CASUALTY_CATEGORIES.map((entry) => (
            <option key={entry.key} value={entry.key}>
              {t(`casualtyCategories.${entry.key}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('coding.victims')}
        <select
          value={draft.victims}
          aria-describedby={`${id}-state`}
          onChange={(event) => update({ victims: event.target.value as CasualtyDraft['victims'] })}
        >
          <option value="">{t('coding.notSaid')}</option>
          {CASUALTY_VICTIMS.map((entry) => (
            <option key={entry.key} value={entry.key}>
              {t(`casualtyVictims.${entry.key}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="coding-actions">
        <button type="submit" disabled={saving || (!edited && !proposed)}>
          {proposed && !edited ? t('coding.accept') : t('coding.save')}
        </button>
        {edited && (
          <button
            type="button"
            onClick={() => {
              setDraft(original);
              setShowProblems(false);
            }}
          >
            {t('coding.revert')}
          </button>
        )}
      </div>
    </form>
  );
}
