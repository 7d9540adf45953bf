import '../../../../src/renderer/styles.css';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Span } from '../../../../src/core/spans/span';
import type { Suggestion } from '../../../../src/core/suggestions/suggestion';
import { tagAllOccurrences } from '../../../../src/core/suggestions/tagAllOccurrences';
import { SuggestionsPanel } from '../../../../src/renderer/ui/suggestions/SuggestionsPanel';
import { type Rendered, render } from '../../support/render';

/** The "Suggestions" region: per-item and bulk Accept/Reject, A/R keys, and the Tag all buttons. */
const TEXT = 'قسد وقسد ثم لـ”قسد” و(قسد)';
const SELECTED: Span = {
  id: 's1',
  docId: 'd',
  start: 0,
  end: 3,
  label: 'actor',
  text: 'قسد',
  createdAt: 0,
  updatedAt: 0,
};
const SUGGESTIONS = tagAllOccurrences({ id: 'd', text: TEXT }, SELECTED, [SELECTED]);

let mounted: Rendered | null = null;
let accepted: string[][];
let tagAll: string[];

function Harness({ initial, folded = false }: { initial: Suggestion[]; folded?: boolean }) {
  const [pending, setPending] = useState(initial);
  const [focused, setFocused] = useState<string | null>(null);
  const [expanded, setExpanded] = useState(!folded);
  const drop = (ids: readonly string[]) =>
    setPending((current) => current.filter((s) => !ids.includes(s.id)));
  return (
    <SuggestionsPanel
      suggestions={pending}
      openDocId="d"
      titles={new Map()}
      selectedSpan={SELECTED}
      busy={false}
      focusedId={focused}
      expanded={expanded}
      onExpandedChange={setExpanded}
      onFocus={setFocused}
      onTagAll={(_, scope) => tagAll.push(scope)}
      onPreAnnotate={() => tagAll.push('names')}
      onAccept={(ids) => {
        accepted.push([...ids]);
        drop(ids);
      }}
      onReject={drop}
    />
  );
}

async function mount(folded = false) {
  accepted = [];
  tagAll = [];
  mounted = await render(<Harness initial={SUGGESTIONS} folded={folded} />, 360);
}

afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

const region = () => page.getByRole('region', { name: 'Suggestions' });
const items = () => region().getByRole('listitem');

describe('SuggestionsPanel', () => {
  it('lists each suggestion with its reason, and accepts or rejects one by click', async () => {
    await mount();
    expect(SUGGESTIONS).toHaveLength(3);
    await expect.element(items().first()).toHaveTextContent(/Actor.*قسد.*another occurrence of “قسد”/);
    await userEvent.click(items().first().getByRole('button', { name: 'Reject', exact: true }));
    await expect.poll(() => items().all().length).toBe(2);
    await userEvent.click(items().first().getByRole('button', { name: 'Accept', exact: true }));
    await expect.poll(() => items().all().length).toBe(1);
    expect(accepted).toEqual([[SUGGESTIONS[1]?.id]]);
  });

  it('A and R on the focused suggestion, arrows move between them', async () => {
    await mount();
    (items().first().element() as HTMLElement).focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement?.getAttribute('data-suggestion')).toBe(SUGGESTIONS[1]?.id);
    await userEvent.keyboard('a');
    await expect.poll(() => accepted).toEqual([[SUGGESTIONS[1]?.id]]);
    // Focus moves to the suggestion now in its place.
    await expect.poll(() => document.activeElement?.getAttribute('data-suggestion')).toBe(SUGGESTIONS[2]?.id);
    await userEvent.keyboard('r');
    await expect.poll(() => items().all().length).toBe(1);
    expect(accepted).toHaveLength(1);
  });

  it('Accept all and Reject all act on every pending suggestion', async () => {
    await mount();
    await userEvent.click(region().getByRole('button', { name: 'Accept all' }));
    expect(accepted).toEqual([SUGGESTIONS.map((s) => s.id)]);
    await expect.element(region()).toHaveTextContent('No suggestions.');
    await mounted?.unmount();
    await mount();
    await userEvent.click(region().getByRole('button', { name: 'Reject all' }));
    await expect.element(region()).toHaveTextContent('No suggestions.');
    expect(accepted).toEqual([]);
  });

  it('folded, the region is one line with the count; its summary unfolds it', async () => {
    await mount(true);
    await expect.element(region()).toHaveTextContent(/Suggestions\s*\(3\)/);
    const first = () => document.querySelector<HTMLElement>('li[data-suggestion]');
    expect(first()?.checkVisibility()).toBe(false);
    await userEvent.click(region().getByText('Suggestions'));
    await expect.poll(() => first()?.checkVisibility()).toBe(true);
    await expect.element(items().first()).toBeVisible();
  });

  it('Tag all occurrences (document, library) and Suggest names call back', async () => {
    await mount();
    await userEvent.click(region().getByRole('button', { name: 'Tag all occurrences' }));
    await userEvent.click(region().getByRole('button', { name: 'Tag all in library' }));
    await userEvent.click(region().getByRole('button', { name: 'Suggest names' }));
    expect(tagAll).toEqual(['document', 'library', 'names']);
  });
});
