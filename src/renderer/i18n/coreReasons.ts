import type { TFunction } from 'i18next';

/**
 * src/core explains in English (its messages are also the command line's), so the interface recognises the
 * messages it knows and shows them from the catalogue (coreReasons.*) in the interface language. A message that is
 * not recognised (a new one, or one from a file) is shown as it is rather than lost. Each pattern is checked
 * against the message core really writes (test/renderer/i18n/coreReasons.test.ts), so a reworded core message
 * fails a test instead of silently falling back to English.
 */
type Params = Record<string, string | number>;
interface Rule {
  /** The whole message, a final full stop optional (core adds one where it lists several). */
  pattern: RegExp;
  key: (match: RegExpExecArray) => string;
  params?: (match: RegExpExecArray) => Params;
}

const FIGURE = { value: 'value', 'low figure': 'low', 'best figure': 'best', 'high figure': 'high' } as const;
const figure = (name: string | undefined) => FIGURE[(name ?? 'value') as keyof typeof FIGURE];
const fixed = (key: string) => () => `coreReasons.${key}`;
const group = (n: number) => (match: RegExpExecArray) => match[n] ?? '';
/** A figure as a number, so the interface writes it in its own digits; as written when it is not one. */
const number = (n: number) => (match: RegExpExecArray) => {
  const text = match[n] ?? '';
  return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
};

const RULES: readonly Rule[] = [
  { pattern: /^The attributes are not an object$/, key: fixed('notObject') },
  {
    pattern: /^The (value|low figure|best figure|high figure) must be a whole number, 0 or more$/,
    key: (m) => `coreReasons.notWhole.${figure(m[1])}`,
  },
  { pattern: /^Give either one value or a low\/best\/high range, not both$/, key: fixed('valueAndRange') },
  {
    pattern: /^The (low figure|best figure|high figure) is missing: a range needs low, best and high$/,
    key: (m) => `coreReasons.rangeMissing.${figure(m[1])}`,
  },
  {
    pattern: /^The best figure \((.+)\) is below the low figure \((.+)\)$/,
    key: fixed('bestBelowLow'),
    params: (m) => ({ best: number(1)(m), low: number(2)(m) }),
  },
  {
    pattern: /^The best figure \((.+)\) is above the high figure \((.+)\)$/,
    key: fixed('bestAboveHigh'),
    params: (m) => ({ best: number(1)(m), high: number(2)(m) }),
  },
  ...(['precision', 'category', 'victims'] as const).map(
    (field): Rule => ({
      pattern: new RegExp(`^The ${field} must be one of (.+)$`),
      key: fixed(`${field}Unknown`),
      params: (m) => ({ keys: group(1)(m) }),
    }),
  ),
  { pattern: /^"proposed" must be true or false$/, key: fixed('proposedNotBoolean') },
  {
    pattern: /^Unknown attribute fields: (.+)$/,
    key: fixed('unknownFields'),
    params: (m) => ({ fields: group(1)(m) }),
  },
  {
    pattern: /^“(.*)” is not a date: write yyyy-mm-dd \(or yyyy-mm, or yyyy\)$/,
    key: fixed('notADate'),
    params: (m) => ({ date: group(1)(m) }),
  },
  {
    pattern: /^“(.*)” has no month (\d+)$/,
    key: fixed('noMonth'),
    params: (m) => ({ date: group(1)(m), month: number(2)(m) }),
  },
  {
    pattern: /^“(.*)” has no day (\d+)$/,
    key: fixed('noDay'),
    params: (m) => ({ date: group(1)(m), day: number(2)(m) }),
  },
  {
    pattern: /^fatalities (low|best|high) must be a whole number, 0 or more$/,
    key: (m) => `coreReasons.fatalitiesNotWhole.${m[1]}`,
  },
  { pattern: /^fatalities must read low ≤ best ≤ high$/, key: fixed('fatalitiesOrder') },
  {
    pattern: /^(\d+) annotations? of this event no longer exists?$/,
    key: fixed('spansGone'),
    params: (m) => ({ count: Number(m[1]) }),
  },
  { pattern: /^No actor$/, key: fixed('noActor') },
  {
    pattern: /^More than two actors \((.*)\): only the first two are exported$/,
    key: fixed('tooManyActors'),
    params: (m) => ({ names: group(1)(m) }),
  },
  { pattern: /^No date$/, key: fixed('noDate') },
  { pattern: /^No place$/, key: fixed('noPlace') },
  {
    pattern: /^Several places: the first, “(.*)”, is exported$/,
    key: fixed('severalPlaces'),
    params: (m) => ({ text: group(1)(m) }),
  },
  {
    pattern: /^“(.*)” is not linked to a place with coordinates: latitude and longitude stay empty$/,
    key: fixed('placeWithoutCoordinates'),
    params: (m) => ({ name: group(1)(m) }),
  },
  { pattern: /^“(.*)” states no figure$/, key: fixed('noFigure'), params: (m) => ({ text: group(1)(m) }) },
  {
    pattern: /^“(.*)” has no category \(killed, injured…\): not counted as fatalities$/,
    key: fixed('noCategory'),
    params: (m) => ({ text: group(1)(m) }),
  },
  {
    pattern: /^(\d+) killed figures are added up: check that they count different people$/,
    key: fixed('figuresAdded'),
    params: (m) => ({ count: Number(m[1]) }),
  },
  { pattern: /^An actor needs a name$/, key: fixed('actorNeedsName') },
  {
    pattern: /^“(.*)” is not an actor type$/,
    key: fixed('notActorType'),
    params: (m) => ({ type: group(1)(m) }),
  },
  {
    pattern: /^“(.*)” is already a name of the actor “(.*)”$/,
    key: fixed('nameTaken'),
    params: (m) => ({ name: group(1)(m), owner: group(2)(m) }),
  },
  { pattern: /^offsets must be whole numbers$/, key: fixed('range.notWhole') },
  {
    pattern: /^offsets (.+)\.\.(.+) are outside the text \(0\.\.(\d+)\)$/,
    key: fixed('range.outside'),
    params: (m) => ({ start: number(1)(m), end: number(2)(m), first: 0, length: number(3)(m) }),
  },
  { pattern: /^the span is empty$/, key: fixed('range.empty') },
  {
    pattern: /^an offset falls inside a character \(between the two halves of a surrogate pair\)$/,
    key: fixed('range.insideCharacter'),
  },
  {
    pattern: /^an edge would fall inside a character \(a letter and its marks, or an emoji\)$/,
    key: fixed('range.edgeInsideCharacter'),
  },
];

/** Storage's own reasons for refusing an imported annotation (storage/importDocuments.ts). */
const IMPORT_REASONS: readonly Rule[] = [
  {
    pattern: /^its text “(.*)” is not what the document says there$/s,
    key: fixed('importTextMismatch'),
    params: (m) => ({ text: group(1)(m) }),
  },
  {
    pattern: /^the label “(.*)” is not one of the project's labels \((.*)\)$/s,
    key: fixed('importLabelUnknown'),
    params: (m) => ({ label: group(1)(m), labels: group(2)(m) }),
  },
];

/** The message in the interface language when it is one core is known to write; otherwise the message itself. */
export function translateCoreReason(t: TFunction, message: string): string {
  return translateByRules(t, message, RULES);
}

function translateByRules(t: TFunction, message: string, rules: readonly Rule[]): string {
  const bare = message.endsWith('.') ? message.slice(0, -1) : message;
  for (const rule of rules) {
    const match = rule.pattern.exec(bare);
    // The keys are built from the message (each one checked by the test above), not spelled out for the typed t.
    if (match)
      return (t as unknown as (key: string, params: Params) => string)(
        rule.key(match),
        rule.params?.(match) ?? {},
      );
  }
  return message;
}

/** How storage wraps core's reasons when it refuses to save an actor (storage/codingStore.ts checkActor). */
const ACTOR_REFUSAL = /^Could not (save|create) the actor: (.+) Nothing was saved\.$/s;

/** How storage wraps a reason (core's range reasons) when it refuses an annotation (storage/spanEdits.ts). */
const ANNOTATION_REFUSALS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Could not save the annotation: (.+)\. Nothing was saved\.$/s, 'annotationNotSaved'],
  [/^Could not resize the annotation: (.+)\. Nothing was changed\.$/s, 'annotationNotResized'],
];

/** What an import's refusal of an annotation may give as its reason: a range reason of core's, or storage's own. */
const IMPORT_RULES: readonly Rule[] = [...RULES, ...IMPORT_REASONS];

/** An import refusing an annotation (storage/importDocuments.ts): the document's number and title, the annotation's number. */
const IMPORT_REFUSAL =
  /^Could not import document (\d+)(?: \(“(.*)”\))?, annotation (\d+): (.+)\. Nothing was saved\.$/s;

/** A reason inside a refusal, translated, with its full stop (the wrapper's catalogue text has none of its own). */
function reasonText(t: TFunction, reason: string, rules: readonly Rule[]): string {
  const shown = translateByRules(t, reason, rules);
  return shown === reason ? `${reason}.` : shown;
}

/**
 * A refusal from storage, in the interface language where its reasons are known (an actor's name taken or
 * empty, an annotation's range, an imported annotation that does not fit its document); any other error's
 * message as it is.
 */
export function translateRefusal(t: TFunction, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const say = t as unknown as (key: string, params: Params) => string;
  for (const [pattern, key] of ANNOTATION_REFUSALS) {
    const refused = pattern.exec(message);
    if (refused) return say(`coreReasons.${key}`, { reason: reasonText(t, refused[1] ?? '', RULES) });
  }
  const imported = IMPORT_REFUSAL.exec(message);
  if (imported) {
    const title = imported[2];
    return say(title === undefined ? 'coreReasons.importRefused' : 'coreReasons.importRefusedNamed', {
      document: Number(imported[1]),
      annotation: Number(imported[3]),
      ...(title === undefined ? {} : { title }),
      reason: reasonText(t, imported[4] ?? '', IMPORT_RULES),
    });
  }
  const match = ACTOR_REFUSAL.exec(message);
  if (!match) return message;
  // Core's reasons each end with a full stop and are joined by a space.
  const reasons = (match[2] ?? '').split(/(?<=\.) (?=\S)/).map((reason) => translateCoreReason(t, reason));
  return say(match[1] === 'create' ? 'coreReasons.actorNotCreated' : 'coreReasons.actorNotSaved', {
    reasons: reasons.join(' '),
  });
}
