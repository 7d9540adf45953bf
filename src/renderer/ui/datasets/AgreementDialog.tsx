import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementBetweenAnnotators, agreementCsv, agreementJson } from '../../../core/formats/agreement';
import type { FormatDocument } from '../../../core/formats/types';
import { labelName } from '../../i18n/names';
import { useInterfaceFormat } from '../../i18n/useInterfaceFormat';
import { useModalDialog } from '../useModalDialog';
import { CompareDialog, type CompareRequest, type CompareStore } from './CompareDialog';

interface Props {
  /** The library as converters take it, or null when the dialog is closed. */
  documents: FormatDocument[] | null;
  onExportCsv(csv: string): void;
  /** The same report as `spanlight agree --json` writes it, the annotators as its sides. */
  onExportJson?(json: string): void;
  onClose(): void;
  /** Where "Compare side by side" reads the documents and writes curated spans; without it, no comparison. */
  store?: CompareStore;
  /** After curated spans were written to a document. */
  onCurated?(docId: string): void;
}

/**
 * "Agreement…": two annotators compared over the documents both worked on — per label, precision, recall and
 * F1 with exact and with overlap matching (the first annotator is the reference), and Cohen's kappa on tokens.
 */
export function AgreementDialog({ documents, onExportCsv, onExportJson, onClose, store, onCurated }: Props) {
  const { t } = useTranslation();
  const { decimal } = useInterfaceFormat();
  const format = (value: number | null) => (value === null ? '—' : decimal(value, 3));
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
  const dialog = useModalDialog(documents !== null, () => {
    setA(annotators[0] ?? '');
    setB(annotators[1] ?? '');
  });
  useEffect(() => {
    if (!documents) setCompare(null);
  }, [documents]);
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
        {documents !== null && (
          <>
            <h2 id="agreement-heading">{t('agreement.heading')}</h2>
            {annotators.length < 2 ? (
              <p>{t('agreement.needsTwo')}</p>
            ) : (
              <div className="csv-mapping">
                <label className="inline-field">
                  {t('agreement.reference')}
                  <select value={a} onChange={(event) => setA(event.target.value)}>
                    {annotators.map((name) => (
                      <option key={name}>{name}</option>
                    ))}
                  </select>
                </label>
                <label className="inline-field">
                  {t('agreement.compared')}
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
                  {t('agreement.shared', { count: report.shared })} {t('agreement.kappa')}{' '}
                  <strong>{format(report.result.kappa.value)}</strong>{' '}
                  {t('agreement.tokens', { count: report.result.kappa.tokens })}
                </p>
                <table className="agreement-table" aria-label={t('agreement.byLabel')}>
                  <thead>
                    <tr>
                      <th scope="col">{t('agreement.label')}</th>
                      <th scope="col">{a}</th>
                      <th scope="col">{b}</th>
                      <th scope="col">{t('agreement.exactP')}</th>
                      <th scope="col">{t('agreement.exactR')}</th>
                      <th scope="col">{t('agreement.exactF1')}</th>
                      <th scope="col">{t('agreement.overlapP')}</th>
                      <th scope="col">{t('agreement.overlapR')}</th>
                      <th scope="col">{t('agreement.overlapF1')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[
                      ...report.result.labels.map((row) => ({ ...row, name: labelName(t, row.label) })),
                      { ...report.result.overall, name: t('agreement.allLabels') },
                    ].map((row) => (
                      <tr key={row.label}>
                        <th scope="row">{row.name}</th>
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
                  {t('agreement.compare')}
                </button>
              )}
              {report && (
                <button type="button" onClick={() => onExportCsv(agreementCsv(report.result))}>
                  {t('agreement.exportCsv')}
                </button>
              )}
              {report && onExportJson && (
                <button
                  type="button"
                  onClick={() =>
                    onExportJson(agreementJson(report.result, { a, b, documents: report.shared }))
                  }
                >
                  {t('agreement.exportJson')}
                </button>
              )}
              <button type="button" onClick={onClose}>
                {t('agreement.close')}
              </button>
            </div>
          </>
        )}
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
