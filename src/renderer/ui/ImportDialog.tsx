import { useEffect, useRef } from 'react';
import type { CsvMapping } from '../../core/intake/csv';
import type { TextEncodingChoice } from '../../core/intake/decodeText';
import { TEXT_ENCODING_CHOICES } from '../../core/intake/decodeText';
import { type PreparedFile, refusalMessage } from '../intake/prepareImport';
import type { ImportState } from './useImport';

interface Props {
  state: ImportState;
  onCancel(): void;
  onConfirm(): void;
  onEncoding(index: number, encoding: TextEncodingChoice): void;
  onMapping(index: number, mapping: CsvMapping): void;
}

const CSV_FIELDS: Array<{ key: keyof CsvMapping; label: string }> = [
  { key: 'text', label: 'Text column' },
  { key: 'title', label: 'Title column' },
  { key: 'source', label: 'Source column' },
  { key: 'date', label: 'Date column' },
  { key: 'url', label: 'URL column' },
];

const PREVIEW_CHARS = 400;

/** Progress while reading and saving; a review of guessed encodings, CSV columns and refusals before commit. */
export function ImportDialog({ state, onCancel, onConfirm, onEncoding, onMapping }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (state.phase !== 'idle' && !element.open) element.showModal();
    if (state.phase === 'idle' && element.open) element.close();
  }, [state.phase]);

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
      <h2 id="import-heading">Import</h2>
      {state.phase === 'reading' || state.phase === 'saving' ? (
        <div className="import-progress">
          <progress aria-label="Import progress" max={Math.max(1, state.total)} value={state.done} />
          <p role="status">
            {state.phase === 'reading' ? 'Reading' : 'Saving'} {Math.min(state.done + 1, state.total)} of{' '}
            {state.total}
            {state.current ? <bdi>: {state.current}</bdi> : null}
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={onCancel}>
              Cancel import
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
  const refused = state.files.filter((file) => file.refusal);
  const count = state.files.reduce((sum, file) => sum + file.drafts.length, 0);
  const warnings = state.files.flatMap((file) => file.warnings);
  return (
    <div className="import-review">
      <p>
        {count} document{count === 1 ? '' : 's'} from {state.files.length} file
        {state.files.length === 1 ? '' : 's'}.
        {state.skippedHidden > 0 ? ` ${state.skippedHidden} hidden files in the folder were left out.` : ''}
      </p>
      {refused.length > 0 && (
        <div role="alert" className="error">
          {refused.map((file) => (
            <p key={file.file.relativePath ?? file.file.name}>{refusalMessage(file)}</p>
          ))}
          <p>Nothing will be imported until these files are removed from the selection.</p>
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
        <ul className="import-warnings" aria-label="Import warnings">
          {warnings.map((warning, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: warnings are plain sentences that may repeat.
            <li key={i}>{warning}</li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" onClick={onConfirm} disabled={refused.length > 0 || count === 0}>
          Import {count} document{count === 1 ? '' : 's'}
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
  const name = file.file.relativePath ?? file.file.name;
  const first = file.drafts[0];
  return (
    <fieldset className="import-file" aria-label={name}>
      <legend>
        <bdi>{name}</bdi>
      </legend>
      {file.encoding?.guessed && (
        <label>
          Encoding
          <select
            value={file.encoding.value}
            onChange={(event) => onEncoding(index, event.target.value as TextEncodingChoice)}
          >
            {TEXT_ENCODING_CHOICES.map((choice) => (
              <option key={choice.encoding} value={choice.encoding}>
                {choice.label}
              </option>
            ))}
          </select>
          <span className="hint">Guessed: check the preview reads correctly.</span>
        </label>
      )}
      {file.csv && (
        <div className="csv-mapping">
          {CSV_FIELDS.map(({ key, label }) => (
            <label key={key}>
              {label}
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
                <option value="">(none)</option>
                {file.csv?.header.map((column, columnIndex) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are identified by position.
                  <option key={columnIndex} value={columnIndex}>
                    {column || `Column ${columnIndex + 1}`}
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
            Preview of{' '}
            {file.drafts.length > 1 ? `the first of ${file.drafts.length} documents` : 'the document'}:
          </p>
          <p className="preview-title">
            <bdi>{first.title}</bdi>
            {first.publishedAt ? ` · ${first.publishedAt}` : ''}
            {first.source ? <bdi> · {first.source}</bdi> : null}
          </p>
          <section className="preview-text" dir="auto" aria-label={`Preview of ${name}`}>
            {first.text.slice(0, PREVIEW_CHARS)}
            {first.text.length > PREVIEW_CHARS ? '…' : ''}
          </section>
        </div>
      )}
    </fieldset>
  );
}
