import { useEffect, useMemo, useRef, useState } from 'react';
import type { Actor } from '../../../core/coding/actor';
import { FORMATS, type FormatId } from '../../../core/formats';
import type { FormatDocument, FormatFile } from '../../../core/formats/types';
import { LABELS, type LabelKey } from '../../../core/labels';
import type { DuplicatePolicy } from '../../storage/importDocuments';
import { ExportProgress } from './ExportProgress';
import { guessLabelMapping, type LabelMapping } from './labelMapping';
import { applyMapping, type DatasetPreview, readDataset } from './prepareDataset';
import type { TaskProgress } from './useProgressTask';

interface Props {
  /** The files chosen, or null when the dialog is closed. */
  files: FormatFile[] | null;
  library: ReadonlyArray<Pick<FormatDocument, 'id' | 'title' | 'text' | 'url'>>;
  /** Already read (a large Spanlight JSON, streamed): shown instead of reading `files`, whose content is empty. */
  preparsed?: DatasetPreview | null;
  /** While the import is written: documents done of all, shown in the dialog with "Cancel import". */
  progress?: TaskProgress | null;
  onCancelImport?(): void;
  /** `actors`: the registry the file carries (Spanlight JSON), merged into the library's. */
  onImport(
    documents: FormatDocument[],
    duplicates: DuplicatePolicy,
    actors?: readonly Actor[],
  ): Promise<void>;
  onClose(): void;
}

const POLICIES: Array<{ value: DuplicatePolicy; label: string }> = [
  { value: 'skip', label: 'Skip documents already in the library' },
  { value: 'replace', label: 'Replace their annotations with these' },
  { value: 'keep-both', label: 'Keep both sets (as different annotators)' },
];

/** "Import dataset…": a preview of what a file holds, its labels mapped, then one all-or-nothing import. */
export function ImportDatasetDialog({
  files,
  library,
  preparsed = null,
  progress = null,
  onCancelImport,
  onImport,
  onClose,
}: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [formatId, setFormatId] = useState<FormatId | undefined>(undefined);
  const [mapping, setMapping] = useState<LabelMapping>({});
  const [duplicates, setDuplicates] = useState<DuplicatePolicy>('skip');
  const [annotator, setAnnotator] = useState('');
  const [busy, setBusy] = useState(false);
  // doccano and Label Studio projects can name their columns: "text"/"label" unless the researcher says otherwise.
  const [fields, setFields] = useState({ textField: '', labelField: '' });

  const preview = useMemo(
    () => (files ? (preparsed ?? readDataset(files, library, formatId, fields)) : null),
    [files, library, formatId, fields, preparsed],
  );
  const outcome = preview?.outcome ?? null;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (files && !element.open) {
      setFormatId(undefined);
      setFields({ textField: '', labelField: '' });
      setAnnotator(files[0]?.path.replace(/\.[^.]+$/, '') ?? '');
      element.showModal();
    }
    if (!files && element.open) element.close();
  }, [files]);

  useEffect(() => {
    if (outcome?.ok) setMapping(guessLabelMapping(outcome.labels));
    // Span files without texts attach to documents already here: skipping those would import nothing.
    if (preview?.formatId === 'csv-spans' || preview?.formatId === 'w3c') setDuplicates('keep-both');
  }, [outcome, preview?.formatId]);

  // Memoized: a large dataset has hundreds of thousands of annotations to map, not to be redone on every render.
  const ready = useMemo(
    () => (outcome?.ok ? applyMapping(outcome.documents, mapping, annotator) : null),
    [outcome, mapping, annotator],
  );
  const spanCount = useMemo(
    () => ready?.documents.reduce((sum, doc) => sum + doc.annotations.length, 0) ?? 0,
    [ready],
  );

  return (
    <dialog ref={dialog} aria-labelledby="dataset-heading" className="dialog import-dialog" onClose={onClose}>
      <h2 id="dataset-heading">Import dataset</h2>
      <label className="inline-field">
        Dataset format
        <select
          value={preview?.formatId ?? ''}
          disabled={preparsed !== null}
          onChange={(event) => setFormatId(event.target.value as FormatId)}
        >
          {!preview?.formatId && <option value="">(choose)</option>}
          {FORMATS.map((format) => (
            <option key={format.id} value={format.id}>
              {format.name}
            </option>
          ))}
        </select>
      </label>
      {(preview?.formatId === 'doccano-jsonl' || preview?.formatId === 'label-studio') && (
        <div className="csv-mapping">
          <label className="inline-field">
            Text field
            <input
              value={fields.textField}
              placeholder="text"
              onChange={(event) => setFields({ ...fields, textField: event.target.value })}
            />
          </label>
          {preview.formatId === 'doccano-jsonl' && (
            <label className="inline-field">
              Label field
              <input
                value={fields.labelField}
                placeholder="label"
                onChange={(event) => setFields({ ...fields, labelField: event.target.value })}
              />
            </label>
          )}
        </div>
      )}
      {files && !preview?.formatId && (
        <p role="alert" className="error">
          The format of these files could not be recognised: choose it above.
        </p>
      )}
      {outcome && !outcome.ok && (
        <p role="alert" className="error">
          Cannot import “{files?.map((file) => file.path).join(', ')}”: {outcome.reason}. Nothing was
          imported.
        </p>
      )}
      {outcome?.ok && ready && (
        <>
          <p>
            {ready.documents.length} document{ready.documents.length === 1 ? '' : 's'}, {spanCount} annotation
            {spanCount === 1 ? '' : 's'}
            {outcome.offsetUnit
              ? `; offsets read as ${outcome.offsetUnit === 'utf16' ? 'UTF-16 code units' : outcome.offsetUnit === 'code-point' ? 'Unicode code points' : 'UTF-8 bytes'}`
              : ''}
            .{ready.dropped > 0 ? ` ${ready.dropped} annotations with unmapped labels will be left out.` : ''}
          </p>
          <fieldset className="import-file">
            <legend>Labels</legend>
            <div className="csv-mapping">
              {outcome.labels.map((label) => (
                <label key={label}>
                  <bdi>{label}</bdi>
                  <select
                    aria-label={`Label ${label}`}
                    value={mapping[label] ?? ''}
                    onChange={(event) =>
                      setMapping({ ...mapping, [label]: (event.target.value || null) as LabelKey | null })
                    }
                  >
                    <option value="">(leave out)</option>
                    {LABELS.map((ours) => (
                      <option key={ours.key} value={ours.key}>
                        {ours.name}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="import-file">
            <legend>Documents already in the library</legend>
            {POLICIES.map((policy) => (
              <label key={policy.value} className="checkbox">
                <input
                  type="radio"
                  name="duplicates"
                  checked={duplicates === policy.value}
                  onChange={() => setDuplicates(policy.value)}
                />
                {policy.label}
              </label>
            ))}
          </fieldset>
          <label className="inline-field">
            Annotator
            <input value={annotator} onChange={(event) => setAnnotator(event.target.value)} dir="auto" />
          </label>
          {[...outcome.warnings, ...outcome.unsupported].length > 0 && (
            <details>
              <summary>
                {outcome.warnings.length} warnings, {outcome.unsupported.length} records kept but not shown as
                spans
              </summary>
              <ul className="import-warnings" aria-label="Import warnings">
                {[...outcome.warnings, ...outcome.unsupported].map((line, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: plain sentences that may repeat.
                  <li key={index}>{line}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      {progress && onCancelImport && (
        <ExportProgress
          label="Import progress"
          cancelLabel="Cancel import"
          {...progress}
          onCancel={onCancelImport}
        />
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          disabled={!ready || busy || ready.documents.length === 0}
          onClick={async () => {
            if (!ready) return;
            setBusy(true);
            try {
              await onImport(ready.documents, duplicates, outcome?.ok ? outcome.actors : undefined);
            } finally {
              setBusy(false);
            }
          }}
        >
          Import {ready?.documents.length ?? 0} document{ready?.documents.length === 1 ? '' : 's'}
        </button>
      </div>
    </dialog>
  );
}
