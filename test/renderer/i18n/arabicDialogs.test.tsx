/**
 * The Arabic interface, dialog by dialog: names in Arabic (the accessible names a screen reader says), numbers in
 * Arabic-Indic digits with Arabic plural forms, right-to-left layout, the tag toolbar's labels and the charts
 * mirrored; and the messages hooks say, through App, in Arabic too.
 */
import '../../../src/renderer/styles.css';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { LabelKey } from '../../../src/core/labels';
import { libraryStatistics } from '../../../src/core/stats/libraryStatistics';
import { ar } from '../../../src/renderer/i18n/ar';
import { createInterfaceI18n } from '../../../src/renderer/i18n/i18n';
import { AnnotationStore } from '../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../src/renderer/storage/database';
import { App } from '../../../src/renderer/ui/App';
import { ConfirmDialog } from '../../../src/renderer/ui/ConfirmDialog';
import { DocumentList } from '../../../src/renderer/ui/DocumentList';
import { NewFromTextDialog } from '../../../src/renderer/ui/NewFromTextDialog';
import { StatisticsDialog } from '../../../src/renderer/ui/statistics/StatisticsDialog';
import { TagToolbar } from '../../../src/renderer/ui/TagToolbar';
import { browserPlatform } from '../support/browserPlatform';
import { type Rendered, render } from '../support/render';

let mounted: Rendered | null = null;

beforeAll(async () => {
  await page.viewport(1300, 900);
});

beforeEach(() => {
  localStorage.clear();
  // As App does for the Arabic interface: the whole page is right to left.
  document.documentElement.lang = 'ar';
  document.documentElement.dir = 'rtl';
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
  document.documentElement.dir = '';
  document.documentElement.lang = '';
});

function inArabic(node: ReactNode): ReactNode {
  return <I18nextProvider i18n={createInterfaceI18n('ar')}>{node}</I18nextProvider>;
}

const centreX = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return rect.left + rect.width / 2;
};

describe('Arabic interface', () => {
  it('tag toolbar: Arabic label names, same keys, centred over the selection, first label on the right', async () => {
    const anchor = { top: 300, bottom: 320, left: 500, right: 600 };
    mounted = await render(inArabic(<TagToolbar anchor={anchor} onTag={() => {}} />), 1300);
    const toolbar = page.getByRole('toolbar', { name: ar.tagToolbar.region });
    await expect.element(toolbar).toBeVisible();
    const actor = toolbar.getByRole('button', { name: ar.labels.actor }).element();
    const place = toolbar.getByRole('button', { name: ar.labels.place }).element();
    const casualties = toolbar.getByRole('button', { name: ar.labels.casualty_count }).element();
    expect(actor.getAttribute('aria-keyshortcuts')).toBe('1');
    expect(casualties.getAttribute('aria-keyshortcuts')).toBe('3');
    // Right to left: the first label (1) is the rightmost button.
    expect(centreX(actor)).toBeGreaterThan(centreX(place));
    expect(centreX(place)).toBeGreaterThan(centreX(casualties));
    // Centred over the selection whatever the width of the Arabic names.
    await expect.poll(() => Math.abs(centreX(toolbar.element()) - 550)).toBeLessThan(2);
  });

  it('document list: statuses and sort orders in Arabic, counts in Arabic-Indic digits with plural forms', async () => {
    const documents = [
      { id: 'a', title: 'حلب', spanCount: 5, importedAt: 1, status: 'done' as const },
      { id: 'b', title: 'الرقة', spanCount: 11, importedAt: 2 },
    ];
    mounted = await render(
      inArabic(
        <div style={{ height: '600px', display: 'flex', flexDirection: 'column' }}>
          <DocumentList documents={documents} openId={null} onOpen={() => {}} onDelete={() => {}} />
        </div>,
      ),
    );
    const list = page.getByRole('list', { name: ar.library.documents });
    await expect.element(list).toBeInTheDocument();
    // 3–10 take the plural, 11–99 the accusative singular: "٥ وسوم", "١١ وسمًا".
    await expect.element(list.getByRole('button', { name: /^حلب/ })).toHaveAccessibleName(/منجز.*، ٥ وسوم$/);
    await expect.element(list.getByRole('button', { name: /^الرقة/ })).toHaveAccessibleName(/، ١١ وسمًا$/);
    await expect.element(page.getByRole('button', { name: 'حذف حلب' })).toBeInTheDocument();
    expect(page.getByRole('searchbox', { name: ar.documentList.filter }).query()).not.toBeNull();
    const sort = page.getByRole('combobox', { name: ar.documentList.sortDocuments }).element();
    expect([...(sort as HTMLSelectElement).options].map((option) => option.text)).toContain(
      ar.orders['date-newest'],
    );
    expect(document.querySelector('.library-progress')?.textContent).toBe('أُنجز ١ من ٢');
  });

  it('small dialogs: confirm and new from text in Arabic', async () => {
    mounted = await render(
      inArabic(
        <>
          <ConfirmDialog
            message="؟"
            confirmLabel={ar.confirm.delete}
            onConfirm={() => {}}
            onCancel={() => {}}
          />
          <NewFromTextDialog open onCreate={async () => {}} onClose={() => {}} />
        </>,
      ),
    );
    const create = page.getByRole('dialog', { name: ar.newFromText.heading });
    await expect.element(create).toBeVisible();
    await expect.element(create.getByRole('textbox', { name: ar.newFromText.title })).toBeInTheDocument();
    await expect.element(create.getByRole('button', { name: ar.newFromText.create })).toBeDisabled();
    expect(getComputedStyle(create.element()).direction).toBe('rtl');
  });

  it('statistics: Arabic titles, totals with plural forms, Arabic months and digits, charts mirrored', async () => {
    const span = (docId: string, label: LabelKey, text: string) => ({
      docId,
      label,
      text,
      annotator: 'سارة',
    });
    const statistics = libraryStatistics({
      documents: [
        { id: 'a', publishedAt: '2024-01-10' },
        { id: 'b', publishedAt: '2024-03-05' },
        { id: 'c' },
      ],
      actors: [],
      spans: [
        span('a', 'actor', 'داعش'),
        span('a', 'actor', 'قسد'),
        span('b', 'actor', 'داعش'),
        span('b', 'place', 'الرقة'),
        span('c', 'casualty_count', '٣٤'),
      ],
    });
    mounted = await render(
      inArabic(
        <StatisticsDialog
          open
          statistics={statistics}
          exported={null}
          onExportCsv={() => {}}
          onExportPng={() => {}}
          onClose={() => {}}
        />,
      ),
      1300,
    );
    const dialog = page.getByRole('dialog', { name: ar.statistics.heading });
    await expect.element(dialog).toBeVisible();
    // 5 annotations (3–10: plural) in 3 documents.
    expect(document.querySelector('.statistics-totals')?.textContent).toBe('٥ وسوم في ٣ مستندات.');
    const perLabel = page.getByRole('region', { name: ar.statistics.perLabel });
    await expect.element(perLabel.getByRole('button', { name: ar.statistics.exportCsv })).toBeInTheDocument();
    const rows = [...perLabel.element().querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
    );
    expect(rows[0]).toEqual([ar.labels.actor, '٣', '٢']);
    // Mirrored: the name right of the axis, the bar growing to the left of it, the value left of the bar.
    const bar = perLabel.element().querySelector('g.chart-bar') as SVGGElement;
    const name = (bar.querySelector('text.chart-label') as SVGTextElement).getBBox();
    const rect = (bar.querySelector('rect') as SVGRectElement).getBBox();
    const value = bar.querySelector('text.chart-value') as SVGTextElement;
    expect(name.x).toBeGreaterThan(rect.x + rect.width);
    expect(value.getBBox().x + value.getBBox().width).toBeLessThan(rect.x);
    expect(value.textContent).toBe('٣');
    // Months by their Levantine names (ar-SY), the undated row apart.
    const months = page.getByRole('region', { name: ar.statistics.byMonth }).element();
    const monthRows = [...months.querySelectorAll('tbody tr th')].map((cell) => cell.textContent);
    expect(monthRows).toEqual(['كانون الثاني ٢٠٢٤', 'شباط ٢٠٢٤', 'آذار ٢٠٢٤', ar.statistics.noDate]);
    // One annotation without a date: the "one" form, in one document.
    expect(months.querySelector('.chart-summary')?.textContent).toContain('وسم واحد في مستند واحد');
  });

  it('App: deleting a document asks and reports in Arabic (messages built in hooks)', async () => {
    const db = new SpanlightDatabase(`arabic-${crypto.randomUUID()}`);
    const store = new AnnotationStore(db);
    try {
      await store.createDocument({ title: 'تقرير حلب', text: 'قتل ٣ أشخاص في حلب.' });
      localStorage.setItem('spanlight.preferences', JSON.stringify({ annotator: '', language: 'ar' }));
      const platform = browserPlatform();
      mounted = await render(<App store={store} platform={platform} />, 1300);
      await page.getByRole('button', { name: 'حذف تقرير حلب' }).click();
      const confirm = page.getByRole('alertdialog', { name: ar.confirm.region });
      await expect.element(confirm).toBeVisible();
      // The title is isolated (FSI…PDI) inside the Arabic sentence: a Latin title cannot scramble it.
      expect(confirm.element().textContent).toContain('أتريد حذف «\u2068تقرير حلب\u2069» ووسومه (٠)؟');
      await confirm.getByRole('button', { name: ar.confirm.delete }).click();
      await expect
        .poll(() => document.querySelector('[role="status"].status')?.textContent)
        .toBe('حُذف «\u2068تقرير حلب\u2069».');
    } finally {
      await mounted?.unmount();
      mounted = null;
      await db.delete();
    }
  });
});
