import { useTranslation } from 'react-i18next';
import type { CsvMapping } from '../../core/intake/csv';
import type { TextEncodingChoice } from '../../core/intake/decodeText';
import { TEXT_ENCODING_CHOICES } from '../../core/intake/decodeText';
import type { PreparedFile } from '../intake/prepareImport';
import type { ImportState } from './useImport';
import { useModalDialog } from './useModalDialog';

interface Props {
  state: ImportState;
  onCancel(): void;
  onConfirm(): void;
  onEncoding(index: number, encoding: TextEncodingChoice): void;
  onMapping(index: number, mapping: CsvMapping): void;
}

const CSV_FIELDS = ['text', 'title', 'source', 'date', 'url'] as const satisfies ReadonlyArray<
  keyof CsvMapping
>;

/** Encodings whose name says "(Arabic)": the name is kept, the word translated. */
const ARABIC_ENCODINGS: ReadonlySet<TextEncodingChoice> = new Set(['windows-1256', 'iso-8859-6']);

const PREVIEW_CHARS = 400;

/** Progress while reading and saving; a review of guessed encodings, CSV columns and refusals before commit. */
export function ImportDialog({ state, onCancel, onConfirm, onEncoding, onMapping }: Props) {
  const { t } = useTranslation();
  const dialog = useModalDialog(state.phase !== 'idle');

  return (
    <dialog
      ref={dialog}
      aria-labelledby="import-heading"
      className="dialog import-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {state.phase !== 'idle' && (
        <>
          <h2 id="import-heading">{t('importDialog.heading')}</h2>
          {state.phase === 'reading' || state.phase === 'saving' ? (
            <div className="import-progress">
              <progress
                aria-label={t('importDialog.progress')}
                max={Math.max(1, state.total)}
                value={state.done}
              />
              <p role="status">
                {t(state.phase === 'reading' ? 'importDialog.reading' : 'importDialog.saving', {
                  number: Math.min(state.done + 1, state.total),
                  total: state.total,
                })}
                {state.current ? <bdi>: {state.current}</bdi> : null}
              </p>
              <div className="dialog-actions">
                <button type="button" onClick={onCancel}>
                  {t('importDialog.cancelImport')}
                </button>
              </div>
            </div>
          ) : state.phase === 'review' ? (
            <Review
              state={state}
              onCancel={onCancel}
              onConfirm={onConfirm}
              onEncoding={onEncoding}
              onMapping={onMapping}
            />
          ) : null}
        </>
      )}
    </dialog>
  );
}

function Review({
  state,
  onCancel,
  onConfirm,
  onEncoding,
  onMapping,
}: Omit<Props, 'state'> & { state: Extract<ImportState, { phase: 'review' }> }) {
  const { t } = useTranslation();
  const refused = state.files.filter((file) => file.refusal);
  const count = state.files.reduce((sum, file) => sum + file.drafts.length, 0);
  const warnings = state.files.flatMap((file) => file.warnings);
  return (
    <div className="import-review">
      <p>
        {t('importDialog.summary', {
          documents: t('importDialog.documents', { count }),
          files: t('importDialog.files', { count: state.files.length }),
        })}
        {state.skippedHidden > 0 ? ` ${t('importDialog.hiddenLeftOut', { count: state.skippedHidden })}` : ''}
      </p>
      {refused.length > 0 && (
        <div role="alert" className="error">
          {refused.map((file) => (
            <p key={file.file.relativePath ?? file.file.name}>
              {t('importDialog.refusal', {
                name: file.file.relativePath ?? file.file.name,
                reason: file.refusal ?? '',
              })}
            </p>
          ))}
          <p>{t('importDialog.nothingUntilRemoved')}</p>
        </div>
      )}
      {state.files.map((file, index) =>
        file.encoding?.guessed || file.csv ? (
          <FileReview
            key={file.file.relativePath ?? file.file.name}
            file={file}
            index={index}
            onEncoding={onEncoding}
            onMapping={onMapping}
          />
        ) : null,
      )}
      {warnings.length > 0 && (
        <ul className="import-warnings" aria-label={t('importDialog.warnings')}>
          {warnings.map((warning, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: warnings are plain sentences that may repeat.
            <li key={i}>{warning}</li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('importDialog.cancel')}
        </button>
        <button type="button" onClick={onConfirm} disabled={refused.length > 0 || count === 0}>
          {t('importDialog.importDocuments', { count })}
        </button>
      </div>
    </div>
  );
}

function FileReview({
  file,
  index,
  onEncoding,
  onMapping,
}: {
  file: PreparedFile;
  index: number;
  onEncoding: Props['onEncoding'];
  onMapping: Props['onMapping'];
}) {
  const { t } = useTranslation();
  const name = file.file.relativePath ?? file.file.name;
  const first = file.drafts[0];
  return (
    <fieldset className="import-file" aria-label={name}>
      <legend>
        <bdi>{name}</bdi>
      </legend>
      {file.encoding?.guessed && (
        <label>
          {t('importDialog.encoding')}
          <select
            value={file.encoding.value}
            onChange={(event) => onEncoding(index, event.target.value as TextEncodingChoice)}
          >
            {TEXT_ENCODING_CHOICES.map((choice) => (
              <option key={choice.encoding} value={choice.encoding}>
                {ARABIC_ENCODINGS.has(choice.encoding)
                  ? t('importDialog.arabicEncoding', { name: choice.label.replace(/ \(Arabic\)$/, '') })
                  : choice.label}
              </option>
            ))}
          </select>
          <span className="hint">{t('importDialog.guessed')}</span>
        </label>
      )}
      {file.csv && (
        <div className="csv-mapping">
          {CSV_FIELDS.map((key) => (
            <label key={key}>
              {t(`importDialog.${key}Column`)}
              <select
                value={file.csv?.mapping[key] ?? ''}
                onChange={(event) => {
                  const value = event.target.value === '' ? undefined : Number(event.target.value);
                  const mapping: CsvMapping = { ...(file.csv?.mapping as CsvMapping) };
                  if (key === 'text') mapping.text = value ?? null;
                  else if (value === undefined) delete mapping[key];
                  else mapping[key] = value;
                  onMapping(index, mapping);
                }}
              >
                <option value="">{t('importDialog.noColumn')}</option>
                {file.csv?.header.map((column, columnIndex) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are identified by position.
                  <option key={columnIndex} value={columnIndex}>
                    {column || t('importDialog.column', { number: columnIndex + 1 })}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      )}
      {first && (
        <div className="import-preview">
          <p className="hint">
            {file.drafts.length > 1
              ? t('importDialog.previewOfFirst', { count: file.drafts.length })
              : t('importDialog.previewOfOne')}
          </p>
          <p className="preview-title">
            <bdi>{first.title}</bdi>
            {first.publishedAt ? ` · ${first.publishedAt}` : ''}
            {first.source ? (
              <>
                {' · '}
                <bdi>{first.source}</bdi>
              </>
            ) : null}
          </p>
          <section className="preview-text" dir="auto" aria-label={t('importDialog.previewOf', { name })}>
            {first.text.slice(0, PREVIEW_CHARS)}
            {first.text.length > PREVIEW_CHARS ? '…' : ''}
          </section>
        </div>
      )}
    </fieldset>
  );
}
