import type { Ref } from 'react';

export interface BarSegment {
  key: string;
  name: string;
  value: number;
  color: string;
}

/** One bar: its value, in one colour or as segments (an annotator's annotations by label). */
export interface BarRow {
  key: string;
  name: string;
  value: number;
  color: string;
  segments?: readonly BarSegment[];
}

interface Props {
  rows: readonly BarRow[];
  svgRef?: Ref<SVGSVGElement>;
}

/** SVG user units: the chart scales with its box; the PNG export draws it at this size, twice over. */
export const BAR_CHART_WIDTH = 600;
const LABEL_WIDTH = 190;
const VALUE_WIDTH = 56;
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 16;
const PADDING = 6;
const LABEL_CHARACTERS = 30;

/**
 * A horizontal bar chart drawn by hand: a name, a bar as long as its value, the value after it. Names are
 * isolated (FSI…PDI) so an Arabic or mixed name keeps its own direction without disturbing the axis, and
 * shortened when long (the full name is the bar's tooltip and is in the table). Hidden from assistive
 * technology: the table next to it says the same.
 */
export function BarChart({ rows, svgRef }: Props) {
  const height = PADDING * 2 + Math.max(1, rows.length) * ROW_HEIGHT;
  const barSpace = BAR_CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const max = Math.max(1, ...rows.map((row) => row.value));
  const lengthOf = (value: number) => (value / max) * barSpace;
  return (
    <svg
      ref={svgRef}
      className="chart-svg"
      viewBox={`0 0 ${BAR_CHART_WIDTH} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      {rows.length === 0 && (
        <text x={LABEL_WIDTH} y={PADDING + ROW_HEIGHT / 2} dominantBaseline="middle" fill="currentColor">
          None yet
        </text>
      )}
      <line
        x1={LABEL_WIDTH}
        x2={LABEL_WIDTH}
        y1={PADDING / 2}
        y2={height - PADDING / 2}
        stroke="currentColor"
        strokeOpacity={0.5}
      />
      {rows.map((row, index) => {
        const middle = PADDING + index * ROW_HEIGHT + ROW_HEIGHT / 2;
        const top = middle - BAR_HEIGHT / 2;
        let x = LABEL_WIDTH;
        const segments = row.segments ?? [
          { key: row.key, name: row.name, value: row.value, color: row.color },
        ];
        return (
          <g key={row.key} className="chart-bar" data-key={row.key} data-value={row.value}>
            <title>{`${row.name}: ${row.value}`}</title>
            <text
              x={LABEL_WIDTH - 8}
              y={middle}
              textAnchor="end"
              dominantBaseline="middle"
              fill="currentColor"
              className="chart-label"
            >
              {`\u2068${shorten(row.name)}\u2069`}
            </text>
            {segments
              .filter((segment) => segment.value > 0)
              .map((segment) => {
                const width = lengthOf(segment.value);
                const rect = (
                  <rect
                    key={segment.key}
                    data-segment={segment.key}
                    x={x}
                    y={top}
                    width={width}
                    height={BAR_HEIGHT}
                    fill={segment.color}
                  />
                );
                x += width;
                return rect;
              })}
            <text x={x + 6} y={middle} dominantBaseline="middle" fill="currentColor" className="chart-value">
              {row.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function shorten(name: string): string {
  const characters = Array.from(name);
  return characters.length > LABEL_CHARACTERS
    ? `${characters.slice(0, LABEL_CHARACTERS - 1).join('')}…`
    : name;
}
