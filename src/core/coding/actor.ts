/**
 * ACLED's actor types ("inter" codes 1–8). Kept as stable keys; the code is what an ACLED-shaped export writes.
 */
export const ACTOR_TYPES = [
  { key: 'state_forces', inter: 1, name: 'State forces' },
  { key: 'rebel_group', inter: 2, name: 'Rebel group' },
  { key: 'political_militia', inter: 3, name: 'Political militia' },
  { key: 'identity_militia', inter: 4, name: 'Identity militia' },
  { key: 'rioters', inter: 5, name: 'Rioters' },
  { key: 'protesters', inter: 6, name: 'Protesters' },
  { key: 'civilians', inter: 7, name: 'Civilians' },
  { key: 'external_forces', inter: 8, name: 'External/other forces' },
] as const;

export type ActorType = (typeof ACTOR_TYPES)[number]['key'];

/**
 * A canonical actor of the registry. `aliases` are other names in any script (قسد, قوات سوريا الديمقراطية, SDF),
 * stored as written; matching folds them (see events/matchFold).
 */
export interface Actor {
  id: string;
  name: string;
  aliases: string[];
  type?: ActorType;
  notes?: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}
