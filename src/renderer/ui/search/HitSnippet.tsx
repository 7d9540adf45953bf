import type { Snippet } from '../../../core/search/snippet';

/**
 * A hit in its context, the hit emphasised. The whole is one bidi isolate whose direction follows its own
 * first strong letter, so an Arabic snippet reads right to left inside an English list and the other way
 * round; the ellipses sit at the snippet's logical ends.
 */
export function HitSnippet({ snippet }: { snippet: Snippet }) {
  return (
    <bdi className="hit-snippet" dir="auto">
      {snippet.clippedBefore && '… '}
      {snippet.before}
      <mark className="hit-match">{snippet.match}</mark>
      {snippet.after}
      {snippet.clippedAfter && ' …'}
    </bdi>
  );
}
