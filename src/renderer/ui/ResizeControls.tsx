import { useTranslation } from 'react-i18next';
import type { SpanEdge } from '../../core/spans/resizeSpan';
import type { Span } from '../../core/spans/span';
import type { TextDirection } from '../../core/text/direction';
import { paragraphDirectionAt } from '../../core/text/paragraphDirectionAt';

interface Props {
  /** The selected annotation; nothing is shown without one. */
  span: Span | undefined;
  text: string;
  direction: TextDirection;
  uniformDirection: boolean;
  canResizeToSelection: boolean;
  onMoveEdge(edge: SpanEdge, forward: boolean): void;
  onResizeToSelection(): void;
}

/**
 * Buttons for resizing the selected annotation, one character at a time or to the text selected in the article,
 * each naming its key (ui/useResizing.ts). The arrow a button names follows the paragraph's direction: in a
 * right-to-left paragraph "Extend end" is Shift+Alt+ArrowLeft.
 */
export function ResizeControls(props: Props) {
  const { t } = useTranslation();
  const { span, text } = props;
  if (!span) return null;
  const arrows = (edge: SpanEdge) => {
    const inside = edge === 'end' ? span.end - 1 : span.start;
    const rtl = paragraphDirectionAt(text, inside, props.direction, props.uniformDirection) === 'rtl';
    const modifiers = edge === 'end' ? 'Shift+Alt' : 'Alt';
    return {
      forward: `${modifiers}+${rtl ? 'ArrowLeft' : 'ArrowRight'}`,
      backward: `${modifiers}+${rtl ? 'ArrowRight' : 'ArrowLeft'}`,
    };
  };
  const start = arrows('start');
  const end = arrows('end');
  return (
    <fieldset className="resize-annotation" aria-label={t('resize.region')}>
      <div className="selected-actions">
        <button
          type="button"
          aria-keyshortcuts={start.backward}
          onClick={() => props.onMoveEdge('start', false)}
        >
          {t('resize.extendStart')}
        </button>
        <button
          type="button"
          aria-keyshortcuts={start.forward}
          onClick={() => props.onMoveEdge('start', true)}
        >
          {t('resize.shrinkStart')}
        </button>
        <button type="button" aria-keyshortcuts={end.backward} onClick={() => props.onMoveEdge('end', false)}>
          {t('resize.shrinkEnd')}
        </button>
        <button type="button" aria-keyshortcuts={end.forward} onClick={() => props.onMoveEdge('end', true)}>
          {t('resize.extendEnd')}
        </button>
        <button
          type="button"
          aria-keyshortcuts="R"
          disabled={!props.canResizeToSelection}
          // Keeps the article's text selection: it is what the annotation is resized to.
          onMouseDown={(event) => event.preventDefault()}
          onClick={props.onResizeToSelection}
        >
          {t('resize.toSelection')}
        </button>
      </div>
      <p className="hint">{t('resize.keys')}</p>
    </fieldset>
  );
}
