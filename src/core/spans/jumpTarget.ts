import type { Span } from './span';

/**
 * The annotation a jump lands on: the next or previous one in text order from the current one, or from `from`
 * (a UTF-16 offset, e.g. the caret's) when no annotation is current. `spans` are in text order.
 */
export function jumpTarget(
  spans: readonly Span[],
  current: string | null,
  from: number | null,
  direction: 'next' | 'previous',
): Span | undefined {
  if (spans.length === 0) return undefined;
  const index = current === null ? -1 : spans.findIndex((span) => span.id === current);
  if (index >= 0) {
    // Past either end the jump wraps around, as a screen reader's "next heading" does.
    const next = direction === 'next' ? index + 1 : index - 1;
    return spans[(next + spans.length) % spans.length];
  }
  if (from === null) return direction === 'next' ? spans[0] : spans[spans.length - 1];
  if (direction === 'next') return spans.find((span) => span.start >= from) ?? spans[0];
  return spans.findLast((span) => span.start < from) ?? spans[spans.length - 1];
}
