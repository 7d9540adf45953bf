import { useTranslation } from 'react-i18next';
import type { ProgressUnit } from './useProgressTask';

interface Props {
  /** The accessible name of the bar: "Export progress" or "Import progress". */
  label: string;
  done: number;
  total: number;
  /** What is counted. */
  unit: ProgressUnit;
  onCancel(): void;
  /** The button's name: "Cancel export". */
  cancelLabel: string;
}

/**
 * The progress of a long export or import: a progress bar with its own name (so a screen reader can tell it from
 * other bars), the count in words, and a Cancel button that writes nothing.
 */
export function ExportProgress({ label, done, total, unit, onCancel, cancelLabel }: Props) {
  const { t } = useTranslation();
  return (
    <div className="stream-progress">
      <progress aria-label={label} max={Math.max(total, 1)} value={Math.min(done, Math.max(total, 1))} />
      <span>{t(unit === 'MB read' ? 'progress.megabytesRead' : 'progress.documents', { done, total })}</span>
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
