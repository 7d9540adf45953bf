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
  /** Right to left (Arabic interface): names on the right, bars growing to the left. */
  mirrored?: boolean;
  /** How values are written (digits of the interface language). */
  formatValue?(value: number): string;
  /** Shown when there are no rows. */
  emptyText?: string;
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
 * technology: the table next to it says the same. In a right-to-left interface the chart is mirrored.
 */
export function BarChart({
  rows,
  svgRef,
  mirrored = false,
  formatValue = String,
  emptyText = 'None yet',
}: Props) {
  const height = PADDING * 2 + Math.max(1, rows.length) * ROW_HEIGHT;
  const barSpace = BAR_CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const max = Math.max(1, ...rows.map((row) => row.value));
  const lengthOf = (value: number) => (value / max) * barSpace;
  // Laid out left to right, then mirrored when asked: x from the left edge, or from the right one.
  const at = (x: number) => (mirrored ? BAR_CHART_WIDTH - x : x);
  const towardsEnd = mirrored ? 'end' : 'start';
  const towardsStart = mirrored ? 'start' : 'end';
  return (
    <svg
      ref={svgRef}
      className="chart-svg"
      viewBox={`0 0 ${BAR_CHART_WIDTH} ${height}`}
      aria-hidden="true"
      focusable="false"
      // Coordinates are physical: text anchors must not flip with the page's direction.
      direction="ltr"
    >
      {rows.length === 0 && (
        <text
          x={at(LABEL_WIDTH)}
          y={PADDING + ROW_HEIGHT / 2}
          textAnchor={towardsEnd}
          dominantBaseline="middle"
          fill="currentColor"
        >
          {emptyText}
        </text>
      )}
      <line
        x1={at(LABEL_WIDTH)}
        x2={at(LABEL_WIDTH)}
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
            <title>{`${row.name}: ${formatValue(row.value)}`}</title>
            <text
              x={at(LABEL_WIDTH - 8)}
              y={middle}
              textAnchor={towardsStart}
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
                    x={mirrored ? at(x + width) : x}
                    y={top}
                    width={width}
                    height={BAR_HEIGHT}
                    fill={segment.color}
                  />
                );
                x += width;
                return rect;
              })}
            <text
              x={at(x + 6)}
              y={middle}
              textAnchor={towardsEnd}
              dominantBaseline="middle"
              fill="currentColor"
              className="chart-value"
            >
              {formatValue(row.value)}
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
