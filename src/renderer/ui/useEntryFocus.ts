import { type RefObject, useEffect, useRef } from 'react';

/** Ask a list to move the keyboard focus to one span's entry; a new `serial` asks again for the same span. */
export interface EntryFocusRequest {
  spanId: string;
  serial: number;
}

/**
 * Moves the keyboard focus to the list entry of `request.spanId` (a button carrying data-span-id), so the keys
 * that act on the selected annotation (its label's key, Delete, Alt+Up/Down) and Tab to its controls work from
 * there. The list is windowed: an entry out of view is not rendered, so the list is scrolled to it first and the
 * focus follows on the render the scroll brings. An entry the filter hides cannot take the focus: `fallback`
 * (the selected annotation's controls) takes it instead.
 */
export function useEntryFocus(
  request: EntryFocusRequest | null | undefined,
  shownIds: readonly string[],
  scroller: RefObject<HTMLElement | null>,
  fallback: RefObject<HTMLElement | null>,
  rowHeight: number,
): void {
  const pending = useRef<string | null>(null);
  const asked = useRef<number | null>(null);
  if (request && request.serial !== asked.current) {
    asked.current = request.serial;
    pending.current = request.spanId;
  }

  // After every render: the one that brings the scrolled-to entry into the windowed list focuses it.
  useEffect(() => {
    const spanId = pending.current;
    const list = scroller.current;
    if (spanId === null || !list) return;
    const entry = [...list.querySelectorAll<HTMLElement>('[data-span-id]')].find(
      (element) => element.dataset.spanId === spanId,
    );
    if (entry) {
      pending.current = null;
      entry.focus();
      return;
    }
    const index = shownIds.indexOf(spanId);
    if (index < 0) {
      pending.current = null;
      fallback.current?.focus();
      return;
    }
    // Centred; the scroll event re-renders the window, and this effect runs again with the entry there.
    list.scrollTop = Math.max(0, index * rowHeight - list.clientHeight / 2);
  });
}
