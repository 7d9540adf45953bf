import type { Span } from '../../../core/spans/span';
import type { AnnotationStore } from '../../storage/annotationStore';
import type { NamedLinkTarget } from '../search/useLinkedAnnotations';
import { PlacePicker } from './PlacePicker';

/**
 * The render function for the "Annotation details" panel's place slot: a picker per span (a fresh one when
 * the selection changes), whose links replace the span in the window's state.
 */
export function placePickerFor(
  store: AnnotationStore,
  setSpans: (update: (current: Span[]) => Span[]) => void,
  report: (error: unknown) => void,
  onFindAnnotations?: (target: NamedLinkTarget) => void,
) {
  return (span: Span) => (
    <PlacePicker
      key={span.id}
      span={span}
      store={store}
      onLinked={(updated) =>
        setSpans((current) => current.map((candidate) => (candidate.id === updated.id ? updated : candidate)))
      }
      onError={report}
      {...(onFindAnnotations
        ? {
            onFindAnnotations: (place: { id: string; name: string }) =>
              onFindAnnotations({ kind: 'place', ...place }),
          }
        : {})}
    />
  );
}
