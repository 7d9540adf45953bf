/**
 * The Agreement… dialog's "Export agreement JSON": the report of the table, in the shape `spanlight agree --json`
 * writes (the sides — here the two annotators —, the number of documents, the per-label rows, all labels, kappa),
 * checked against the figures computed by hand in test/cli/agree.test.ts on the same two documents.
 */
import '../../../../src/renderer/styles.css';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { FormatAnnotation, FormatDocument } from '../../../../src/core/formats/types';
import { AgreementDialog } from '../../../../src/renderer/ui/datasets/AgreementDialog';
import { type Rendered, render } from '../../support/render';

let mounted: Rendered | null = null;
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

const span = (
  text: string,
  start: number,
  end: number,
  label: string,
  annotator: string,
): FormatAnnotation => ({
  start,
  end,
  label,
  text: text.slice(start, end),
  annotator,
});
const ALI = 'Ali met Sara in Homs.';
const HALAB = 'قتل ٣ في حلب';
// alice is A, bob is B of test/cli/agree.test.ts.
const documents: FormatDocument[] = [
  {
    id: 'd1',
    title: 'one',
    text: ALI,
    annotations: [
      span(ALI, 0, 3, 'actor', 'alice'),
      span(ALI, 8, 12, 'actor', 'alice'),
      span(ALI, 16, 20, 'place', 'alice'),
      span(ALI, 0, 3, 'actor', 'bob'),
      span(ALI, 8, 15, 'actor', 'bob'),
      span(ALI, 16, 20, 'actor', 'bob'),
    ],
  },
  {
    id: 'd2',
    title: 'two',
    text: HALAB,
    annotations: [
      span(HALAB, 4, 5, 'casualty_count', 'alice'),
      span(HALAB, 9, 12, 'place', 'alice'),
      span(HALAB, 4, 5, 'casualty_count', 'bob'),
      span(HALAB, 9, 12, 'place', 'bob'),
    ],
  },
];

describe('AgreementDialog', () => {
  it('exports the report as JSON in the shape of spanlight agree --json, by keyboard', async () => {
    const exported: string[] = [];
    const csv: string[] = [];
    mounted = await render(
      <AgreementDialog
        documents={documents}
        onExportCsv={(text) => csv.push(text)}
        onExportJson={(json) => exported.push(json)}
        onClose={() => {}}
      />,
      1200,
    );
    const button = page.getByRole('button', { name: 'Export agreement JSON' });
    await expect.element(button).toBeVisible();
    (button.element() as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(csv).toEqual([]);
    expect(exported).toHaveLength(1);
    const report = JSON.parse(exported[0] as string);
    expect(Object.keys(report)).toEqual(['a', 'b', 'documents', 'labels', 'overall', 'kappa']);
    expect([report.a, report.b, report.documents]).toEqual(['alice', 'bob', 2]);
    const row = (label: string) =>
      label === 'all'
        ? report.overall
        : report.labels.find((item: { label: string }) => item.label === label);
    const expected: Record<string, [number, number, number[], number[]]> = {
      actor: [2, 3, [1 / 3, 1 / 2, 0.4], [2 / 3, 1, 0.8]],
      place: [2, 1, [1, 1 / 2, 2 / 3], [1, 1 / 2, 2 / 3]],
      casualty_count: [1, 1, [1, 1, 1], [1, 1, 1]],
      all: [5, 5, [0.6, 0.6, 0.6], [0.8, 0.8, 0.8]],
    };
    for (const [label, [a, b, exact, overlap]] of Object.entries(expected)) {
      const item = row(label);
      expect([item.a, item.b], label).toEqual([a, b]);
      expect([item.exact.precision, item.exact.recall, item.exact.f1], label).toEqual(
        exact.map((value) => expect.closeTo(value, 9)),
      );
      expect([item.overlap.precision, item.overlap.recall, item.overlap.f1], label).toEqual(
        overlap.map((value) => expect.closeTo(value, 9)),
      );
    }
    expect(report.kappa.tokens).toBe(10);
    expect(report.kappa.value).toBeCloseTo(0.49 / 0.69, 9);
    // The file ends with a line break, as the command line's.
    expect(exported[0]?.endsWith('}\n')).toBe(true);
  });

  it('offers no JSON export before two different annotators are chosen', async () => {
    mounted = await render(
      <AgreementDialog
        documents={documents.map((doc) => ({
          ...doc,
          annotations: doc.annotations.filter((a) => a.annotator === 'alice'),
        }))}
        onExportCsv={() => {}}
        onExportJson={() => {}}
        onClose={() => {}}
      />,
      1200,
    );
    await expect.element(page.getByRole('heading', { name: 'Agreement' })).toBeVisible();
    expect(page.getByRole('button', { name: 'Export agreement JSON' }).elements()).toHaveLength(0);
  });
});
