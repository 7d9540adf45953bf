import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LABELS } from '../../../core/labels';
import type { LibraryStatistics } from '../../../core/stats/libraryStatistics';
import {
  annotatorCountsCsv,
  labelCountsCsv,
  mentionCountsCsv,
  overTimeCsv,
} from '../../../core/stats/statisticsCsv';
import { directionOf } from '../../i18n/language';
import { labelName } from '../../i18n/names';
import { useInterfaceFormat } from '../../i18n/useInterfaceFormat';
import { BarChart, type BarRow } from './BarChart';
import { ChartFigure } from './ChartFigure';
import { MonthChart, monthName } from './MonthChart';
import './statistics.css';
import { useModalDialog } from '../useModalDialog';

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

/**
 * "Statistics…": the library counted — annotations per label, top actors and places, annotations over the
 * documents' publication months, per annotator — as hand-drawn SVG charts, each with its table and its CSV and
 * PNG exports. In the Arabic interface the charts are mirrored and their numbers and months are Arabic; the
 * CSV exports stay as they are (data, not interface).
 */
export function StatisticsDialog({ open, statistics, exported, onExportCsv, onExportPng, onClose }: Props) {
  const { t } = useTranslation();
  const format = useInterfaceFormat();
  const mirrored = directionOf(format.language) === 'rtl';
  const [showTables, setShowTables] = useState(false);
  const dialog = useModalDialog(open);
  const png = (name: string) => (svg: SVGSVGElement) =>
    onExportPng(`spanlight-${name}.png`, svg, getComputedStyle(dialog.current ?? svg).backgroundColor);
  const chartText = { mirrored, formatValue: format.count, emptyText: t('statistics.noneYet') };

  const stats = statistics;
  // The project's labels (with their colours and names) come with the counts: stats.labels lists each of them.
  const labelKeys = stats ? stats.labels.map((row) => row.label) : [];
  const labelColor = (key: string) => stats?.labels.find((row) => row.label === key)?.color ?? '#999999';
  const schema = stats?.labels.map((row) => ({ key: row.label, name: row.name }));
  const nameOfLabel = (key: string) => labelName(t, key, schema);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="statistics-heading"
      className="dialog statistics-dialog"
      onClose={onClose}
    >
      {open && (
        <>
          <h2 id="statistics-heading">{t('statistics.heading')}</h2>
          {!stats ? (
            <p role="status">{t('statistics.counting')}</p>
          ) : (
            <>
              <p className="statistics-totals">
                {t('statistics.totals', {
                  annotations: t('statistics.annotations', { count: stats.annotations }),
                  documents: t('statistics.documents', { count: stats.documents }),
                })}
              </p>
              <label className="inline-field">
                <input
                  type="checkbox"
                  checked={showTables}
                  onChange={(event) => setShowTables(event.target.checked)}
                />
                {t('statistics.showTables')}
              </label>
              <div className="statistics-charts">
                <ChartFigure
                  title={t('statistics.perLabel')}
                  chart={(ref) => (
                    <BarChart
                      svgRef={ref}
                      {...chartText}
                      rows={stats.labels.map(
                        (row): BarRow => ({
                          key: row.label,
                          name: nameOfLabel(row.label),
                          value: row.count,
                          color: row.color,
                        }),
                      )}
                    />
                  )}
                  columns={[
                    t('statistics.label'),
                    t('statistics.annotationsColumn'),
                    t('statistics.documentsColumn'),
                  ]}
                  rows={stats.labels.map((row) => ({
                    key: row.label,
                    cells: [nameOfLabel(row.label), row.count, row.documents],
                  }))}
                  showTable={showTables}
                  onExportCsv={() => onExportCsv('spanlight-labels.csv', labelCountsCsv(stats.labels))}
                  onExportPng={png('labels')}
                />
                {(['actor', 'place'] as const).map((kind) => {
                  const rows = kind === 'actor' ? stats.actors : stats.places;
                  const shown = rows.slice(0, TOP_ROWS);
                  return (
                    <ChartFigure
                      key={kind}
                      title={kind === 'actor' ? t('statistics.topActors') : t('statistics.topPlaces')}
                      summary={
                        rows.length > TOP_ROWS
                          ? t('statistics.topOf', { top: TOP_ROWS, count: rows.length })
                          : kind === 'actor'
                            ? t('statistics.linkedActors')
                            : t('statistics.linkedPlaces')
                      }
                      chart={(ref) => (
                        <BarChart
                          svgRef={ref}
                          {...chartText}
                          rows={shown.map((row) => ({
                            key: row.key,
                            name: row.name,
                            value: row.count,
                            color: kind === 'actor' ? ACTOR_COLOR : PLACE_COLOR,
                          }))}
                        />
                      )}
                      columns={[
                        kind === 'actor' ? t('statistics.actor') : t('statistics.place'),
                        t('statistics.annotationsColumn'),
                        t('statistics.documentsColumn'),
                        t('statistics.linked'),
                      ]}
                      rows={shown.map((row) => ({
                        key: row.key,
                        cells: [
                          row.name,
                          row.count,
                          row.documents,
                          row.id === null ? t('statistics.no') : t('statistics.yes'),
                        ],
                      }))}
                      showTable={showTables}
                      onExportCsv={() =>
                        onExportCsv(`spanlight-top-${kind}s.csv`, mentionCountsCsv(rows, kind))
                      }
                      onExportPng={png(`top-${kind}s`)}
                    />
                  );
                })}
                <ChartFigure
                  title={t('statistics.byMonth')}
                  summary={`${t('statistics.byMonthSummary')} ${t('statistics.undated', {
                    count: stats.overTime.undated.count,
                    documents: t('statistics.documents', { count: stats.overTime.undated.documents }),
                  })}`}
                  chart={(ref) => (
                    <MonthChart
                      svgRef={ref}
                      months={stats.overTime.months}
                      language={format.language}
                      mirrored={mirrored}
                      emptyText={t('statistics.noMonth')}
                    />
                  )}
                  columns={[
                    t('statistics.month'),
                    t('statistics.annotationsColumn'),
                    t('statistics.documentsColumn'),
                  ]}
                  rows={[
                    ...stats.overTime.months.map((row) => ({
                      key: row.month,
                      cells: [monthName(row.month, 'long', format.language), row.count, row.documents],
                    })),
                    {
                      key: 'undated',
                      cells: [
                        t('statistics.noDate'),
                        stats.overTime.undated.count,
                        stats.overTime.undated.documents,
                      ],
                    },
                  ]}
                  showTable={showTables}
                  onExportCsv={() => onExportCsv('spanlight-by-month.csv', overTimeCsv(stats.overTime))}
                  onExportPng={png('by-month')}
                />
                <ChartFigure
                  title={t('statistics.perAnnotator')}
                  summary={
                    <>
                      <p>{t('statistics.splitByLabel')}</p>
                      <LabelLegend labels={stats.labels} />
                    </>
                  }
                  chart={(ref) => (
                    <BarChart
                      svgRef={ref}
                      {...chartText}
                      rows={stats.annotators.map((row) => ({
                        key: row.key,
                        name: row.annotator === null ? t('statistics.noName') : row.name,
                        value: row.count,
                        color: ACTOR_COLOR,
                        segments: labelKeys.map((key) => ({
                          key,
                          name: nameOfLabel(key),
                          value: row.byLabel[key] ?? 0,
                          color: labelColor(key),
                        })),
                      }))}
                    />
                  )}
                  columns={[
                    t('statistics.annotator'),
                    t('statistics.annotationsColumn'),
                    t('statistics.documentsColumn'),
                    ...labelKeys.map(nameOfLabel),
                  ]}
                  rows={stats.annotators.map((row) => ({
                    key: row.key,
                    cells: [
                      row.annotator === null ? t('statistics.noName') : row.name,
                      row.count,
                      row.documents,
                      ...labelKeys.map((key) => row.byLabel[key] ?? 0),
                    ],
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
              {t('statistics.close')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}

/** The label colours, for the bars split by label. */
function LabelLegend({ labels }: { labels: ReadonlyArray<{ label: string; name: string; color: string }> }) {
  const { t } = useTranslation();
  return (
    <ul className="chart-legend" aria-label={t('statistics.labelColours')}>
      {labels.map((label) => (
        <li key={label.label}>
          <span className="chart-swatch" style={{ background: label.color }} aria-hidden="true" />
          {labelName(t, label.label, [{ key: label.label, name: label.name }])}
        </li>
      ))}
    </ul>
  );
}
