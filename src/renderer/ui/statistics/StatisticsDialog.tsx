import { useEffect, useRef, useState } from 'react';
import { LABELS } from '../../../core/labels';
import type { LibraryStatistics } from '../../../core/stats/libraryStatistics';
import {
  annotatorCountsCsv,
  labelCountsCsv,
  mentionCountsCsv,
  overTimeCsv,
} from '../../../core/stats/statisticsCsv';
import { BarChart, type BarRow } from './BarChart';
import { ChartFigure } from './ChartFigure';
import { MonthChart, monthName } from './MonthChart';
import './statistics.css';

interface Props {
  open: boolean;
  /** Null while the library is being counted. */
  statistics: LibraryStatistics | null;
  /** What the last export did ("Exported … Saved …"), said inside the dialog: the app's message line is behind it. */
  exported: string | null;
  onExportCsv(fileName: string, csv: string): void;
  onExportPng(fileName: string, svg: SVGSVGElement, background: string): void;
  onClose(): void;
}

/** Actors and places beyond this rank are in the CSV, not in the chart. */
export const TOP_ROWS = 10;

const ACTOR_COLOR = LABELS.find((label) => label.key === 'actor')?.color ?? '#56B4E9';
const PLACE_COLOR = LABELS.find((label) => label.key === 'place')?.color ?? '#E69F00';
const labelName = (key: string) => LABELS.find((label) => label.key === key)?.name ?? key;
const labelColor = (key: string) => LABELS.find((label) => label.key === key)?.color ?? '#999999';
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * "Statistics…": the library counted — annotations per label, top actors and places, annotations over the
 * documents' publication months, per annotator — as hand-drawn SVG charts, each with its table and its CSV and
 * PNG exports.
 */
export function StatisticsDialog({ open, statistics, exported, onExportCsv, onExportPng, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [showTables, setShowTables] = useState(false);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  const png = (name: string) => (svg: SVGSVGElement) =>
    onExportPng(`spanlight-${name}.png`, svg, getComputedStyle(dialog.current ?? svg).backgroundColor);

  const stats = statistics;
  const labelKeys = stats
    ? [...new Set([...LABELS.map((label) => label.key), ...stats.labels.map((row) => row.label)])]
    : [];
  return (
    <dialog
      ref={dialog}
      aria-labelledby="statistics-heading"
      className="dialog statistics-dialog"
      onClose={onClose}
    >
      <h2 id="statistics-heading">Statistics</h2>
      {!stats ? (
        <p role="status">Counting the library…</p>
      ) : (
        <>
          <p className="statistics-totals">
            {plural(stats.annotations, 'annotation')} in {plural(stats.documents, 'document')}.
          </p>
          <label className="inline-field">
            <input
              type="checkbox"
              checked={showTables}
              onChange={(event) => setShowTables(event.target.checked)}
            />
            Show tables
          </label>
          <div className="statistics-charts">
            <ChartFigure
              title="Annotations per label"
              chart={(ref) => (
                <BarChart
                  svgRef={ref}
                  rows={stats.labels.map(
                    (row): BarRow => ({ key: row.label, name: row.name, value: row.count, color: row.color }),
                  )}
                />
              )}
              columns={['Label', 'Annotations', 'Documents']}
              rows={stats.labels.map((row) => ({
                key: row.label,
                cells: [row.name, row.count, row.documents],
              }))}
              showTable={showTables}
              onExportCsv={() => onExportCsv('spanlight-labels.csv', labelCountsCsv(stats.labels))}
              onExportPng={png('labels')}
            />
            {(['actor', 'place'] as const).map((kind) => {
              const rows = kind === 'actor' ? stats.actors : stats.places;
              const shown = rows.slice(0, TOP_ROWS);
              const title = kind === 'actor' ? 'Top actors' : 'Top places';
              return (
                <ChartFigure
                  key={kind}
                  title={title}
                  summary={
                    rows.length > TOP_ROWS
                      ? `The ${TOP_ROWS} most annotated of ${rows.length}; the CSV has them all.`
                      : `Linked ${kind}s count under their registry name; others by their text.`
                  }
                  chart={(ref) => (
                    <BarChart
                      svgRef={ref}
                      rows={shown.map((row) => ({
                        key: row.key,
                        name: row.name,
                        value: row.count,
                        color: kind === 'actor' ? ACTOR_COLOR : PLACE_COLOR,
                      }))}
                    />
                  )}
                  columns={[kind === 'actor' ? 'Actor' : 'Place', 'Annotations', 'Documents', 'Linked']}
                  rows={shown.map((row) => ({
                    key: row.key,
                    cells: [row.name, row.count, row.documents, row.id === null ? 'No' : 'Yes'],
                  }))}
                  showTable={showTables}
                  onExportCsv={() => onExportCsv(`spanlight-top-${kind}s.csv`, mentionCountsCsv(rows, kind))}
                  onExportPng={png(`top-${kind}s`)}
                />
              );
            })}
            <ChartFigure
              title="Annotations by month"
              summary={`By the month each document was published. ${plural(stats.overTime.undated.count, 'annotation')} in ${plural(stats.overTime.undated.documents, 'document')} without a readable publication month ${stats.overTime.undated.count === 1 ? 'is' : 'are'} counted apart.`}
              chart={(ref) => <MonthChart svgRef={ref} months={stats.overTime.months} />}
              columns={['Month', 'Annotations', 'Documents']}
              rows={[
                ...stats.overTime.months.map((row) => ({
                  key: row.month,
                  cells: [monthName(row.month, 'long'), row.count, row.documents],
                })),
                {
                  key: 'undated',
                  cells: ['No date', stats.overTime.undated.count, stats.overTime.undated.documents],
                },
              ]}
              showTable={showTables}
              onExportCsv={() => onExportCsv('spanlight-by-month.csv', overTimeCsv(stats.overTime))}
              onExportPng={png('by-month')}
            />
            <ChartFigure
              title="Annotations per annotator"
              summary={
                <>
                  <p>Each bar is split by label.</p>
                  <LabelLegend />
                </>
              }
              chart={(ref) => (
                <BarChart
                  svgRef={ref}
                  rows={stats.annotators.map((row) => ({
                    key: row.key,
                    name: row.name,
                    value: row.count,
                    color: ACTOR_COLOR,
                    segments: labelKeys.map((key) => ({
                      key,
                      name: labelName(key),
                      value: row.byLabel[key] ?? 0,
                      color: labelColor(key),
                    })),
                  }))}
                />
              )}
              columns={['Annotator', 'Annotations', 'Documents', ...labelKeys.map(labelName)]}
              rows={stats.annotators.map((row) => ({
                key: row.key,
                cells: [row.name, row.count, row.documents, ...labelKeys.map((key) => row.byLabel[key] ?? 0)],
              }))}
              showTable={showTables}
              onExportCsv={() =>
                onExportCsv('spanlight-annotators.csv', annotatorCountsCsv(stats.annotators, labelKeys))
              }
              onExportPng={png('annotators')}
            />
          </div>
        </>
      )}
      <div className="dialog-actions">
        <p role="status" className="statistics-exported">
          {exported ?? ''}
        </p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}

/** The label colours, for the bars split by label. */
function LabelLegend() {
  return (
    <ul className="chart-legend" aria-label="Label colours">
      {LABELS.map((label) => (
        <li key={label.key}>
          <span className="chart-swatch" style={{ background: label.color }} aria-hidden="true" />
          {label.name}
        </li>
      ))}
    </ul>
  );
}
