import type { Actor } from '../../core/coding/actor';
import { actorNameKey, actorNames, dedupeAliases, withAliases } from '../../core/coding/actorRegistry';
import { type CasualtyProposer, withCodingForLabel } from '../../core/coding/codingForLabel';
import { codingOfExtra, readCodingFields } from '../../core/formats/spanlightCoding';
import type { FormatAnnotation } from '../../core/formats/types';
import type { Span } from '../../core/spans/span';
import type { SpanlightDatabase } from './database';

/**
 * Writes an imported actor registry inside the import's transaction and says, for each actor id of the file,
 * which actor of the library it became:
 * - an actor whose id is free keeps it (so event records and spans that name it need no rewriting);
 * - an actor the library already has (same id and name, or the canonical name of one is a name of the other,
 *   under the matching key) is that actor, with the file's names merged in as aliases;
 * - an actor whose id is taken by a different actor gets a new id.
 * Aliases another library actor already answers to are dropped: a span could not say which of the two it names.
 */
export async function importActorsInto(
  db: SpanlightDatabase,
  actors: readonly Actor[],
  newId: () => string,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  // Read even when there is nothing to add: a transaction whose first step queues no request commits at once
  // (Dexie's "Transaction committed too early"), and the caller's writes come after this.
  const registry = new Map((await db.actors.toArray()).map((actor) => [actor.id, actor]));
  const owners = () => {
    const byKey = new Map<string, string>();
    for (const actor of registry.values())
      for (const name of actorNames(actor)) byKey.set(actorNameKey(name), actor.id);
    return byKey;
  };
  for (const actor of actors) {
    const byKey = owners();
    const sameId = registry.get(actor.id);
    // The library's actor this one is: the same id with the same name, else one whose canonical name is a name of
    // this one or that answers to this one's canonical name (sharing only an alias does not make two actors one).
    const ownKeys = new Set(actorNames(actor).map(actorNameKey));
    const ownerId =
      byKey.get(actorNameKey(actor.name)) ??
      [...registry.values()].find((candidate) => ownKeys.has(actorNameKey(candidate.name)))?.id;
    const sameName =
      sameId && actorNameKey(sameId.name) === actorNameKey(actor.name) ? sameId : registry.get(ownerId ?? '');
    if (sameName) {
      const others = new Set(
        actorNames(actor).filter((name) => {
          const owner = byKey.get(actorNameKey(name));
          return owner === undefined || owner === sameName.id;
        }),
      );
      const merged = withAliases(sameName, [...others]);
      if (merged.aliases.length !== sameName.aliases.length) {
        registry.set(merged.id, merged);
        await db.actors.put(merged);
      }
      ids.set(actor.id, sameName.id);
      continue;
    }
    const id = sameId ? newId() : actor.id;
    const aliases = dedupeAliases(
      actor.name,
      actor.aliases.filter((alias) => !byKey.has(actorNameKey(alias))),
    );
    const added: Actor = { ...actor, id, aliases };
    registry.set(id, added);
    await db.actors.add(added);
    ids.set(actor.id, id);
  }
  return ids;
}

/**
 * An imported span with the coding its annotation carries (Spanlight JSON: extra.spanlight.coding), checked
 * again (the annotation may come from any importer), the actor id mapped to the library's (dropped when the
 * library has no such actor), the place id mapped to the library's, and the fields its label allows (a casualty count without figures gets the
 * proposal, as when it is tagged).
 */
export function withImportedCoding(
  span: Span,
  annotation: FormatAnnotation,
  text: string,
  actorIds: ReadonlyMap<string, string>,
  libraryActorIds: ReadonlySet<string>,
  /** The file's place ids → the library's (importPlacesInto); an id not in it is kept as the file gives it. */
  placeIds: ReadonlyMap<string, string> = new Map(),
  /** Where a casualty count without figures gets its proposal (default: read here). */
  propose?: CasualtyProposer,
): Span {
  const coding = codingOfExtra(annotation.extra);
  // withCodingForLabel returns a new span: `span` is copied here only when the coding changes it first.
  const result: Span = coding ? { ...span } : span;
  if (coding) {
    const checked = readCodingFields({
      attributes: coding.attributes,
      actor_id: coding.actorId,
      place_id: coding.placeId,
      geo_precision: coding.geoPrecision,
    });
    const valid = 'coding' in checked ? checked.coding : undefined;
    if (valid?.attributes) result.attributes = valid.attributes;
    const actorId = valid?.actorId === undefined ? undefined : (actorIds.get(valid.actorId) ?? valid.actorId);
    if (actorId !== undefined && libraryActorIds.has(actorId)) result.actorId = actorId;
    if (valid?.placeId !== undefined) result.placeId = placeIds.get(valid.placeId) ?? valid.placeId;
    if (valid?.geoPrecision !== undefined) result.geoPrecision = valid.geoPrecision;
  }
  return withCodingForLabel(result, text, propose);
}
