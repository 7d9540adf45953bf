/**
 * The events region in a real Chromium against real IndexedDB: choosing annotations by keyboard, creating an
 * event, editing it (a refused date is named, nothing saved), the table showing the rows the export will
 * have, exports through the platform's save path, the library dialog, and a deleted span leaving its event.
 */
import '../../../../src/renderer/styles.css';
import { useTranslation } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { eventsFromCsv } from '../../../../src/core/coding/eventsCsv';
import type { Span } from '../../../../src/core/spans/span';
import type { Platform } from '../../../../src/renderer/platform/platform';
import { AnnotationStore } from '../../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../../src/renderer/storage/database';
import { EventsPanel } from '../../../../src/renderer/ui/events/EventsPanel';
import { useEvents } from '../../../../src/renderer/ui/events/useEvents';
import { browserPlatform } from '../../support/browserPlatform';
import { type Rendered, render } from '../../support/render';

const TEXT = 'اشتبكت قسد مع داعش في دير الزور، وقتل خمسة عناصر.';

let mounted: Rendered | null = null;
let db: SpanlightDatabase;
let store: AnnotationStore;
let saved: Array<{ fileName: string; content: string }>;
let messages: string[];

const platform: Platform = browserPlatform({
  async saveExport(fileName, content) {
    saved.push({ fileName, content });
    return `Downloaded ${fileName}`;
  },
});

function Harness({ docId, spans }: { docId: string; spans: Span[] }) {
  const { t } = useTranslation();
  const events = useEvents({
    store,
    platform,
    docId,
    spans,
    say: (_kind, text) => messages.push(text),
    report: (error) => messages.push(String(error)),
    t,
  });
  return <EventsPanel events={events} spans={spans} selectedSpanId={spans[0]?.id ?? null} />;
}

beforeEach(() => {
  db = new SpanlightDatabase(`events-${crypto.randomUUID()}`);
  store = new AnnotationStore(db);
  saved = [];
  messages = [];
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
  db.close();
  await db.delete();
});

async function setUp() {
  const { document } = await store.createDocument({ title: 'تقرير', text: TEXT, publishedAt: '2023-05-04' });
  const tag = (needle: string, label: Span['label']) =>
    store.addSpan(document.id, TEXT.indexOf(needle), TEXT.indexOf(needle) + needle.length, label);
  await tag('قسد', 'actor');
  await tag('داعش', 'actor');
  await tag('دير الزور', 'place');
  await tag('خمسة', 'casualty_count');
  const spans = await store.listSpans(document.id);
  mounted = await render(<Harness docId={document.id} spans={spans} />, 1200);
  return { document, spans };
}

describe('Events panel', () => {
  it('creates an event from annotations chosen with the keyboard and shows its row', async () => {
    await setUp();
    const region = page.getByRole('region', { name: /^Events/ });
    await expect.element(region).toBeInTheDocument();
    await region.getByRole('button', { name: 'New event…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New event' });
    // The selected annotation (قسد) is checked already; the others by Tab and Space.
    await expect.element(dialog.getByRole('checkbox', { name: 'Actor قسد' })).toBeChecked();
    (dialog.getByRole('checkbox', { name: 'Actor داعش' }).element() as HTMLElement).focus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{Tab} ');
    await userEvent.keyboard('{Tab} ');
    await expect.element(dialog.getByRole('checkbox', { name: 'Casualty count خمسة' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Create event' }).click();

    const table = page.getByRole('table', { name: 'Events' });
    await expect.element(table).toBeInTheDocument();
    const row = table.getByRole('row').nth(1);
    await expect.element(row).toHaveTextContent('2023-05-04');
    await expect.element(row).toHaveTextContent('قسد');
    await expect.element(row).toHaveTextContent('داعش');
    await expect.element(row).toHaveTextContent('دير الزور');
    await expect.element(row.getByRole('cell').nth(6)).toHaveTextContent('5');
    await expect.poll(() => messages).toContain('Created an event from 4 annotations.');
  });

  it('edits an event: a wrong date is refused with its reason, a fatalities override is saved', async () => {
    const { document, spans } = await setUp();
    await store.events.createFromSpans(
      document.id,
      spans.map((s) => s.id),
    );
    await mounted?.rerender(<Harness docId={document.id} spans={[...spans]} />);
    await db.actors.add({ id: 'is', name: 'Islamic State', aliases: ['داعش'], createdAt: 1, updatedAt: 1 });
    await page.getByRole('button', { name: 'Edit event 1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit event' });
    await dialog.getByRole('textbox', { name: 'Date' }).fill('2023-02-30');
    await dialog.getByRole('button', { name: 'Save event' }).click();
    await expect.element(dialog.getByRole('alert')).toHaveTextContent('“2023-02-30” has no day 30');
    expect((await store.events.listAll())[0]?.date).toBe('2023-05-04');

    await dialog.getByRole('textbox', { name: 'Date' }).fill('2023-05-03');
    // The attacker first, whatever the text order.
    await dialog.getByRole('combobox', { name: 'Actor 1' }).selectOptions('Islamic State');
    await dialog.getByRole('combobox', { name: 'Event type' }).fill('Battles');
    await dialog.getByRole('checkbox', { name: /Set fatalities by hand/ }).click();
    await dialog.getByRole('spinbutton', { name: 'Fatalities high' }).fill('7');
    await dialog.getByRole('textbox', { name: 'Notes' }).fill('هجوم ليلي');
    await dialog.getByRole('button', { name: 'Save event' }).click();
    // Saved: the dialog closes.
    await expect
      .poll(
        () =>
          window.document.querySelector<HTMLDialogElement>('dialog[aria-labelledby="edit-event-heading"]')
            ?.open,
      )
      .toBe(false);
    await expect
      .poll(async () => (await store.events.listAll())[0])
      .toMatchObject({
        date: '2023-05-03',
        eventType: 'Battles',
        notes: 'هجوم ليلي',
        fatalities: { low: 5, best: 5, high: 7 },
      });
    const row = page.getByRole('table', { name: 'Events' }).getByRole('row').nth(1);
    await expect.element(row).toHaveTextContent('5–5–7 (set by hand)');
    await expect.element(row).toHaveTextContent('Battles');
    await expect.element(row.getByRole('cell').nth(2)).toHaveTextContent('Islamic State');
    await expect.element(row.getByRole('cell').nth(3)).toHaveTextContent('قسد');
  });

  it('exports the document’s events as CSV and JSON, and the library’s from “All events”', async () => {
    const { document, spans } = await setUp();
    const event = await store.events.createFromSpans(
      document.id,
      spans.map((s) => s.id),
    );
    await mounted?.rerender(<Harness docId={document.id} spans={[...spans]} />);
    await page.getByRole('button', { name: 'Export events CSV' }).click();
    await expect.poll(() => saved.length).toBe(1);
    expect(saved[0]?.fileName).toMatch(/^spanlight-events-document-.*\.csv$/);
    const csv = eventsFromCsv(saved[0]?.content ?? '');
    expect(
      csv.ok && csv.rows.map((r) => [r.event_id, r.actor1, r.actor2, r.location, r.fatalities_best]),
    ).toEqual([[event.id, 'قسد', 'داعش', 'دير الزور', 5]]);
    await page.getByRole('button', { name: 'Export events JSON' }).click();
    await expect.poll(() => saved.length).toBe(2);
    expect(JSON.parse(saved[1]?.content ?? '{}').events[0].span_ids).toEqual(spans.map((s) => s.id));

    await page.getByRole('button', { name: 'All events…' }).click();
    const all = page.getByRole('dialog', { name: /^All events/ });
    await expect.element(all.getByRole('table', { name: 'Events' })).toHaveTextContent('تقرير');
    await all.getByRole('button', { name: 'Export all events CSV' }).click();
    await expect.poll(() => saved.length).toBe(3);
    expect(saved[2]?.fileName).toMatch(/^spanlight-events-library-.*\.csv$/);
  });

  it('a deleted annotation leaves the event; deleting the event empties the table', async () => {
    const { document, spans } = await setUp();
    await store.events.createFromSpans(
      document.id,
      spans.map((s) => s.id),
    );
    const place = spans.find((s) => s.label === 'place') as Span;
    await store.deleteSpan(place);
    await mounted?.rerender(<Harness docId={document.id} spans={spans.filter((s) => s !== place)} />);
    const row = page.getByRole('table', { name: 'Events' }).getByRole('row').nth(1);
    await expect.element(row).not.toHaveTextContent('دير الزور');
    // Deleting asks first (an event holds the researcher's own coding): Cancel keeps it.
    await row.getByRole('button', { name: 'Delete event 1' }).click();
    const confirm = page.getByRole('alertdialog');
    await expect.element(confirm).toHaveTextContent('Delete event 1? Its date, type, notes');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect.element(confirm).not.toBeInTheDocument();
    expect(await store.events.listAll()).toHaveLength(1);
    await row.getByRole('button', { name: 'Delete event 1' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete event 1' }).click();
    await expect.element(page.getByRole('table', { name: 'Events' })).not.toBeInTheDocument();
    expect(await store.events.listAll()).toEqual([]);
  });

  it('says what to check: an unlinked place, and nothing to create until an annotation is chosen', async () => {
    const { document, spans } = await setUp();
    await mounted?.rerender(<Harness docId={document.id} spans={spans} />);
    await page.getByRole('button', { name: 'New event…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New event' });
    await dialog.getByRole('checkbox', { name: 'Actor قسد' }).click();
    await expect.element(dialog.getByRole('button', { name: 'Create event' })).toBeDisabled();
    await dialog.getByRole('checkbox', { name: 'Place دير الزور' }).click();
    await dialog.getByRole('button', { name: 'Create event' }).click();
    const row = page.getByRole('table', { name: 'Events' }).getByRole('row').nth(1);
    await row.getByText('2 to check').click();
    await expect.element(row.getByRole('listitem').nth(0)).toHaveTextContent('No actor.');
    await expect
      .element(row.getByRole('listitem').nth(1))
      .toHaveTextContent('“دير الزور” is not linked to a place with coordinates');
  });
});
