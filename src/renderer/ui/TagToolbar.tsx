import { LABELS, type LabelKey } from '../../core/labels';

interface Props {
  /** Viewport coordinates of the selection. */
  anchor: { top: number; bottom: number; left: number; right: number };
  onTag(label: LabelKey): void;
}

/** Floating toolbar over a selection; keys 1/2/3 do the same (see useTaggingKeys). */
export function TagToolbar({ anchor, onTag }: Props) {
  const top = Math.max(8, anchor.top - 48);
  const left = Math.max(8, Math.min((anchor.left + anchor.right) / 2 - 140, window.innerWidth - 300));
  return (
    <div
      role="toolbar"
      aria-label="Tag selection"
      className="tag-toolbar"
      style={{ top, left }}
      // Keeps the text selection while a button is pressed.
      onMouseDown={(event) => event.preventDefault()}
    >
      {LABELS.map((label) => (
        <button
          key={label.key}
          type="button"
          className={`tag-button label-${label.key}`}
          aria-label={label.name}
          aria-keyshortcuts={label.shortcut}
          title={`${label.name} (${label.shortcut})`}
          onClick={() => onTag(label.key)}
        >
          {label.name}
          <kbd>{label.shortcut}</kbd>
        </button>
      ))}
    </div>
  );
}
