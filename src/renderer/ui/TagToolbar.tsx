import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelKey } from '../../core/labels';
import { labelName } from '../i18n/names';
import { useLabels } from './projects/LabelsContext';

interface Props {
  /** Viewport coordinates of the selection. */
  anchor: { top: number; bottom: number; left: number; right: number };
  onTag(label: LabelKey): void;
}

/** Room kept between the toolbar and the window's edges, in CSS pixels. */
const MARGIN = 8;

/**
 * Floating toolbar over a selection, one button per label of the project; the labels' keys do the same (see useTaggingKeys). Centred over the selection by
 * its measured width, which depends on the interface language; in Arabic its buttons run right to left.
 */
export function TagToolbar({ anchor, onTag }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const toolbar = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(280);
  useLayoutEffect(() => {
    const measured = toolbar.current?.offsetWidth;
    if (measured && measured !== width) setWidth(measured);
  });
  const top = Math.max(MARGIN, anchor.top - 48);
  const centre = (anchor.left + anchor.right) / 2;
  const left = Math.max(MARGIN, Math.min(centre - width / 2, window.innerWidth - width - MARGIN));
  return (
    <div
      ref={toolbar}
      role="toolbar"
      aria-label={t('tagToolbar.region')}
      className="tag-toolbar"
      style={{ top, left }}
      // Keeps the text selection while a button is pressed.
      onMouseDown={(event) => event.preventDefault()}
    >
      {labels.map((label) => {
        const name = labelName(t, label.key, labels);
        return (
          <button
            key={label.key}
            type="button"
            className={`tag-button label-${label.key}`}
            aria-label={name}
            aria-keyshortcuts={label.shortcut || undefined}
            title={
              label.description
                ? `${name} (${label.shortcut}): ${label.description}`
                : `${name} (${label.shortcut})`
            }
            onClick={() => onTag(label.key)}
          >
            {name}
            {label.shortcut && <kbd>{label.shortcut}</kbd>}
          </button>
        );
      })}
    </div>
  );
}
