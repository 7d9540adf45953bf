import { useTranslation } from 'react-i18next';
import type { SpanDifference } from '../../../core/agreement/spanDifferences';
import type { Span } from '../../../core/spans/span';
import { labelName } from '../../i18n/names';

/** Characters of context on each side of a difference. */
const CONTEXT = 40;

/** One annotator's version of a difference: the text around it with that version's spans marked, then the spans. */
export function VersionCell({
  text,
  row,
  spans,
}: {
  text: string;
  row: SpanDifference<Span>;
  spans: readonly Span[];
}) {
  const { t } = useTranslation();
  const from = contextStart(text, row.start);
  const to = contextEnd(text, row.end);
  const covered = (offset: number) => spans.some((span) => span.start <= offset && offset < span.end);
  const pieces: Array<{ text: string; marked: boolean }> = [];
  for (let i = from; i < to; ) {
    const marked = covered(i);
    let j = i + 1;
    while (j < to && covered(j) === marked) j++;
    pieces.push({ text: text.slice(i, j), marked });
    i = j;
  }
  return (
    <>
      <p className="compare-context" dir="auto">
        {from > 0 && '…'}
        {pieces.map((piece, index) =>
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one fixed string, in order.
          piece.marked ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>,
        )}
        {to < text.length && '…'}
      </p>
      {spans.length === 0 ? (
        <p className="compare-none">{t('compare.noAnnotation')}</p>
      ) : (
        <ul className="compare-spans">
          {spans.map((span) => (
            <li key={span.id} className={`label-${span.label}`}>
              {labelName(t, span.label)}: <bdi>{text.slice(span.start, span.end)}</bdi>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Context boundaries: up to CONTEXT characters, not past a line break, never inside a surrogate pair. */
function contextStart(text: string, start: number): number {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let from = Math.max(lineStart, start - CONTEXT);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
  return from;
}

function contextEnd(text: string, end: number): number {
  const lineEnd = text.indexOf('\n', end);
  let to = Math.min(lineEnd === -1 ? text.length : lineEnd, end + CONTEXT);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to++;
  return to;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
