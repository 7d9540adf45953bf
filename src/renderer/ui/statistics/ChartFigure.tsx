import { type ReactNode, type Ref, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useInterfaceFormat } from '../../i18n/useInterfaceFormat';

interface Props {
  title: string;
  /** A sentence under the title: totals, what is left out. */
  summary?: ReactNode;
  /** The chart, given the ref its SVG must take (for Export PNG). */
  chart(svgRef: Ref<SVGSVGElement>): ReactNode;
  /** The same numbers as a table: column headers and rows of cells (the first cell is the row's header). */
  columns: readonly string[];
  rows: ReadonlyArray<{ key: string; cells: ReadonlyArray<string | number> }>;
  /** Shown to everyone when true; otherwise read by screen readers only. */
  showTable: boolean;
  onExportCsv(): void;
  onExportPng(svg: SVGSVGElement): void;
}

/**
 * One chart of the Statistics dialog, in its own labelled region: the chart (hidden from assistive technology),
 * its table (the accessible alternative, and visible on request), and its exports. The export buttons are
 * described by the chart's title, so "Export CSV" says which chart it exports.
 */
export function ChartFigure({
  title,
  summary,
  chart,
  columns,
  rows,
  showTable,
  onExportCsv,
  onExportPng,
}: Props) {
  const { t } = useTranslation();
  const format = useInterfaceFormat();
  const headingId = useId();
  const svg = useRef<SVGSVGElement>(null);
  return (
    <section className="chart-figure" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {summary && <div className="chart-summary">{summary}</div>}
      {chart(svg)}
      {/* The wrapper is what hides the table: a table ignores a height smaller than its rows. */}
      <div className={showTable ? undefined : 'visually-hidden'}>
        <table className="stats-table">
          <caption className={showTable ? 'visually-hidden' : undefined}>{title}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, index) =>
                  index === 0 ? (
                    <th key={columns[index]} scope="row">
                      <bdi>{cell}</bdi>
                    </th>
                  ) : (
                    <td key={columns[index]}>{typeof cell === 'number' ? format.count(cell) : cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="chart-actions">
        <button type="button" aria-describedby={headingId} onClick={onExportCsv}>
          {t('statistics.exportCsv')}
        </button>
        <button
          type="button"
          aria-describedby={headingId}
          onClick={() => {
            if (svg.current) onExportPng(svg.current);
          }}
        >
          {t('statistics.exportPng')}
        </button>
      </div>
    </section>
  );
}
