import { useTranslation } from 'react-i18next';
import type { SpanlightDocument } from '../../core/document';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../core/documentStatus';
import type { TextDirection } from '../../core/text/direction';
import { statusName } from '../i18n/names';

interface Props {
  document: SpanlightDocument;
  titleId: string;
  status: DocumentStatus;
  direction: TextDirection;
  onStatus: (status: DocumentStatus) => void;
  onUndo: () => void;
  onRedo: () => void;
  onEditDetails: () => void;
  onFlipDirection: () => void;
  onExportJson: () => void;
}

/** The open document's title and the actions on it. */
export function DocumentHeader(props: Props) {
  const { t } = useTranslation();
  const { document, titleId, status, direction } = props;
  return (
    <header className="doc-header">
      <h1 id={titleId} dir="auto">
        {document.title}
      </h1>
      <div className="doc-actions">
        <select
          aria-label={t('document.status')}
          value={status}
          onChange={(event) => props.onStatus(event.target.value as DocumentStatus)}
        >
          {DOCUMENT_STATUSES.map((choice) => (
            <option key={choice.key} value={choice.key}>
              {statusName(t, choice.key)}
            </option>
          ))}
        </select>
        <button type="button" onClick={props.onUndo} aria-keyshortcuts="Control+Z">
          {t('document.undo')}
        </button>
        <button type="button" onClick={props.onRedo} aria-keyshortcuts="Control+Shift+Z Control+Y">
          {t('document.redo')}
        </button>
        <button type="button" onClick={props.onEditDetails}>
          {t('document.editDetails')}
        </button>
        <button type="button" aria-pressed={direction === 'rtl'} onClick={props.onFlipDirection}>
          {t('document.rightToLeft')}
        </button>
        <button type="button" onClick={props.onExportJson}>
          {t('document.exportDocumentJson')}
        </button>
      </div>
    </header>
  );
}
