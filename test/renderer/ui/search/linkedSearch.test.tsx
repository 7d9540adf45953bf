import '../../../../src/renderer/styles.css';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Span } from '../../../../src/core/spans/span';
import { AnnotationStore } from '../../../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../../../src/renderer/storage/database';
import {
  findLinkedAnnotations,
  type LinkedAnnotation,
  type LinkedAnnotations,
} from '../../../../src/renderer/storage/linkedAnnotations';
import { AnnotationList } from '../../../../src/renderer/ui/AnnotationList';
import { CodingPanel } from '../../../../src/renderer/ui/coding/CodingPanel';
import { PlacePicker } from '../../../../src/renderer/ui/places/PlacePicker';
import { LinkedAnnotationsDialog } from '../../../../src/renderer/ui/search/LinkedAnnotationsDialog';
import {
  type NamedLinkTarget,
  useLinkedAnnotations,
} from '../../../../src/renderer/ui/search/useLinkedAnnotations';
import { type Rendered, render } from '../../support/render';

/**
 * Search by link in real Chromium: the annotation filter by linked actor and place, and "Find annotations" from
 * the actor registry and from a linked place, whose list opens an annotation.
 */
const TEXT = 'قالت قسد إن قصفًا طال الحسكة، وإن قوات سوريا الديمقراطية ردت قرب الرقة.';
const at = (phrase: string) => [TEXT.indexOf(phrase), TEXT.indexOf(phrase) + phrase.length] as const;

let mounted: Rendered | null = null;
let db: SpanlightDatabase;
let store: AnnotationStore;
let docId = '';

beforeEach(async () => {
  db = new SpanlightDatabase(`linked-${crypto.randomUUID()}`);
  store = new AnnotationStore(db);
  docId = (await store.createDocument({ title: 'Raid on Hasakah', text: TEXT })).document.id;
});

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
  await db.delete();
});

const span = (id: string, phrase: string, label: Span['label'], link: Partial<Span> = {}): Span => ({
  id,
  docId: 'd',
  start: at(phrase)[0],
  end: at(phrase)[1],
  label,
  text: phrase,
  createdAt: 0,
  updatedAt: 0,
  ...link,
});

/** The coding panel with the window's span state, recording what "Find annotations" asks for. */
function Harness({ selected, asked }: { selected: Span; asked: NamedLinkTarget[] }) {
  const [spans, setSpans] = useState<Span[]>([selected]);
  return (
    <CodingPanel
      store={store}
      spans={spans}
      selectedSpanId={selected.id}
      setSpans={setSpans}
      say={() => {}}
      report={(error) => {
        throw error;
      }}
      onFindAnnotations={(target) => asked.push(target)}
    />
  );
}

describe('the annotation filter by link', () => {
  const spans = [
    span('a', 'قسد', 'actor', { actorId: 'sdf' }),
    span('b', 'قوات سوريا الديمقراطية', 'actor', { actorId: 'sdf' }),
    span('c', 'قالت', 'actor', { actorId: 'other' }),
    span('d', 'الحسكة', 'place', { placeId: 'hasakah' }),
    span('e', 'الرقة', 'place'),
  ];
  const linked = {
    actors: [
      { id: 'other', name: 'Other' },
      { id: 'sdf', name: 'SDF' },
    ],
    places: [{ id: 'hasakah', name: 'Al-Hasakah' }],
  };
  const listed = () =>
    page
      .getByRole('list', { name: 'Annotations' })
      .getByRole('listitem')
      .elements()
      .map((item) => item.textContent);

  it('lists the linked actors and places, and shows only the annotations linked to the one chosen', async () => {
    mounted = await render(
      <div style={{ height: 600, display: 'flex', flexDirection: 'column' }}>
        <AnnotationList
          spans={spans}
          selectedSpanId={null}
          onSelect={() => {}}
          onRelabel={() => {}}
          onDelete={() => {}}
          linked={linked}
        />
      </div>,
      400,
    );
    const byActor = page.getByRole('combobox', { name: 'Filter by linked actor' });
    expect([...(byActor.element() as HTMLSelectElement).options].map((option) => option.text)).toEqual([
      'All linked actors',
      'Other',
      'SDF',
    ]);
    await byActor.selectOptions('SDF');
    await expect.poll(listed).toEqual(['Actor قسد', 'Actor قوات سوريا الديمقراطية']);
    await expect.element(page.getByText('2 of 5 shown')).toBeVisible();
    // Both filters at once: no annotation is linked to the SDF and to Al-Hasakah.
    const byPlace = page.getByRole('combobox', { name: 'Filter by linked place' });
    await byPlace.selectOptions('Al-Hasakah');
    await expect.poll(listed).toEqual([]);
    await byActor.selectOptions('All linked actors');
    await expect.poll(listed).toEqual(['Place الحسكة']);
  });

  it('offers no link choice when nothing in the document is linked', async () => {
    mounted = await render(
      <AnnotationList
        spans={[span('e', 'الرقة', 'place')]}
        selectedSpanId={null}
        onSelect={() => {}}
        onRelabel={() => {}}
        onDelete={() => {}}
        linked={{ actors: [], places: [] }}
      />,
    );
    await expect.element(page.getByRole('combobox', { name: 'Filter by label' })).toBeInTheDocument();
    expect(page.getByRole('combobox', { name: 'Filter by linked actor' }).elements()).toHaveLength(0);
    expect(page.getByRole('combobox', { name: 'Filter by linked place' }).elements()).toHaveLength(0);
  });
});

describe('Find annotations', () => {
  it('from the actor registry: the registry closes and asks for the actor’s annotations', async () => {
    const sdf = await store.coding.createActor({ name: 'SDF', aliases: ['قسد'] });
    const selected = await store.addSpan(docId, ...at('قسد'), 'actor');
    const asked: NamedLinkTarget[] = [];
    mounted = await render(<Harness selected={selected} asked={asked} />, 340);
    await page.getByRole('button', { name: 'Actors…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Actors' });
    await expect.element(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Find annotations linked to SDF' }).click();
    await expect.element(dialog).not.toBeInTheDocument();
    expect(asked).toEqual([{ kind: 'actor', id: sdf.id, name: 'SDF' }]);
  });

  it('from a linked place, by keyboard', async () => {
    const place = await store.places.addUserPlace({ name: 'Al-Hasakah', latitude: 36.5, longitude: 40.75 });
    const placeSpan = await store.addSpan(docId, ...at('الحسكة'), 'place');
    const linkedSpan = await store.coding.linkPlace(placeSpan, place.id, 'exact');
    const asked: Array<{ id: string; name: string }> = [];
    mounted = await render(
      <PlacePicker
        span={linkedSpan}
        store={store}
        onLinked={() => {}}
        onFindAnnotations={(p) => asked.push(p)}
      />,
      340,
    );
    const find = page.getByRole('button', { name: 'Find annotations linked to Al-Hasakah' });
    await expect.element(find).toBeVisible();
    (find.element() as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(asked).toEqual([{ id: place.id, name: 'Al-Hasakah' }]);
  });

  it('lists each annotation with its document’s title and context; choosing one hands it over', async () => {
    const sdf = await store.coding.createActor({ name: 'SDF' });
    for (const phrase of ['قسد', 'قوات سوريا الديمقراطية']) {
      const added = await store.addSpan(docId, ...at(phrase), 'actor');
      await store.coding.linkActor(added, sdf.id);
    }
    const result: LinkedAnnotations = await findLinkedAnnotations(db, { kind: 'actor', id: sdf.id });
    const chosen: LinkedAnnotation[] = [];
    const target: NamedLinkTarget = { kind: 'actor', id: sdf.id, name: 'SDF' };
    mounted = await render(
      <LinkedAnnotationsDialog
        target={target}
        result={null}
        onChoose={(a) => chosen.push(a)}
        onClose={() => {}}
      />,
    );
    const dialog = page.getByRole('dialog', { name: 'Annotations linked to “SDF”' });
    await expect.element(dialog).toBeVisible();
    await expect.element(dialog.getByText('Looking for linked annotations…')).toBeVisible();
    await mounted.rerender(
      <LinkedAnnotationsDialog
        target={target}
        result={result}
        onChoose={(a) => chosen.push(a)}
        onClose={() => {}}
      />,
    );
    await expect.element(dialog.getByText(/^2 annotations in 1 document\./)).toBeVisible();
    const items = dialog.getByRole('list', { name: 'Linked annotations' }).getByRole('listitem');
    expect(items.elements()).toHaveLength(2);
    const second = items.nth(1).getByRole('button');
    await expect.element(second).toHaveTextContent(/Raid on Hasakah/);
    await expect.element(second.getByRole('mark')).toHaveTextContent('قوات سوريا الديمقراطية');
    await second.click();
    expect(chosen.map(({ span }) => span.text)).toEqual(['قوات سوريا الديمقراطية']);
  });

  it('says so when nothing is linked, and Escape closes', async () => {
    let closed = 0;
    mounted = await render(
      <LinkedAnnotationsDialog
        target={{ kind: 'place', id: 'p', name: 'Nowhere' }}
        result={{ annotations: [], total: 0 }}
        onChoose={() => {}}
        onClose={() => closed++}
      />,
    );
    const dialog = page.getByRole('dialog', { name: 'Annotations linked to “Nowhere”' });
    await expect.element(dialog.getByText('No annotation in this library is linked to it.')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => closed).toBe(1);
  });
});

/**
 * The window's part of "Find annotations": the hook opening the chosen annotation, the dialog, and the
 * Annotations list the keyboard focus goes to (its document opened from `store`).
 */
function FindHarness({ target }: { target: NamedLinkTarget }) {
  const [openDoc, setOpenDoc] = useState<{ id: string } | null>(null);
  const [spans, setSpans] = useState<Span[]>([]);
  const [selectedSpanId, setSelectedSpanId] = useState<string | null>(null);
  const workspace = {
    documents: [{ id: docId }],
    openDoc,
    spans,
    openDocument: async (id: string) => {
      setSpans(await store.listSpans(id));
      setOpenDoc({ id });
    },
  } as unknown as Parameters<typeof useLinkedAnnotations>[1];
  const linked = useLinkedAnnotations(store, workspace, setSelectedSpanId, (error) => {
    throw error;
  });
  return (
    <>
      <button type="button" onClick={() => void linked.find(target)}>
        Find
      </button>
      <LinkedAnnotationsDialog
        target={linked.target}
        result={linked.result}
        onChoose={(annotation) => void linked.choose(annotation)}
        onClose={linked.close}
      />
      <div style={{ height: 400, display: 'flex', flexDirection: 'column' }}>
        <AnnotationList
          spans={spans}
          selectedSpanId={selectedSpanId}
          onSelect={setSelectedSpanId}
          onRelabel={() => {}}
          onDelete={() => {}}
          focusRequest={linked.focusRequest}
        />
      </div>
    </>
  );
}

describe('after choosing a linked annotation', () => {
  /** A document of `count` words, each one an annotation; the last is the actor's only mention. */
  async function longDocument(count: number) {
    const words = Array.from({ length: count }, (_, i) => `w${String(i).padStart(3, '0')}`);
    const { document } = await store.createDocument({ title: 'Long', text: words.join(' ') });
    docId = document.id;
    let last: Span | null = null;
    for (const [i, word] of words.entries()) {
      const start = i * 5;
      last = await store.addSpan(
        document.id,
        start,
        start + word.length,
        i === count - 1 ? 'actor' : 'place',
      );
    }
    if (!last) throw new Error('at least one annotation');
    const sdf = await store.coding.createActor({ name: 'SDF' });
    await store.coding.linkActor(last, sdf.id);
    return { target: { kind: 'actor', id: sdf.id, name: 'SDF' } as NamedLinkTarget, last };
  }

  async function chooseByKeyboard(target: NamedLinkTarget, mount = true) {
    if (mount) mounted = await render(<FindHarness target={target} />, 500);
    await page.getByRole('button', { name: 'Find' }).click();
    const dialog = page.getByRole('dialog', { name: 'Annotations linked to “SDF”' });
    const choice = dialog.getByRole('list', { name: 'Linked annotations' }).getByRole('button');
    await expect.element(choice).toBeVisible();
    (choice.element() as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(dialog).not.toBeInTheDocument();
  }

  it('the keyboard focus is on its entry of the Annotations list, scrolled to in a long list', async () => {
    const { target, last } = await longDocument(250);
    await chooseByKeyboard(target);
    await expect.poll(() => (document.activeElement as HTMLElement | null)?.dataset.spanId).toBe(last.id);
    const focused = document.activeElement as HTMLElement;
    expect(focused.getAttribute('aria-current')).toBe('true');
    expect(focused.textContent).toContain('w249');
    // In view: the windowed list was scrolled to it.
    const scroller = focused.closest('.annotation-scroll') as HTMLElement;
    const box = focused.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(view.top);
    expect(box.bottom).toBeLessThanOrEqual(view.bottom);
  });

  it('the selected annotation’s controls take the focus when the list’s filter hides its entry', async () => {
    const { target } = await longDocument(3);
    await chooseByKeyboard(target);
    // Only places shown: the actor's entry is filtered out when it is chosen again.
    await page.getByRole('combobox', { name: 'Filter by label' }).selectOptions('Place');
    await chooseByKeyboard(target, false);
    await expect.poll(() => document.activeElement?.getAttribute('aria-label')).toBe('Selected annotation');
  });
});
