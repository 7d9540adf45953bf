import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { type Ref, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpanlightDocument } from '../../core/document';
import type { Span } from '../../core/spans/span';
import type { TextDirection } from '../../core/text/direction';
import { $buildArticle, type ArticleDirection } from './articleState';
import { DirectionPlugin } from './DirectionPlugin';
import { type HighlightHandle, HighlightPlugin } from './HighlightPlugin';
import { KeyboardCaretPlugin } from './KeyboardCaretPlugin';
import { ProgressiveLayoutPlugin } from './ProgressiveLayoutPlugin';
import { RangeSelectionPlugin, type SelectionRequest } from './RangeSelectionPlugin';
import { SearchMatchesPlugin } from './SearchMatchesPlugin';
import { type ArticleSelection, SelectionPlugin } from './SelectionPlugin';
import { SuggestionsPlugin } from './SuggestionsPlugin';
import { SelectionHandoff } from './selectionHandoff';
import { useArticleDomMap } from './useArticleDomMap';

export type { HighlightHandle as ArticleViewHandle } from './HighlightPlugin';
export type { SelectionRequest } from './RangeSelectionPlugin';
export type { ArticleSelection } from './SelectionPlugin';

interface Props {
  document: SpanlightDocument;
  direction: TextDirection;
  /** True once the user chose the direction: every paragraph follows it instead of its own majority. */
  uniformDirection?: boolean;
  spans: readonly Span[];
  selectedSpanId: string | null;
  onSelectionChange(selection: ArticleSelection | null): void;
  onSpanClick(spanId: string | null): void;
  handle?: Ref<HighlightHandle>;
  /** Select a range from outside (a search hit); see RangeSelectionPlugin. */
  selectionRequest?: SelectionRequest | null;
  /** The in-document search's matches, painted. */
  searchMatches?: readonly { start: number; end: number }[];
  /** Suggested annotations not accepted yet, painted with a dashed underline; one may be focused. */
  suggestions?: readonly { id: string; start: number; end: number }[];
  focusedSuggestionId?: string | null;
}

/** The article, shown read-only by Lexical; spans are painted over it, never stored in the editor. */
export function ArticleView(props: Props) {
  const { t } = useTranslation();
  const { document: doc, direction } = props;
  const articleDirection: ArticleDirection = { base: direction, uniform: props.uniformDirection ?? false };
  const initialConfig = {
    namespace: 'spanlight-article',
    editable: false,
    theme: { paragraph: 'article-paragraph' },
    onError(error: Error) {
      throw error;
    },
    editorState: () => $buildArticle(doc.text, articleDirection),
  };
  return (
    <LexicalComposer key={doc.id} initialConfig={initialConfig}>
      {/* The wrapper carries the base direction and language: Lexical's ContentEditable does not pass dir on. */}
      <div className="article-frame" dir={direction} lang={doc.lang}>
        <ContentEditable
          className="article-text"
          aria-label={t('article.text')}
          aria-readonly
          aria-description={t('article.keys')}
          spellCheck={false}
          tabIndex={0}
        />
      </div>
      <ArticlePlugins {...props} />
    </LexicalComposer>
  );
}

function ArticlePlugins(props: Props) {
  const map = useArticleDomMap(props.document.text);
  const [handoff] = useState(() => new SelectionHandoff());
  return (
    <>
      <DirectionPlugin
        text={props.document.text}
        direction={{ base: props.direction, uniform: props.uniformDirection ?? false }}
      />
      <HighlightPlugin
        map={map}
        spans={props.spans}
        selectedSpanId={props.selectedSpanId}
        handle={props.handle}
        handoff={handoff}
      />
      <ProgressiveLayoutPlugin map={map} />
      <KeyboardCaretPlugin map={map} onSelectionChange={props.onSelectionChange} />
      <SelectionPlugin
        map={map}
        handoff={handoff}
        spans={props.spans}
        onSelectionChange={props.onSelectionChange}
        onSpanClick={props.onSpanClick}
      />
      <SearchMatchesPlugin map={map} matches={props.searchMatches ?? NO_MATCHES} />
      <SuggestionsPlugin
        map={map}
        suggestions={props.suggestions ?? NO_SUGGESTIONS}
        focusedId={props.focusedSuggestionId ?? null}
      />
      <RangeSelectionPlugin
        map={map}
        docId={props.document.id}
        request={props.selectionRequest ?? null}
        onSelectionChange={props.onSelectionChange}
      />
    </>
  );
}

const NO_MATCHES: readonly { start: number; end: number }[] = [];
const NO_SUGGESTIONS: readonly { id: string; start: number; end: number }[] = [];
