/**
 * The actor registry's rules, pure: which actors a span names, how names and aliases are cleaned and
 * de-duplicated, what an actor created from a span looks like. Names are stored as written; every comparison
 * is on the matching key (events/matchFold: hamza seats, ta marbuta, alef maqsura, tatweel, diacritics, case),
 * and a span's text is also tried without the proclitics written onto it (وقسد، لقسد، بالحسكة).
 */
import { stripClitics } from '../events/clitics';
import { normalizeForMatch } from '../events/matchFold';
import { ACTOR_TYPES, type Actor, type ActorType } from './actor';

/** Quote marks, brackets and punctuation a selection may carry around a name: “قسد”، (SDF). */
const EDGE_PUNCTUATION =
  /^[\s"'«»“”„‟‘’‚‹›()[\]{}<>.,،;؛:!?؟\-–—ـ]+|[\s"'«»“”„‟‘’‚‹›()[\]{}<>.,،;؛:!?؟\-–—ـ]+$/gu;

/** A name as the registry stores it: trimmed of white space and of the quotes and punctuation around it. */
export function cleanActorName(written: string): string {
  return written.replace(EDGE_PUNCTUATION, '');
}

/** The matching key of a name: what two spellings of the same name share. */
export function actorNameKey(name: string): string {
  return normalizeForMatch(cleanActorName(name)).trim();
}

/** Every name of an actor: its canonical name first, then its aliases. */
export function actorNames(actor: Pick<Actor, 'name' | 'aliases'>): string[] {
  return [actor.name, ...actor.aliases];
}

/**
 * The aliases worth keeping, in the order given: cleaned, without empty ones, without those that spell the
 * canonical name or an earlier alias under the matching key (the first spelling wins).
 */
export function dedupeAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([actorNameKey(name)]);
  const kept: string[] = [];
  for (const alias of aliases) {
    const cleaned = cleanActorName(alias);
    const key = actorNameKey(cleaned);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(cleaned);
  }
  return kept;
}

/** The actor with `added` aliases merged in (de-duplicated against its name and its aliases). */
export function withAliases<T extends Pick<Actor, 'name' | 'aliases'>>(
  actor: T,
  added: readonly string[],
): T {
  return { ...actor, aliases: dedupeAliases(actor.name, [...actor.aliases, ...added]) };
}

/** One actor named by a span, and how. */
export interface ActorMatch {
  actor: Actor;
  /** The registry name (canonical or alias) that matched, as written in the registry. */
  matchedName: string;
  /** True when it matched only once proclitics were stripped from the span's text (لقسد → قسد). */
  viaClitics: boolean;
}

/** The matching keys of a span's text: as written first, then without proclitics (fewest stripped first). */
export function spanTextKeys(spanText: string): { key: string; viaClitics: boolean }[] {
  const cleaned = cleanActorName(spanText);
  const keys: { key: string; viaClitics: boolean }[] = [];
  const seen = new Set<string>();
  for (const [index, candidate] of stripClitics(cleaned).entries()) {
    const key = actorNameKey(candidate);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    keys.push({ key, viaClitics: index > 0 });
  }
  return keys;
}

/**
 * The actors `spanText` names, best first: a match on the text as written before one found by stripping
 * proclitics, a canonical name before an alias, then by canonical name (code unit order, for a stable list).
 */
export function actorsMatching(actors: readonly Actor[], spanText: string): ActorMatch[] {
  const keys = spanTextKeys(spanText);
  if (keys.length === 0) return [];
  const matches: Array<ActorMatch & { rank: number }> = [];
  for (const actor of actors) {
    let best: (ActorMatch & { rank: number }) | undefined;
    for (const [nameIndex, name] of actorNames(actor).entries()) {
      const nameKey = actorNameKey(name);
      const found = keys.find((candidate) => candidate.key === nameKey);
      if (!found) continue;
      const rank = (found.viaClitics ? 2 : 0) + (nameIndex === 0 ? 0 : 1);
      if (!best || rank < best.rank) best = { actor, matchedName: name, viaClitics: found.viaClitics, rank };
    }
    if (best) matches.push(best);
  }
  return matches
    .sort(
      (a, b) => a.rank - b.rank || (a.actor.name < b.actor.name ? -1 : a.actor.name > b.actor.name ? 1 : 0),
    )
    .map(({ rank: _rank, ...match }) => match);
}

/** A new actor named by a span: the span's text (cleaned) is its name; no aliases yet. */
export function actorFromSpan(
  spanText: string,
  id: string,
  now: number,
  extra: { aliases?: readonly string[]; type?: ActorType } = {},
): Actor {
  const name = cleanActorName(spanText);
  const actor: Actor = {
    id,
    name,
    aliases: dedupeAliases(name, extra.aliases ?? []),
    createdAt: now,
    updatedAt: now,
  };
  if (extra.type) actor.type = extra.type;
  return actor;
}

export interface ActorProblem {
  field: 'name' | 'aliases' | 'type';
  message: string;
}

/**
 * What keeps `actor` out of the registry `others` (the other actors; pass the registry without this actor when
 * editing it): an empty name, an unknown type, a name or alias another actor already has under the matching key
 * (a span could not say which of the two it names).
 */
export function validateActor(
  actor: Pick<Actor, 'name' | 'aliases' | 'type'>,
  others: readonly Actor[],
): ActorProblem[] {
  const problems: ActorProblem[] = [];
  if (actorNameKey(actor.name) === '') problems.push({ field: 'name', message: 'An actor needs a name.' });
  if (actor.type !== undefined && !ACTOR_TYPES.some((type) => type.key === actor.type)) {
    problems.push({ field: 'type', message: `“${actor.type}” is not an actor type.` });
  }
  const taken = new Map<string, Actor>();
  for (const other of others) for (const name of actorNames(other)) taken.set(actorNameKey(name), other);
  for (const [index, name] of actorNames(actor).entries()) {
    const key = actorNameKey(name);
    const owner = key === '' ? undefined : taken.get(key);
    if (!owner) continue;
    problems.push({
      field: index === 0 ? 'name' : 'aliases',
      message: `“${name}” is already a name of the actor “${owner.name}”.`,
    });
  }
  return problems;
}
