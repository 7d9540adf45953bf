import { useEffect, useRef } from 'react';
import { type LabelDefinition, type LabelKey, labelByShortcut } from '../../core/labels';

interface Handlers {
  /** The current project's labels: their shortcuts are the keys that tag. */
  labels: readonly LabelDefinition[];
  /** A label's key (1–9, letters) was pressed; returns true when it did something. */
  onLabel(label: LabelKey): boolean;
  onDelete(): boolean;
  onEscape(): boolean;
}

/** Keyboard paths for tagging: the labels' keys tag or relabel, Delete/Backspace delete, Escape dismisses. */
export function useTaggingKeys(handlers: Handlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, dialog[open], [contenteditable="true"]')) return;
      const label = labelByShortcut(event.key, latest.current.labels);
      let handled = false;
      if (label) handled = latest.current.onLabel(label.key);
      else if (event.key === 'Delete' || event.key === 'Backspace') handled = latest.current.onDelete();
      else if (event.key === 'Escape') handled = latest.current.onEscape();
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
