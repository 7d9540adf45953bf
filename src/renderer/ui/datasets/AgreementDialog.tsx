import { useEffect, useMemo, useRef, useState } from 'react';
import { agreementBetweenAnnotators, agreementCsv } from '../../../core/formats/agreement';
import type { FormatDocument } from '../../../core/formats/types';
import type { CurationStore } from './applyCuration';
import { CompareDialog, type CompareRequest } from './CompareDialog';

interface Props {
  /** The library as converters take it, or null when the dialog is closed. */
  documents: FormatDocument[] | null;
  onExportCsv(csv: string): void;
  onClose(): void;
  /** Where "Compare side by side" reads the documents and writes curated spans; without it, no comparison. */
  store?: CurationStore;
  /** After curated spans were written to a document. */
  onCurated?(docId: string): void;
}

const format = (value: number | null) => (value === null ? '—' : value.toFixed(3));

/**
 * "Agreement…": two annotators compared over the documents both worked on — per label, precision, recall and
 * F1 with exact and with overlap matching (the first annotator is the reference), and Cohen's kappa on tokens.
 */
export function AgreementDialog({ documents, onExportCsv, onClose, store, onCurated }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [compare, setCompare] = useState<CompareRequest | null>(null);
  const annotators = useMemo(
    () =>
      [
        ...new Set(
          (documents ?? []).flatMap((doc) => doc.annotations.map((a) => a.annotator).filter(Boolean)),
        ),
      ].sort() as string[],
    [documents],
  );
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (documents && !element.open) {
      setA(annotators[0] ?? '');
      setB(annotators[1] ?? '');
      element.showModal();
    }
    if (!documents && element.open) element.close();
    if (!documents) setCompare(null);
  }, [documents, annotators]);
  const report = useMemo(() => {
    if (!documents || !a || !b || a === b) return null;
    // Only documents both annotated: a document one of them never opened says nothing about agreement.
    const shared = documents.filter(
      (doc) =>
        doc.annotations.some((x) => x.annotator === a) && doc.annotations.some((x) => x.annotator === b),
    );
    return {
      shared: shared.length,
      documents: shared.map((doc, index) => ({ id: doc.id ?? String(index), title: doc.title })),
      result: agreementBetweenAnnotators(shared, a, b),
    };
  }, [documents, a, b]);

  return (
    <>
      <dialog
        ref={dialog}
        aria-labelledby="agreement-heading"
        className="dialog import-dialog"
        onClose={onClose}
      >
        <h2 id="agreement-heading">Agreement</h2>
        {annotators.length < 2 ? (
          <p>
            Agreement needs annotations from two annotators (set your name in Preferences, or import a
            colleague’s dataset with “Keep both”).
          </p>
        ) : (
          <div className="csv-mapping">
            <label className="inline-field">
              Reference annotator
              <select value={a} onChange={(event) => setA(event.target.value)}>
                {annotators.map((name) => (
                  <option key={name}>{name}</option>
                ))}
              </select>
            </label>
            <label className="inline-field">
              Compared annotator
              <select value={b} onChange={(event) => setB(event.target.value)}>
                {annotators.map((name) => (
                  <option key={name}>{name}</option>
                ))}
              </select>
            </label>
          </div>
        )}
        {report && (
          <>
            <p>
              {report.shared} document{report.shared === 1 ? '' : 's'} annotated by both. Cohen’s kappa on
              tokens: <strong>{format(report.result.kappa.value)}</strong> ({report.result.kappa.tokens}{' '}
              tokens).
            </p>
            <table className="agreement-table" aria-label="Agreement by label">
              <thead>
                <tr>
                  <th scope="col">Label</th>
                  <th scope="col">{a}</th>
                  <th scope="col">{b}</th>
                  <th scope="col">Exact P</th>
                  <th scope="col">Exact R</th>
                  <th scope="col">Exact F1</th>
                  <th scope="col">Overlap P</th>
                  <th scope="col">Overlap R</th>
                  <th scope="col">Overlap F1</th>
                </tr>
              </thead>
              <tbody>
                {[...report.result.labels, { ...report.result.overall, label: 'All labels' }].map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{row.label}</th>
                    <td>{row.a}</td>
                    <td>{row.b}</td>
                    <td>{format(row.exact.precision)}</td>
                    <td>{format(row.exact.recall)}</td>
                    <td>{format(row.exact.f1)}</td>
                    <td>{format(row.overlap.precision)}</td>
                    <td>{format(row.overlap.recall)}</td>
                    <td>{format(row.overlap.f1)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        <div className="dialog-actions">
          {report && store && report.shared > 0 && (
            <button type="button" onClick={() => setCompare({ a, b, documents: report.documents })}>
              Compare side by side
            </button>
          )}
          {report && (
            <button type="button" onClick={() => onExportCsv(agreementCsv(report.result))}>
              Export agreement CSV
            </button>
          )}
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </dialog>
      {store && (
        <CompareDialog
          request={compare}
          store={store}
          onChanged={(docId) => onCurated?.(docId)}
          onClose={() => setCompare(null)}
        />
      )}
    </>
  );
}
