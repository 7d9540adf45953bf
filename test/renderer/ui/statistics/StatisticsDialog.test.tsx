import '../../../../src/renderer/styles.css';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import type { LabelKey } from '../../../../src/core/labels';
import { libraryStatistics } from '../../../../src/core/stats/libraryStatistics';
import { labelCountsCsv, mentionCountsCsv } from '../../../../src/core/stats/statisticsCsv';
import type { StatsSpan } from '../../../../src/core/stats/statisticsInput';
import { chartToPngBase64 } from '../../../../src/renderer/ui/statistics/chartToPng';
import { StatisticsDialog } from '../../../../src/renderer/ui/statistics/StatisticsDialog';
import { type Rendered, render } from '../../support/render';

let mounted: Rendered | null = null;
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

const span = (docId: string, label: LabelKey, text: string, annotator?: string): StatsSpan => ({
  docId,
  label,
  text,
  ...(annotator ? { annotator } : {}),
});

const STATISTICS = libraryStatistics({
  documents: [{ id: 'a', publishedAt: '2024-01-10' }, { id: 'b', publishedAt: '5 آذار 2024' }, { id: 'c' }],
  actors: [{ id: 'sdf', name: 'قوات سوريا الديمقراطية' }],
  spans: [
    { ...span('a', 'actor', 'قسد', 'Lina'), actorId: 'sdf' },
    { ...span('b', 'actor', 'SDF', 'Lina'), actorId: 'sdf' },
    span('a', 'actor', 'داعش', 'سارة'),
    span('b', 'actor', 'دَاعِش', 'سارة'),
    span('b', 'actor', 'داعـش', 'سارة'),
    span('a', 'place', 'الرقة', 'Lina'),
    span('c', 'place', 'الحسكة'),
    span('c', 'casualty_count', '٣٤', 'سارة'),
  ],
});

async function mount(
  exports: { csv?: (name: string, csv: string) => void; png?: (...args: unknown[]) => void } = {},
) {
  mounted = await render(
    <StatisticsDialog
      open
      statistics={STATISTICS}
      exported={null}
      onExportCsv={exports.csv ?? (() => {})}
      onExportPng={exports.png ?? (() => {})}
      onClose={() => {}}
    />,
    1300,
  );
  await expect.element(page.getByRole('dialog', { name: 'Statistics' })).toBeVisible();
}

function region(name: string): HTMLElement {
  const heading = [...document.querySelectorAll('section.chart-figure h3')].find(
    (h) => h.textContent === name,
  );
  if (!heading) throw new Error(`no chart "${name}"`);
  return heading.closest('section') as HTMLElement;
}

/** [name, value] of each bar as drawn, with the bar's drawn length. */
function bars(section: HTMLElement) {
  return [...section.querySelectorAll('svg g.chart-bar')].map((bar) => ({
    label: bar.querySelector('text.chart-label')?.textContent?.replace(/[\u2068\u2069]/g, ''),
    value: Number(bar.getAttribute('data-value')),
    shownValue: bar.querySelector('text.chart-value')?.textContent,
    length: [...bar.querySelectorAll('rect')].reduce(
      (sum, rect) => sum + Number(rect.getAttribute('width')),
      0,
    ),
    colors: [...bar.querySelectorAll('rect')].map((rect) => rect.getAttribute('fill')),
  }));
}

/** The table's rows as text, header row first. */
function table(section: HTMLElement): string[][] {
  return [...section.querySelectorAll('table tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''),
  );
}

describe('StatisticsDialog', () => {
  it('per label: one bar per label in its colour, lengths proportional to the counts, the table says the same', async () => {
    await mount();
    const labels = region('Annotations per label');
    const drawn = bars(labels);
    expect(drawn.map((bar) => [bar.label, bar.value, bar.shownValue])).toEqual([
      ['Actor', 5, '5'],
      ['Place', 2, '2'],
      ['Casualty count', 1, '1'],
    ]);
    expect(drawn.map((bar) => bar.colors)).toEqual([['#56B4E9'], ['#E69F00'], ['#CC79A7']]);
    const [actor, place, casualty] = drawn.map((bar) => bar.length) as [number, number, number];
    expect(place / actor).toBeCloseTo(2 / 5);
    expect(casualty / actor).toBeCloseTo(1 / 5);
    expect(table(labels)).toEqual([
      ['Label', 'Annotations', 'Documents'],
      ['Actor', '5', '2'],
      ['Place', '2', '2'],
      ['Casualty count', '1', '1'],
    ]);
    // The chart is hidden from assistive technology; the table is its accessible alternative.
    expect(labels.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    await expect.element(page.getByRole('table', { name: 'Annotations per label' })).toBeInTheDocument();
  });

  it('top actors: linked spans under the registry name, others by folded text, Arabic drawn as Arabic', async () => {
    await mount();
    const actors = region('Top actors');
    expect(bars(actors).map((bar) => [bar.label, bar.value])).toEqual([
      ['داعش', 3],
      ['قوات سوريا الديمقراطية', 2],
    ]);
    expect(table(actors).slice(1)).toEqual([
      ['داعش', '3', '2', 'No'],
      ['قوات سوريا الديمقراطية', '2', '2', 'Yes'],
    ]);
    // Shaped right to left: the first letter of "داعش" (د) is drawn at the right end of the label.
    const label = actors.querySelector('text.chart-label') as SVGTextElement;
    const first = label.getExtentOfChar(1);
    const last = label.getExtentOfChar(4);
    expect(first.x).toBeGreaterThan(last.x);
  });

  it('by month: a column per month, empty months included, undated counted apart in the table', async () => {
    await mount();
    const months = region('Annotations by month');
    expect(bars(months).map((bar) => [bar.value])).toEqual([[3], [0], [3]]);
    expect(months.querySelectorAll('svg rect')).toHaveLength(2);
    expect(table(months)).toEqual([
      ['Month', 'Annotations', 'Documents'],
      ['January 2024', '3', '1'],
      ['February 2024', '0', '0'],
      ['March 2024', '3', '1'],
      ['No date', '2', '1'],
    ]);
  });

  it('per annotator: bars split by label colour; table with a column per label', async () => {
    await mount();
    const annotators = region('Annotations per annotator');
    const drawn = bars(annotators);
    expect(drawn.map((bar) => [bar.label, bar.value, bar.colors])).toEqual([
      ['سارة', 4, ['#56B4E9', '#CC79A7']],
      ['Lina', 3, ['#56B4E9', '#E69F00']],
      ['No name', 1, ['#E69F00']],
    ]);
    expect(table(annotators)).toEqual([
      ['Annotator', 'Annotations', 'Documents', 'Actor', 'Place', 'Casualty count'],
      ['سارة', '4', '3', '3', '0', '1'],
      ['Lina', '3', '2', '2', '1', '0'],
      ['No name', '1', '1', '0', '1', '0'],
    ]);
  });

  it('Export CSV hands over the chart’s CSV; Export PNG the chart’s SVG', async () => {
    const csv = vi.fn();
    const png = vi.fn();
    await mount({ csv, png });
    const labels = page.getByRole('region', { name: 'Annotations per label' });
    await labels.getByRole('button', { name: 'Export CSV' }).click();
    expect(csv).toHaveBeenCalledWith('spanlight-labels.csv', labelCountsCsv(STATISTICS.labels));
    await page
      .getByRole('region', { name: 'Top actors' })
      .getByRole('button', { name: 'Export CSV' })
      .click();
    expect(csv).toHaveBeenLastCalledWith(
      'spanlight-top-actors.csv',
      mentionCountsCsv(STATISTICS.actors, 'actor'),
    );
    expect(String(csv.mock.calls[1]?.[1])).toContain('قوات سوريا الديمقراطية,sdf,2,2');
    await labels.getByRole('button', { name: 'Export PNG' }).click();
    expect(png).toHaveBeenCalledTimes(1);
    expect(png.mock.calls[0]?.[0]).toBe('spanlight-labels.png');
    expect(png.mock.calls[0]?.[1]).toBe(region('Annotations per label').querySelector('svg'));
  });

  it('"Show tables" shows the tables to everyone', async () => {
    await mount();
    const labels = region('Annotations per label');
    expect(labels.querySelector('table')?.parentElement?.getBoundingClientRect().height).toBeLessThanOrEqual(
      1,
    );
    await page.getByRole('checkbox', { name: 'Show tables' }).click();
    await expect
      .poll(() => labels.querySelector('table')?.getBoundingClientRect().height)
      .toBeGreaterThan(40);
  });
});

describe('chartToPngBase64', () => {
  it('draws the chart into a PNG twice its size, bars in their colours on the given background', async () => {
    await mount();
    const svg = region('Annotations per label').querySelector('svg') as SVGSVGElement;
    const base64 = await chartToPngBase64(svg, 'rgb(255, 255, 255)');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    expect([...bytes.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    expect(bitmap.width).toBe(svg.viewBox.baseVal.width * 2);
    expect(bitmap.height).toBe(svg.viewBox.baseVal.height * 2);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.drawImage(bitmap, 0, 0);
    const pixel = (x: number, y: number) => [...context.getImageData(x * 2, y * 2, 1, 1).data.slice(0, 3)];
    const actorBar = svg.querySelector('g.chart-bar rect') as SVGRectElement;
    const middle = (rect: SVGRectElement) => [
      Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2,
      Number(rect.getAttribute('y')) + Number(rect.getAttribute('height')) / 2,
    ];
    const [x, y] = middle(actorBar) as [number, number];
    expect(pixel(x, y)).toEqual([0x56, 0xb4, 0xe9]);
    expect(pixel(2, 2)).toEqual([255, 255, 255]);
    // The label text was drawn too: some dark pixels left of the axis.
    const labelArea = context.getImageData(0, 0, 190 * 2, bitmap.height).data;
    let dark = 0;
    for (let i = 0; i < labelArea.length; i += 4) if ((labelArea[i] as number) < 100) dark++;
    expect(dark).toBeGreaterThan(50);
  });
});
