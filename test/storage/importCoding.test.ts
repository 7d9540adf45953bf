import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/coding/actor';
import type { FormatAnnotation } from '../../src/core/formats/types';
import type { Span } from '../../src/core/spans/span';
import { SpanlightDatabase } from '../../src/renderer/storage/database';
import { importActorsInto, withImportedCoding } from '../../src/renderer/storage/importCoding';

/** An imported registry merged into the library's, and imported spans' coding mapped onto it. */
let db: SpanlightDatabase;
afterEach(async () => {
  await db.delete();
});

const actor = (id: string, name: string, aliases: string[] = []): Actor => ({
  id,
  name,
  aliases,
  createdAt: 1,
  updatedAt: 2,
});
let counter = 0;
const newId = () => `new-${++counter}`;

async function library(actors: Actor[]) {
  db = new SpanlightDatabase(`import-coding-${Math.random()}`);
  await db.actors.bulkAdd(actors);
}
const run = (actors: Actor[]) => db.transaction('rw', db.actors, () => importActorsInto(db, actors, newId));

describe('importActorsInto', () => {
  it('adds new actors with their own ids', async () => {
    await library([]);
    const ids = await run([actor('a', 'قسد', ['SDF']), actor('b', 'داعش')]);
    expect([...ids]).toEqual([
      ['a', 'a'],
      ['b', 'b'],
    ]);
    expect(await db.actors.orderBy('id').toArray()).toEqual([actor('a', 'قسد', ['SDF']), actor('b', 'داعش')]);
  });

  it('the same actor (same id or a name the library knows) is merged: its new aliases are added', async () => {
    await library([actor('lib-sdf', 'قسد', ['SDF'])]);
    const ids = await run([actor('file-sdf', 'SDF', ['قوات سوريا الديمقراطية', 'قَسَد'])]);
    expect(ids.get('file-sdf')).toBe('lib-sdf');
    expect((await db.actors.get('lib-sdf'))?.aliases).toEqual(['SDF', 'قوات سوريا الديمقراطية']);
    expect(await db.actors.count()).toBe(1);
  });

  it('a different actor under a taken id gets a new id; aliases another actor answers to are dropped', async () => {
    await library([actor('x', 'قسد', ['SDF'])]);
    const ids = await run([actor('x', 'داعش', ['ISIS', 'sdf'])]);
    const id = ids.get('x') as string;
    expect(id).toMatch(/^new-/);
    expect(await db.actors.get(id)).toMatchObject({ name: 'داعش', aliases: ['ISIS'] });
  });
});

describe('withImportedCoding', () => {
  const span: Span = {
    id: 's',
    docId: 'd',
    start: 0,
    end: 4,
    label: 'casualty_count',
    text: 'خمسة',
    createdAt: 1,
    updatedAt: 1,
  };
  const TEXT = 'خمسة قتلى';
  const annotation = (coding: unknown): FormatAnnotation => ({
    start: 0,
    end: 4,
    label: 'casualty_count',
    text: 'خمسة',
    extra: { spanlight: { createdAt: '', updatedAt: '', coding } },
  });

  it('keeps the figures a file gives (not re-proposed)', () => {
    const attributes = { value: 6, precision: 'at_least', category: 'killed', proposed: false } as const;
    expect(
      withImportedCoding(span, annotation({ attributes }), TEXT, new Map(), new Set()).attributes,
    ).toEqual(attributes);
  });

  it('proposes figures for a casualty count imported without any', () => {
    expect(
      withImportedCoding(span, { ...annotation(undefined), extra: {} }, TEXT, new Map(), new Set())
        .attributes,
    ).toEqual({
      value: 5,
      precision: 'exact',
      category: 'killed',
      proposed: true,
    });
  });

  it('maps the actor id to the library’s, drops one the library does not have, and fields the label does not allow', () => {
    const actorSpan: Span = { ...span, label: 'actor' };
    const mapped = withImportedCoding(
      actorSpan,
      annotation({ actorId: 'file-sdf', placeId: 'p' }),
      TEXT,
      new Map([['file-sdf', 'lib-sdf']]),
      new Set(['lib-sdf']),
    );
    expect(mapped.actorId).toBe('lib-sdf');
    expect(mapped.placeId).toBeUndefined();
    const missing = withImportedCoding(
      actorSpan,
      annotation({ actorId: 'ghost' }),
      TEXT,
      new Map(),
      new Set(['lib-sdf']),
    );
    expect(missing.actorId).toBeUndefined();
  });

  it('ignores invalid coding from a hand-made annotation', () => {
    const bad = withImportedCoding(
      span,
      annotation({ attributes: { value: -3, precision: 'exact', proposed: false } }),
      TEXT,
      new Map(),
      new Set(),
    );
    expect(bad.attributes).toMatchObject({ value: 5, proposed: true });
  });
});
