import type { Ref } from 'react';
import type { MonthCount } from '../../../core/stats/annotationsOverTime';
import { formatCount, localeOf } from '../../i18n/format';
import type { InterfaceLanguage } from '../../i18n/language';

interface Props {
  months: readonly MonthCount[];
  svgRef?: Ref<SVGSVGElement>;
  /** Month names and digits in this language (Arabic: the Levantine month names of ar-SY). */
  language?: InterfaceLanguage;
  /** Right to left (Arabic interface): time runs from right to left, the axis on the right. */
  mirrored?: boolean;
  /** Shown when no document has a publication month. */
  emptyText?: string;
}

const WIDTH = 600;
const HEIGHT = 220;
const LEFT = 44;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 40;
/** Okabe–Ito blue, written as a colour (not a CSS variable) so the exported PNG has it too. */
const COLUMN_COLOR = '#0072B2';
const MAX_SLOT = 48;

const firstOf = (month: string) => {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year as number, (number as number) - 1, 1));
};

/** "Mar 2024" for "2024-03" ("آذار ٢٠٢٤" in Arabic). */
export function monthName(
  month: string,
  style: 'short' | 'long' = 'short',
  language: InterfaceLanguage = 'en',
): string {
  return new Intl.DateTimeFormat(localeOf(language), { month: style, year: 'numeric', timeZone: 'UTC' })
    .formatToParts(firstOf(month))
    .filter((part) => part.type === 'month' || part.type === 'year')
    .map((part) => part.value)
    .join(' ');
}

/** A month's name alone, or a year alone, as written in the language (Arabic-Indic digits, no grouping). */
function monthPart(month: string, part: 'month' | 'year', language: InterfaceLanguage): string {
  const options: Intl.DateTimeFormatOptions =
    part === 'month' ? { month: 'short', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(localeOf(language), options).format(firstOf(month));
}

/** A round number at or above `value` for the top of the axis: 1, 2, 5 × a power of ten. */
function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/**
 * Annotations per month of publication, one column per month in time order (empty months are there, as
 * zero). The axis names every month when there are a year's worth or fewer, else each January (and the first
 * month). Hidden from assistive technology: the table next to it says the same.
 */
export function MonthChart({
  months,
  svgRef,
  language = 'en',
  mirrored = false,
  emptyText = 'No document has a publication month',
}: Props) {
  // Laid out left to right, then mirrored when asked.
  const at = (x: number) => (mirrored ? WIDTH - x : x);
  const top = niceCeiling(Math.max(0, ...months.map((row) => row.count)));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  // A few months do not make columns as wide as the chart: a slot is at most MAX_SLOT units.
  const slot = months.length ? Math.min(MAX_SLOT, plotWidth / months.length) : plotWidth;
  const gap = Math.min(4, slot * 0.2);
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  const few = months.length <= 12;
  /** Under the column: the month's short name when there are few months; the year under each January. */
  const axisLabels = (index: number): { month: string | null; year: string | null } => {
    const month = (months[index] as MonthCount).month;
    const number = month.split('-')[1];
    const january = number === '01';
    const year = monthPart(month, 'year', language);
    if (few) {
      return { month: monthPart(month, 'month', language), year: index === 0 || january ? year : null };
    }
    // The first month gets its year too, unless a January follows too closely for both to fit.
    return { month: null, year: january || (index === 0 && Number(number) <= 10) ? year : null };
  };
  return (
    <svg
      ref={svgRef}
      className="chart-svg"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden="true"
      focusable="false"
      // Coordinates are physical: text anchors must not flip with the page's direction.
      direction="ltr"
    >
      {(Number.isInteger(top / 2) ? [0, top / 2, top] : [0, top]).map((tick) => (
        <g key={tick}>
          <line
            x1={at(LEFT)}
            x2={at(WIDTH - RIGHT)}
            y1={y(tick)}
            y2={y(tick)}
            stroke="currentColor"
            strokeOpacity={0.2}
          />
          <text
            x={at(LEFT - 6)}
            y={y(tick)}
            textAnchor={mirrored ? 'start' : 'end'}
            dominantBaseline="middle"
            fill="currentColor"
          >
            {formatCount(tick, language)}
          </text>
        </g>
      ))}
      {months.length === 0 && (
        <text
          x={at(LEFT + 8)}
          y={TOP + plotHeight / 2}
          textAnchor={mirrored ? 'end' : 'start'}
          fill="currentColor"
        >
          {emptyText}
        </text>
      )}
      {months.map((row, index) => {
        const x = LEFT + index * slot;
        const labels = axisLabels(index);
        return (
          <g key={row.month} className="chart-bar" data-key={row.month} data-value={row.count}>
            <title>{`${monthName(row.month, 'long', language)}: ${formatCount(row.count, language)}`}</title>
            {row.count > 0 && (
              <rect
                x={mirrored ? at(x + slot - gap / 2) : x + gap / 2}
                y={y(row.count)}
                width={Math.max(0.5, slot - gap)}
                height={y(0) - y(row.count)}
                fill={COLUMN_COLOR}
              />
            )}
            {labels.month !== null && (
              <text x={at(x + slot / 2)} y={HEIGHT - BOTTOM + 14} textAnchor="middle" fill="currentColor">
                {labels.month}
              </text>
            )}
            {labels.year !== null && (
              <text
                x={at(x + slot / 2)}
                y={HEIGHT - BOTTOM + (few ? 30 : 14)}
                textAnchor={few ? 'middle' : mirrored ? 'end' : 'start'}
                fill="currentColor"
              >
                {labels.year}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
