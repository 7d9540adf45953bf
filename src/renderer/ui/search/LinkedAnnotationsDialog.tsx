import { useTranslation } from 'react-i18next';
import { labelName } from '../../i18n/names';
import type { LinkedAnnotation, LinkedAnnotations } from '../../storage/linkedAnnotations';
import { HitSnippet } from './HitSnippet';
import type { NamedLinkTarget } from './useLinkedAnnotations';
import './search.css';
import { useModalDialog } from '../useModalDialog';

interface Props {
  /** The actor or place asked about; null closes the dialog. */
  target: NamedLinkTarget | null;
  /** null while looking. */
  result: LinkedAnnotations | null;
  onChoose(annotation: LinkedAnnotation): void;
  onClose(): void;
}

/**
 * The annotations linked to one actor or place, across the library: one button per annotation (its document's
 * title, label and the annotation in context). Enter or a click opens it; Escape closes.
 */
export function LinkedAnnotationsDialog({ target, result, onChoose, onClose }: Props) {
  const { t } = useTranslation();
  const open = target !== null;
  const dialog = useModalDialog(open);
  const documents = result ? new Set(result.annotations.map(({ span }) => span.docId)).size : 0;
  return (
    <dialog
      ref={dialog}
      aria-labelledby="linked-annotations-heading"
      aria-describedby="linked-annotations-summary"
      className="dialog linked-annotations-dialog"
      onClose={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      {open && (
        <>
          <h2 id="linked-annotations-heading">
            {t('linkedAnnotations.heading', { name: target?.name ?? '' })}
          </h2>
          <p id="linked-annotations-summary" className="hint" aria-live="polite">
            {result === null
              ? t('linkedAnnotations.loading')
              : result.total === 0
                ? t('linkedAnnotations.none')
                : `${t('linkedAnnotations.found', {
                    count: result.total,
                    documents: t('linkedAnnotations.documents', { count: documents }),
                  })}${
                    result.total > result.annotations.length
                      ? ` ${t('linkedAnnotations.firstOf', { shown: result.annotations.length, total: result.total })}`
                      : ''
                  } ${t('linkedAnnotations.keys')}`}
          </p>
          {result && result.annotations.length > 0 && (
            <ul className="search-results linked-results" aria-label={t('linkedAnnotations.list')}>
              {result.annotations.map((annotation) => (
                <li key={annotation.span.id}>
                  <button type="button" onClick={() => onChoose(annotation)}>
                    <span className="hit-title" dir="auto">
                      {annotation.title}
                    </span>
                    <span className={`label-chip label-${annotation.span.label}`}>
                      {labelName(t, annotation.span.label)}
                    </span>
                    <HitSnippet snippet={annotation.snippet} />
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('linkedAnnotations.close')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
