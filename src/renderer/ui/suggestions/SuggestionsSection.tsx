import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Span } from '../../../core/spans/span';
import type { AnnotationStore } from '../../storage/annotationStore';
import { SuggestionsPanel } from './SuggestionsPanel';
import type { WorkspaceSuggestions } from './useWorkspaceSuggestions';

// d3-geo, topojson-client and the map outlines load only when the map is first opened.
const MapView = lazy(() => import('../places/MapView'));

interface Props {
  store: AnnotationStore;
  state: WorkspaceSuggestions;
  openDocId: string | null;
  selectedSpan: Span | undefined;
}

/** The side panel's "Map…" button and "Suggestions" region, and the Map dialog. */
export function SuggestionsSection({ store, state, openDocId, selectedSpan }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <div className="suggestion-actions places-bar">
        <button type="button" onClick={() => state.setMapOpen(true)}>
          {t('suggestions.map')}
        </button>
      </div>
      <SuggestionsPanel
        suggestions={state.suggestions}
        openDocId={openDocId}
        titles={state.titles}
        selectedSpan={selectedSpan}
        busy={state.busy}
        focusedId={state.focusedId}
        expanded={state.expanded}
        onExpandedChange={state.setExpanded}
        onFocus={state.setFocusedId}
        onTagAll={(span, scope) => void state.tagAll(span, scope)}
        onPreAnnotate={() => void state.preAnnotate()}
        onAccept={(ids) => void state.accept(ids)}
        onReject={state.reject}
      />
      {state.mapOpen && (
        <Suspense fallback={null}>
          <MapView open store={store} docId={openDocId} onClose={() => state.setMapOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
