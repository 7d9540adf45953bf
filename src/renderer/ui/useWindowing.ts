import { type CSSProperties, type UIEvent, useCallback, useState } from 'react';

interface Windowing {
  /** Index range [first, last) of the rows to render. */
  first: number;
  last: number;
  onScroll(event: UIEvent<HTMLElement>): void;
  /** Style for the list: its full height, so the scrollbar is right. */
  listStyle: CSSProperties | undefined;
  /** Style for row `index`: absolutely placed at its slot. */
  rowStyle(index: number): CSSProperties | undefined;
}

const OVERSCAN_ROWS = 10;

/**
 * Renders only the rows in view of a long list of fixed-height rows (a library of 10,000 articles, an article
 * with 10,000 annotations). Short lists render every row, so they stay plain and searchable by the browser.
 */
export function useWindowing(count: number, rowHeight: number, threshold = 200): Windowing {
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(900);
  const onScroll = useCallback((event: UIEvent<HTMLElement>) => {
    setScrollTop(event.currentTarget.scrollTop);
    setViewHeight(event.currentTarget.clientHeight);
  }, []);
  if (count <= threshold) {
    return { first: 0, last: count, onScroll, listStyle: undefined, rowStyle: () => undefined };
  }
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN_ROWS);
  const last = Math.min(count, Math.ceil((scrollTop + viewHeight) / rowHeight) + OVERSCAN_ROWS);
  return {
    first,
    last,
    onScroll,
    listStyle: { height: count * rowHeight, position: 'relative' },
    rowStyle: (index) => ({
      position: 'absolute',
      top: index * rowHeight,
      insetInline: 0,
      height: rowHeight,
    }),
  };
}
