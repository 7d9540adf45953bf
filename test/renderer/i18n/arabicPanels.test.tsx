/**
 * The Arabic interface, side panel by side panel (the dialogs are in arabicDialogs.test.tsx): the annotation list,
 * the events table, the suggestions and the export dialog say their names in Arabic, count in Arabic-Indic digits
 * with Arabic plural forms, and lay out right to left (first column, first button, label chip on the right);
 * coordinates stay one left-to-right run; the messages the annotating hooks say, through App, are Arabic too.
 */
import '../../../src/renderer/styles.css';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { ResolvedEvent } from '../../../src/core/coding/resolveEvent';
import type { LabelKey } from '../../../src/core/labels';
import type { Span } from '../../../src/core/spans/span';
import type { Suggestion } from '../../../src/core/suggestions/suggestion';
import { ar } from '../../../src/renderer/i18n/ar';
import { createInterfaceI18n } from '../../../src/renderer/i18n/i18n';
import { AnnotationStore } from '../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../src/renderer/storage/database';
import { linkSpanToPlace } from '../../../src/renderer/storage/linkSpanToPlace';
import { AnnotationList } from '../../../src/renderer/ui/AnnotationList';
import { App } from '../../../src/renderer/ui/App';
import { ExportDialog } from '../../../src/renderer/ui/datasets/ExportDialog';
import { EventsTable } from '../../../src/renderer/ui/events/EventsTable';
import MapView from '../../../src/renderer/ui/places/MapView';
import { ResizeControls } from '../../../src/renderer/ui/ResizeControls';
import { SuggestionsPanel } from '../../../src/renderer/ui/suggestions/SuggestionsPanel';
import { browserPlatform } from '../support/browserPlatform';
import { type Rendered, render } from '../support/render';

// The hint names the project's keys as an Arabic list: "1 أو 2 أو 3".
const AR_TAG_HINT = ar.annotationList.tagHint.replace('{{keys}}', '1 أو 2 أو 3');

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

const box = (element: Element) => element.getBoundingClientRect();

function span(id: string, label: LabelKey, text: string, start: number): Span {
  return {
    id,
    docId: 'doc',
    start,
    end: start + text.length,
    label,
    text,
    annotator: 'سارة',
    createdAt: 1,
    updatedAt: 1,
  };
}

describe('Arabic side panels', () => {
  it('annotation list: Arabic names and counts, label chip right of the text, relabel and delete in Arabic', async () => {
    const spans = [
      span('a', 'actor', 'داعش', 0),
      span('b', 'place', 'الرقة', 10),
      span('c', 'casualty_count', '٣٤', 20),
    ];
    mounted = await render(
      inArabic(
        <div style={{ height: '600px', display: 'flex', flexDirection: 'column' }}>
          <AnnotationList
            spans={spans}
            selectedSpanId="a"
            onSelect={() => {}}
            onRelabel={() => {}}
            onDelete={() => {}}
          />
        </div>,
      ),
      400,
    );
    await expect.element(page.getByRole('heading', { name: 'الوسوم (٣)' })).toBeVisible();
    const selected = page.getByRole('group', { name: ar.annotationList.selected });
    await expect.element(selected.getByRole('button', { name: 'تغيير الفئة إلى مكان' })).toBeInTheDocument();
    await expect
      .element(selected.getByRole('button', { name: ar.annotationList.delete }))
      .toBeInTheDocument();
    await expect.element(page.getByRole('searchbox', { name: ar.annotationList.filter })).toBeInTheDocument();
    const labelFilter = page.getByRole('combobox', { name: ar.annotationList.filterByLabel }).element();
    expect([...(labelFilter as HTMLSelectElement).options].map((option) => option.text)).toEqual([
      ar.annotationList.allLabels,
      ar.labels.actor,
      ar.labels.place,
      ar.labels.casualty_count,
    ]);
    // Mirrored: the label chip starts the row on the right, the annotated text follows to its left.
    const row = page
      .getByRole('list', { name: ar.annotationList.list })
      .getByRole('button')
      .first()
      .element();
    const chip = row.querySelector('.label-chip') as HTMLElement;
    const text = row.querySelector('.annotation-text') as HTMLElement;
    expect(chip.textContent).toBe(ar.labels.actor);
    expect(box(chip).left).toBeGreaterThan(box(text).right - 1);
  });

  it('annotation list: the hint to tag, with the keys as on the toolbar, reads right to left', async () => {
    mounted = await render(
      inArabic(
        <AnnotationList
          spans={[]}
          selectedSpanId={null}
          onSelect={() => {}}
          onRelabel={() => {}}
          onDelete={() => {}}
        />,
      ),
      400,
    );
    await expect.element(page.getByText(AR_TAG_HINT)).toBeVisible();
    const hint = page.getByText(AR_TAG_HINT).element();
    expect(getComputedStyle(hint).direction).toBe('rtl');
    // The full stop ends the sentence on the left, where Arabic ends; the first word starts it on the right.
    const node = hint.firstChild as Text;
    const rect = (from: number, to: number) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      return range.getBoundingClientRect();
    };
    const sentence = rect(0, node.length);
    expect(rect(node.length - 1, node.length).left).toBeLessThan(sentence.left + 1);
    expect(rect(0, 4).right).toBeGreaterThan(sentence.right - 1);
  });

  it('resize controls: the group, its buttons and the keys hint in Arabic, keys named for a right-to-left paragraph', async () => {
    mounted = await render(
      inArabic(
        <ResizeControls
          span={span('b', 'place', 'الرقة', 4)}
          text="قصف على الرقة اليوم"
          direction="rtl"
          uniformDirection={false}
          canResizeToSelection={false}
          onMoveEdge={() => {}}
          onResizeToSelection={() => {}}
        />,
      ),
      400,
    );
    const group = page.getByRole('group', { name: ar.resize.region });
    await expect.element(group).toBeVisible();
    const extendEnd = group.getByRole('button', { name: ar.resize.extendEnd });
    // In a right-to-left paragraph the end grows leftwards.
    await expect.element(extendEnd).toHaveAttribute('aria-keyshortcuts', 'Shift+Alt+ArrowLeft');
    for (const name of [ar.resize.extendStart, ar.resize.shrinkStart, ar.resize.shrinkEnd]) {
      await expect.element(group.getByRole('button', { name })).toBeInTheDocument();
    }
    await expect.element(group.getByRole('button', { name: ar.resize.toSelection })).toBeDisabled();
    await expect.element(group.getByText(ar.resize.keys)).toBeVisible();
    expect(group.element().textContent).not.toMatch(/Extend|Shrink|Resize|arrows/);
  });

  it('events table: Arabic columns from the right, Arabic-Indic row numbers, coordinates left to right', async () => {
    const event: ResolvedEvent = {
      event: {
        id: 'e1',
        docId: 'doc',
        spanIds: [],
        date: '2024-03-05',
        fatalities: { low: 3, best: 4, high: 5 },
        notes: '',
        createdAt: 1,
        updatedAt: 1,
      },
      document: { id: 'doc', title: 'تقرير الرقة' },
      spans: [],
      actors: [{ name: 'داعش', texts: ['داعش'] }],
      place: { name: 'الرقة', text: 'الرقة', latitude: 35.95, longitude: 39.01, precision: 'exact' },
      fatalities: { low: 3, best: 4, high: 5, texts: [], overridden: true },
      problems: [
        { severity: 'warning', message: 'No actor.' },
        { severity: 'warning', message: '“الحسكة” states no figure.' },
        { severity: 'warning', message: 'three' },
      ],
    };
    mounted = await render(
      inArabic(<EventsTable events={[event]} onEdit={() => {}} onDelete={() => {}} />),
      1200,
    );
    const table = page.getByRole('table', { name: ar.events.table });
    await expect.element(table).toBeVisible();
    const headers = [...table.element().querySelectorAll('thead th')];
    expect(headers.slice(1, 4).map((cell) => cell.textContent)).toEqual([
      ar.events.date,
      ar.events.type,
      ar.events.actor1,
    ]);
    // Right to left: "#" is the rightmost column, the date left of it; rows numbered in Arabic-Indic digits.
    expect(table.element().querySelector('tbody th')?.textContent).toBe('١');
    expect(box(headers[0] as Element).left).toBeGreaterThan(box(headers[1] as Element).left);
    await expect.element(table.getByRole('button', { name: 'تعديل الحدث ١' })).toBeInTheDocument();
    await expect.element(table.getByRole('button', { name: 'حذف الحدث ١' })).toBeInTheDocument();
    const cells = [...table.element().querySelectorAll('tbody td')];
    const coordinates = cells.find((cell) => cell.textContent === '35.95, 39.01') as HTMLElement;
    expect(getComputedStyle(coordinates).direction).toBe('ltr');
    expect(cells.some((cell) => cell.textContent === `3–4–5${ar.events.setByHand}`)).toBe(true);
    // Three problems: 3–10 take the plural.
    expect(table.element().querySelector('summary')?.textContent).toBe('٣ أمور للتحقق');
    // Core's reasons in Arabic; one core never wrote is shown as it is.
    const problems = [...table.element().querySelectorAll('.event-problems li')].map(
      (item) => item.textContent,
    );
    expect(problems).toEqual([ar.coreReasons.noActor, '«الحسكة» لا يذكر رقمًا.', 'three']);
  });

  it('suggestions: Arabic names, count and reason; Accept right of Reject', async () => {
    const suggestion = (id: string, text: string, start: number): Suggestion => ({
      id,
      docId: 'doc',
      start,
      end: start + text.length,
      text,
      label: 'actor',
      source: 'actor',
      matched: text,
    });
    mounted = await render(
      inArabic(
        <SuggestionsPanel
          suggestions={[suggestion('s1', 'قسد', 0), suggestion('s2', 'داعش', 10)]}
          openDocId="doc"
          titles={new Map()}
          selectedSpan={undefined}
          busy={false}
          focusedId={null}
          expanded
          onExpandedChange={() => {}}
          onFocus={() => {}}
          onTagAll={() => {}}
          onPreAnnotate={() => {}}
          onAccept={() => {}}
          onReject={() => {}}
        />,
      ),
      400,
    );
    const region = page.getByRole('region', { name: ar.suggestions.heading });
    await expect.element(region).toBeVisible();
    expect(region.element().querySelector('.suggestion-count')?.textContent).toBe('(٢)');
    await expect.element(region.getByRole('button', { name: ar.suggestions.tagAll })).toBeDisabled();
    const list = region.getByRole('list', { name: ar.suggestions.pending });
    const first = list.getByRole('listitem').first();
    await expect.element(first).toHaveAccessibleName('\u2068قسد\u2069، فاعل. A للقبول، R للرفض.');
    expect(first.element().querySelector('.suggestion-reason')?.textContent).toBe(
      'سجل الفاعلين: «\u2068قسد\u2069»',
    );
    const accept = first.getByRole('button', { name: ar.suggestions.accept }).element();
    const reject = first.getByRole('button', { name: ar.suggestions.reject }).element();
    expect(box(accept).left).toBeGreaterThan(box(reject).left);
  });

  it('export dialog: Arabic names; what a format cannot carry isolated in the Arabic sentence', async () => {
    mounted = await render(
      inArabic(
        <ExportDialog
          open
          hasOpenDocument={false}
          shownCount={null}
          onExport={async () => {}}
          onClose={() => {}}
        />,
      ),
    );
    const dialog = page.getByRole('dialog', { name: ar.exportDialog.heading });
    await expect.element(dialog).toBeVisible();
    await expect.element(dialog.getByRole('combobox', { name: ar.exportDialog.format })).toBeInTheDocument();
    await expect.element(dialog.getByRole('radio', { name: ar.exportDialog.document })).toBeDisabled();
    await expect.element(dialog.getByRole('button', { name: ar.exportDialog.export })).toBeEnabled();
    const hint = dialog.element().querySelector('.hint')?.textContent ?? '';
    expect(hint).toContain('المواضع محسوبة بـ');
    expect(hint).toMatch(/لا يُنقل: \u2068.+\u2069\./);
  });

  it('map: Arabic names and counts; the map itself not mirrored, a label right of its point; coordinates LTR', async () => {
    const db = new SpanlightDatabase(`arabic-map-${crypto.randomUUID()}`);
    const store = new AnnotationStore(db);
    try {
      const text = 'قتل ثلاثة في الرقة';
      const { document: doc } = await store.createDocument({ title: 'الرقة', text });
      const start = text.indexOf('الرقة');
      const placeSpan = await store.addSpan(doc.id, start, start + 5, 'place');
      const raqqa = {
        id: 'geonames:172955',
        name: 'الرقة',
        names: [],
        latitude: 35.95283,
        longitude: 39.00788,
      };
      await linkSpanToPlace(store, placeSpan, raqqa, 'exact');
      mounted = await render(
        inArabic(<MapView open store={store} docId={doc.id} onClose={() => {}} />),
        1000,
      );
      const dialog = page.getByRole('dialog', { name: ar.map.heading });
      await expect
        .element(dialog.getByRole('img', { name: 'خريطة الأماكن المربوطة: مكان واحد' }))
        .toBeInTheDocument();
      await expect
        .poll(() => document.querySelectorAll('[data-testid="map"] path').length)
        .toBeGreaterThan(100);
      const point = (
        document.querySelector('[data-testid="map"] circle') as SVGCircleElement
      ).getBoundingClientRect();
      const label = (
        document.querySelector('[data-testid="map"] text') as SVGTextElement
      ).getBoundingClientRect();
      expect(label.left).toBeGreaterThan(point.right);
      const item = dialog.getByRole('list', { name: ar.map.list }).getByRole('listitem').element();
      expect(item.textContent).toBe('الرقة — 35.9528, 39.0079 — وسم واحد');
      const coordinates = item.querySelector('bdi[dir="ltr"]') as HTMLElement;
      expect(coordinates.textContent).toBe('35.9528, 39.0079');
      await expect.element(dialog.getByRole('button', { name: ar.map.close })).toBeInTheDocument();
    } finally {
      await mounted?.unmount();
      mounted = null;
      await db.delete();
    }
  });

  it('App: tagging, undo and nothing to undo say so in Arabic (messages built in hooks), the article named in Arabic', async () => {
    const db = new SpanlightDatabase(`arabic-panels-${crypto.randomUUID()}`);
    const store = new AnnotationStore(db);
    try {
      await store.createDocument({ title: 'تقرير', text: 'أعلنت قسد اعتقال ٣٤ شخصاً بالحسكة.' });
      localStorage.setItem('spanlight.preferences', JSON.stringify({ annotator: '', language: 'ar' }));
      const platform = browserPlatform();
      mounted = await render(<App store={store} platform={platform} />, 1300);
      await expect.element(page.getByRole('heading', { name: 'تقرير' })).toBeInTheDocument();
      const article = page.getByRole('textbox', { name: ar.article.text });
      await expect.element(article).toBeInTheDocument();
      await expect.element(page.getByText(AR_TAG_HINT)).toBeVisible();
      // Select "قسد" as a drag would, until the Arabic toolbar answers; then key 1 tags it as an actor.
      await expect
        .poll(() => {
          const node = article.element().querySelector('[data-lexical-text]')?.firstChild as Text;
          const at = node.data.indexOf('قسد');
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 3);
          window.getSelection()?.removeAllRanges();
          window.getSelection()?.addRange(range);
          document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
          return page.getByRole('toolbar', { name: ar.tagToolbar.region }).query() !== null;
        })
        .toBe(true);
      await userEvent.keyboard('1');
      const status = () => document.querySelector('[role="status"].status')?.textContent;
      await expect.poll(status).toBe('حُفظ «\u2068قسد\u2069» بوصفه فاعل.');
      await expect.element(page.getByRole('heading', { name: 'الوسوم (١)' })).toBeVisible();
      await page.getByRole('button', { name: ar.document.undo }).click();
      await expect.poll(status).toBe('تُراجع عن وسم «\u2068قسد\u2069».');
      await page.getByRole('button', { name: ar.document.undo }).click();
      await expect.poll(status).toBe(ar.annotating.nothingToUndo);
    } finally {
      await mounted?.unmount();
      mounted = null;
      await db.delete();
    }
  });
});
