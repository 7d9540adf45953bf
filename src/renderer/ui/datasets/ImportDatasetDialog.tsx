import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../core/coding/actor';
import type { Place } from '../../../core/coding/place';
import { FORMATS, type FormatId } from '../../../core/formats';
import type { FormatDocument, FormatFile } from '../../../core/formats/types';
import type { LabelDefinition } from '../../../core/labels';
import { labelName } from '../../i18n/names';
import type { DuplicatePolicy } from '../../storage/importDocuments';
import { useLabels } from '../projects/LabelsContext';
import { useModalDialog } from '../useModalDialog';
import { ExportProgress } from './ExportProgress';
import { guessLabelMapping, type LabelMapping, NEW_LABEL } from './labelMapping';
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
  /**
   * `actors`: the registry the file carries (Spanlight JSON), merged into the library's; `places`: the places
   * its annotations and events link to, matched with the library's or added.
   */
  onImport(
    documents: FormatDocument[],
    duplicates: DuplicatePolicy,
    actors?: readonly Actor[],
    places?: readonly Place[],
    /** Labels the import adds to the current project (the file's labels mapped to "Add as a new label"). */
    newLabels?: readonly LabelDefinition[],
  ): Promise<void>;
  onClose(): void;
}

const POLICIES = [
  { value: 'skip', label: 'importDataset.skip' },
  { value: 'replace', label: 'importDataset.replace' },
  { value: 'keep-both', label: 'importDataset.keepBoth' },
] as const satisfies ReadonlyArray<{ value: DuplicatePolicy; label: string }>;

/** How the file's offsets were read (core/formats' offsetUnit), in the import summary. */
const OFFSET_UNITS = {
  utf16: 'importDataset.unitUtf16',
  'code-point': 'importDataset.unitCodePoint',
  'utf8-byte': 'importDataset.unitUtf8',
} as const;

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
  const { t } = useTranslation();
  const schema = useLabels();
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

  const dialog = useModalDialog(files !== null, () => {
    setFormatId(undefined);
    setFields({ textField: '', labelField: '' });
    setAnnotator(files?.[0]?.path.replace(/\.[^.]+$/, '') ?? '');
  });

  useEffect(() => {
    if (outcome?.ok) {
      // The labels a Spanlight JSON file declares in its table: those the project lacks become new labels.
      const table =
        (outcome.documents[0]?.meta?.spanlight as { labels?: unknown[] } | undefined)?.labels ?? [];
      const declared = new Set(
        table
          .map((entry) => (entry as { key?: unknown }).key)
          .filter((key): key is string => typeof key === 'string'),
      );
      setMapping(guessLabelMapping(outcome.labels, schema, declared));
    }
    // Span files without texts attach to documents already here: skipping those would import nothing.
    if (preview?.formatId === 'csv-spans' || preview?.formatId === 'w3c') setDuplicates('keep-both');
  }, [outcome, preview?.formatId, schema]);

  // Memoized: a large dataset has hundreds of thousands of annotations to map, not to be redone on every render.
  const ready = useMemo(
    () => (outcome?.ok ? applyMapping(outcome.documents, mapping, annotator, schema) : null),
    [outcome, mapping, annotator, schema],
  );
  const spanCount = useMemo(
    () => ready?.documents.reduce((sum, doc) => sum + doc.annotations.length, 0) ?? 0,
    [ready],
  );

  return (
    <dialog ref={dialog} aria-labelledby="dataset-heading" className="dialog import-dialog" onClose={onClose}>
      {files !== null && (
        <>
          <h2 id="dataset-heading">{t('importDataset.heading')}</h2>
          <label className="inline-field">
            {t('importDataset.format')}
            <select
              value={preview?.formatId ?? ''}
              disabled={preparsed !== null}
              onChange={(event) => setFormatId(event.target.value as FormatId)}
            >
              {!preview?.formatId && <option value="">{t('importDataset.choose')}</option>}
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
                {t('importDataset.textField')}
                <input
                  value={fields.textField}
                  placeholder="text"
                  onChange={(event) => setFields({ ...fields, textField: event.target.value })}
                />
              </label>
              {preview.formatId === 'doccano-jsonl' && (
                <label className="inline-field">
                  {t('importDataset.labelField')}
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
              {t('importDataset.notRecognised')}
            </p>
          )}
          {outcome && !outcome.ok && (
            <p role="alert" className="error">
              {t('importDataset.cannotImport', {
                files: (files ?? []).map((file) => file.path).join(t('importDataset.fileSeparator')),
                reason: outcome.reason,
              })}
            </p>
          )}
          {outcome?.ok && ready && (
            <>
              <p>
                {t('importDataset.contents', {
                  documents: t('importDataset.documents', { count: ready.documents.length }),
                  annotations: t('importDataset.annotations', { count: spanCount }),
                  offsets: outcome.offsetUnit
                    ? t('importDataset.offsetsRead', { unit: t(OFFSET_UNITS[outcome.offsetUnit]) })
                    : '',
                  dropped: ready.dropped > 0 ? t('importDataset.dropped', { count: ready.dropped }) : '',
                })}
              </p>
              <fieldset className="import-file">
                <legend>{t('importDataset.labels')}</legend>
                <div className="csv-mapping">
                  {outcome.labels.map((label) => (
                    <label key={label}>
                      <bdi>{label}</bdi>
                      <select
                        aria-label={t('importDataset.labelFor', { label })}
                        value={mapping[label] ?? ''}
                        onChange={(event) => setMapping({ ...mapping, [label]: event.target.value || null })}
                      >
                        <option value="">{t('importDataset.leaveOut')}</option>
                        {schema.map((ours) => (
                          <option key={ours.key} value={ours.key}>
                            {labelName(t, ours.key, schema)}
                          </option>
                        ))}
                        <option value={NEW_LABEL}>{t('projects.addAsNewLabel')}</option>
                      </select>
                    </label>
                  ))}
                </div>
                {ready.newLabels.length > 0 && (
                  <p>
                    {t('projects.newLabels', {
                      labels: ready.newLabels
                        .map((label) => (label.shortcut ? `${label.name} (${label.shortcut})` : label.name))
                        .join(t('importDataset.fileSeparator')),
                    })}
                  </p>
                )}
              </fieldset>
              <fieldset className="import-file">
                <legend>{t('importDataset.duplicates')}</legend>
                {POLICIES.map((policy) => (
                  <label key={policy.value} className="checkbox">
                    <input
                      type="radio"
                      name="duplicates"
                      checked={duplicates === policy.value}
                      onChange={() => setDuplicates(policy.value)}
                    />
                    {t(policy.label)}
                  </label>
                ))}
              </fieldset>
              <label className="inline-field">
                {t('importDataset.annotator')}
                <input value={annotator} onChange={(event) => setAnnotator(event.target.value)} dir="auto" />
              </label>
              {[...outcome.warnings, ...outcome.unsupported].length > 0 && (
                <details>
                  <summary>
                    {t('importDataset.notices', {
                      warnings: outcome.warnings.length,
                      unsupported: outcome.unsupported.length,
                    })}
                  </summary>
                  <ul className="import-warnings" aria-label={t('importDataset.warnings')}>
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
              label={t('progress.importProgress')}
              cancelLabel={t('progress.cancelImport')}
              {...progress}
              onCancel={onCancelImport}
            />
          )}
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('importDataset.cancel')}
            </button>
            <button
              type="button"
              disabled={!ready || busy || ready.documents.length === 0}
              onClick={async () => {
                if (!ready) return;
                setBusy(true);
                try {
                  await onImport(
                    ready.documents,
                    duplicates,
                    outcome?.ok ? outcome.actors : undefined,
                    outcome?.ok ? outcome.places : undefined,
                    ready.newLabels,
                  );
                } finally {
                  setBusy(false);
                }
              }}
            >
              {t('importDataset.import', { count: ready?.documents.length ?? 0 })}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
