import type { TFunction } from 'i18next';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import {
  acceptedVersion,
  CURATED_ANNOTATOR,
  type Version,
  versionKeys,
} from '../../../core/agreement/curation';
import {
  type DifferenceKind,
  type SpanDifference,
  spanDifferences,
} from '../../../core/agreement/spanDifferences';
import type { Span } from '../../../core/spans/span';
import type { AnnotationStore } from '../../storage/annotationStore';
import { VersionCell } from './VersionCell';
import './compare.css';
import { useModalDialog } from '../useModalDialog';

export interface CompareRequest {
  /** The reference annotator (A) and the compared one (B). */
  a: string;
  b: string;
  /** Documents both annotated, in the order to offer them. */
  documents: ReadonlyArray<{ id: string; title: string }>;
}

/** The part of the store comparing and curating needs. */
export type CompareStore = Pick<AnnotationStore, 'snapshot' | 'curation'>;

interface Props {
  request: CompareRequest | null;
  store: CompareStore;
  /** After curated spans were written to a document (to refresh what shows it). */
  onChanged(docId: string): void;
  onClose(): void;
}

function kindName(t: TFunction, kind: DifferenceKind, a: string, b: string): string {
  if (kind === 'only-a') return t('compare.only', { name: a });
  if (kind === 'only-b') return t('compare.only', { name: b });
  return t(`compare.${kind}`);
}

/**
 * "Compare side by side": for one document, every place where annotators A and B differ, each version in its
 * column with the covered text in context, and a way to take A's or B's version of each difference (or of all of
 * them) into the curated set — the spans of annotator "curated", which export like any other annotator's.
 */
export function CompareDialog({ request, store, onChanged, onClose }: Props) {
  const { t } = useTranslation();
  const [docId, setDocId] = useState('');
  const [entry, setEntry] = useState<{ text: string; spans: Span[] } | null>(null);
  const [showIdentical, setShowIdentical] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  // Choices of an empty version (B on an "only A" row) leave nothing in the store to show them: kept here.
  const [chosenEmpty, setChosenEmpty] = useState<Map<string, Version>>(new Map());

  const dialog = useModalDialog(request !== null, () => {
    setDocId(request?.documents[0]?.id ?? '');
    setStatus('');
    setChosenEmpty(new Map());
  });

  const load = useCallback(async () => {
    if (!docId) return setEntry(null);
    const [found] = await store.snapshot([docId]);
    setEntry(found ? { text: found.document.text, spans: found.spans } : null);
  }, [store, docId]);

  useEffect(() => {
    void load().catch((error: unknown) => setStatus(t('compare.notRead', { reason: messageOf(error) })));
  }, [load, t]);

  const a = request?.a ?? '';
  const b = request?.b ?? '';
  const rows = useMemo(() => {
    if (!entry) return [];
    const of = (who: string) => entry.spans.filter((span) => span.annotator === who);
    return spanDifferences(of(a), of(b));
  }, [entry, a, b]);
  // What each version holds over all the rows: a span they share stays when the other's duplicate is settled.
  const held = useMemo(() => ({ a: versionKeys(rows, 'a'), b: versionKeys(rows, 'b') }), [rows]);
  const curated = useMemo(
    () => entry?.spans.filter((span) => span.annotator === CURATED_ANNOTATOR) ?? [],
    [entry],
  );

  const accept = async (chosen: readonly SpanDifference<Span>[], version: Version, what: string) => {
    if (!entry) return;
    setBusy(true);
    let message: string;
    try {
      // One transaction for the whole accept (one row or all of them), one undo step.
      const working = await store.curation.accept(docId, chosen, version, rows);
      setChosenEmpty((before) => {
        const next = new Map(before);
        for (const row of chosen) next.set(rowKey(row), version);
        return next;
      });
      message = t('compare.accepted', {
        name: version === 'a' ? a : b,
        what,
        spans: t('compare.spans', { count: working.length }),
      });
      onChanged(docId);
    } catch (error) {
      message = t('compare.notSaved', { reason: messageOf(error) });
    }
    // Announced once the table shows the result and its buttons work again, not while they are still disabled.
    await load().catch(() => undefined);
    setBusy(false);
    setStatus(message);
  };

  const differences = rows.filter((row) => row.kind !== 'identical');
  const shown = showIdentical ? rows : differences;

  return (
    <dialog
      ref={dialog}
      aria-labelledby="compare-heading"
      className="dialog compare-dialog"
      onClose={onClose}
    >
      {request !== null && (
        <>
          <h2 id="compare-heading">{t('compare.heading')}</h2>
          <div className="compare-toolbar">
            <label className="inline-field">
              {t('compare.document')}
              <select value={docId} onChange={(event) => setDocId(event.target.value)} dir="auto">
                {request?.documents.map((doc) => (
                  <option key={doc.id} value={doc.id}>
                    {doc.title || doc.id}
                  </option>
                ))}
              </select>
            </label>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={showIdentical}
                onChange={(event) => setShowIdentical(event.target.checked)}
              />
              {t('compare.showIdentical')}
            </label>
          </div>
          {entry && (
            <p>
              <Trans
                t={t}
                i18nKey="compare.summary"
                values={{
                  differences: t('compare.differences', { count: differences.length }),
                  a,
                  b,
                  same: t('compare.spans', { count: rows.length - differences.length }),
                  curated: t('compare.spans', { count: curated.length }),
                }}
                components={{ a: <bdi />, b: <bdi /> }}
              />
            </p>
          )}
          <div className="compare-toolbar">
            <button
              type="button"
              disabled={busy || rows.length === 0}
              onClick={() => void accept(rows, 'a', t('compare.everyDifference'))}
            >
              {t('compare.acceptAllA')}
            </button>
            <button
              type="button"
              disabled={busy || rows.length === 0}
              onClick={() => void accept(rows, 'b', t('compare.everyDifference'))}
            >
              {t('compare.acceptAllB')}
            </button>
          </div>
          {entry && shown.length === 0 && <p>{t('compare.noDifferences')}</p>}
          {entry && shown.length > 0 && (
            <table className="compare-table" aria-label={t('compare.table')}>
              <thead>
                <tr>
                  <th scope="col">{t('compare.difference')}</th>
                  <th scope="col">
                    A: <bdi>{a}</bdi>
                  </th>
                  <th scope="col">
                    B: <bdi>{b}</bdi>
                  </th>
                  <th scope="col">{t('compare.curated')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row, index) => {
                  const id = `compare-row-${index}`;
                  const stored = acceptedVersion(row, curated, held);
                  const state = stored ?? emptyChoice(row, chosenEmpty);
                  return (
                    <tr key={rowKey(row)} aria-labelledby={id}>
                      <th scope="row" id={id}>
                        {kindName(t, row.kind, a, b)}
                      </th>
                      <td className="compare-version">
                        <VersionCell text={entry.text} row={row} spans={row.a} />
                      </td>
                      <td className="compare-version">
                        <VersionCell text={entry.text} row={row} spans={row.b} />
                      </td>
                      <td>
                        <div className="compare-actions">
                          <button
                            type="button"
                            aria-pressed={state === 'a' || state === 'both'}
                            aria-describedby={id}
                            disabled={busy}
                            onClick={() => void accept([row], 'a', describeRow(t, row, entry.text))}
                          >
                            {t('compare.acceptA')}
                          </button>
                          <button
                            type="button"
                            aria-pressed={state === 'b' || state === 'both'}
                            aria-describedby={id}
                            disabled={busy}
                            onClick={() => void accept([row], 'b', describeRow(t, row, entry.text))}
                          >
                            {t('compare.acceptB')}
                          </button>
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <p role="status">{status}</p>
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('compare.close')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}

/** A row's identity across reloads: its spans' ids. */
function rowKey(row: SpanDifference<Span>): string {
  return `${row.a.map((span) => span.id).join(',')}|${row.b.map((span) => span.id).join(',')}`;
}

/** The version chosen for a row only when it was the empty one, which the store cannot show. */
function emptyChoice(row: SpanDifference<Span>, chosen: ReadonlyMap<string, Version>): Version | null {
  const version = chosen.get(rowKey(row));
  if (version === 'a' && row.a.length === 0) return 'a';
  if (version === 'b' && row.b.length === 0) return 'b';
  return null;
}

function describeRow(t: TFunction, row: SpanDifference<Span>, text: string): string {
  return t('compare.quoted', { text: text.slice(row.start, row.end) });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
