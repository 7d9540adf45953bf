/**
 * What src/core says in English (it stays English for the command line), as the interface shows it: the renderer
 * recognises each known message (i18n/coreReasons.ts) and shows it from here. Unknown messages are shown as they are.
 */
export const reasonsEn = {
  coreReasons: {
    // Casualty figures (core/coding/validateCasualtyAttributes.ts).
    notObject: 'The attributes are not an object.',
    notWhole: {
      value: 'The value must be a whole number, 0 or more.',
      low: 'The low figure must be a whole number, 0 or more.',
      best: 'The best figure must be a whole number, 0 or more.',
      high: 'The high figure must be a whole number, 0 or more.',
    },
    valueAndRange: 'Give either one value or a low/best/high range, not both.',
    rangeMissing: {
      low: 'The low figure is missing: a range needs low, best and high.',
      best: 'The best figure is missing: a range needs low, best and high.',
      high: 'The high figure is missing: a range needs low, best and high.',
    },
    bestBelowLow: 'The best figure ({{best}}) is below the low figure ({{low}}).',
    bestAboveHigh: 'The best figure ({{best}}) is above the high figure ({{high}}).',
    precisionUnknown: 'The precision must be one of {{keys}}.',
    categoryUnknown: 'The category must be one of {{keys}}.',
    victimsUnknown: 'The victims must be one of {{keys}}.',
    proposedNotBoolean: '"proposed" must be true or false.',
    unknownFields: 'Unknown attribute fields: {{fields}}.',
    // Events (core/coding/eventFields.ts, resolveEvent.ts).
    notADate: '“{{date}}” is not a date: write yyyy-mm-dd (or yyyy-mm, or yyyy).',
    noMonth: '“{{date}}” has no month {{month}}.',
    noDay: '“{{date}}” has no day {{day}}.',
    fatalitiesNotWhole: {
      low: 'Fatalities low must be a whole number, 0 or more.',
      best: 'Fatalities best must be a whole number, 0 or more.',
      high: 'Fatalities high must be a whole number, 0 or more.',
    },
    fatalitiesOrder: 'Fatalities must read low ≤ best ≤ high.',
    spansGone_one: '{{count}} annotation of this event no longer exists.',
    spansGone_other: '{{count}} annotations of this event no longer exist.',
    noActor: 'No actor.',
    tooManyActors: 'More than two actors ({{names}}): only the first two are exported.',
    noDate: 'No date.',
    noPlace: 'No place.',
    severalPlaces: 'Several places: the first, “{{text}}”, is exported.',
    placeWithoutCoordinates:
      '“{{name}}” is not linked to a place with coordinates: latitude and longitude stay empty.',
    noFigure: '“{{text}}” states no figure.',
    noCategory: '“{{text}}” has no category (killed, injured…): not counted as fatalities.',
    figuresAdded_one: '{{count}} killed figure is added up: check that they count different people.',
    figuresAdded_other: '{{count}} killed figures are added up: check that they count different people.',
    // The actor registry (core/coding/actorRegistry.ts).
    actorNeedsName: 'An actor needs a name.',
    notActorType: '“{{type}}” is not an actor type.',
    nameTaken: '“{{name}}” is already a name of the actor “{{owner}}”.',
    // What storage says when it refuses an actor, around the reasons above.
    actorNotSaved: 'Could not save the actor: {{reasons}} Nothing was saved.',
    actorNotCreated: 'Could not create the actor: {{reasons}} Nothing was saved.',
    // Ranges (core/spans/span.ts invalidRangeReason); offsets are UTF-16 code units, as core counts them.
    range: {
      notWhole: 'Offsets must be whole numbers.',
      outside: 'Offsets {{start}}..{{end}} are outside the text ({{first}}..{{length}}).',
      empty: 'The span is empty.',
      insideCharacter: 'An offset falls inside a character (between the two halves of a surrogate pair).',
      // core/spans/resizeSpan.ts invalidResizeReason.
      edgeInsideCharacter: 'An edge would fall inside a character (a letter and its marks, or an emoji).',
    },
    // What storage says when it refuses an annotation, around a reason (a range reason above, or its own).
    annotationNotSaved: 'Could not save the annotation: {{reason}} Nothing was saved.',
    annotationNotResized: 'Could not resize the annotation: {{reason}} Nothing was changed.',
    importRefused:
      'Could not import document {{document}}, annotation {{annotation}}: {{reason}} Nothing was saved.',
    importRefusedNamed:
      'Could not import document {{document}} (“{{title}}”), annotation {{annotation}}: {{reason}} Nothing was saved.',
    importTextMismatch: 'Its text “{{text}}” is not what the document says there.',
    importLabelUnknown: 'The label “{{label}}” is not one of the project’s labels ({{labels}}).',
  },
} as const;
