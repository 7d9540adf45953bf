import { describe, expect, it } from 'vitest';
import type { FormatDocument } from '../../../src/core/formats/types';
import { DEFAULT_LABELS } from '../../../src/core/labels';
import { labelSchemaProblems } from '../../../src/core/projects/labelSchema';
import { guessLabelMapping, NEW_LABEL } from '../../../src/renderer/ui/datasets/labelMapping';
import { applyMapping } from '../../../src/renderer/ui/datasets/prepareDataset';

describe('guessLabelMapping', () => {
  it('maps Spanlight labels to themselves and common NER tags to their nearest label', () => {
    expect(
      guessLabelMapping(['actor', 'Place', 'Casualty count', 'PER', 'ORG', 'LOC', 'GPE', 'MISC', 'DATE']),
    ).toEqual({
      actor: 'actor',
      Place: 'place',
      'Casualty count': 'casualty_count',
      PER: 'actor',
      ORG: 'actor',
      LOC: 'place',
      GPE: 'place',
      MISC: null,
      DATE: null,
    });
  });
});

describe('labels a project lacks', () => {
  const schema = [
    ...DEFAULT_LABELS,
    { key: 'weapon', name: 'Weapon', shortcut: '4', color: '#009E73', underline: 'wavy' as const },
  ];

  it('maps to the project’s own labels, a declared label to a new one, NER tags only to built-ins it has', () => {
    expect(guessLabelMapping(['Weapon', 'vehicle', 'PER', 'MISC'], schema, new Set(['vehicle']))).toEqual({
      Weapon: 'weapon',
      vehicle: NEW_LABEL,
      PER: 'actor',
      MISC: null,
    });
    expect(guessLabelMapping(['PER'], schema.slice(1))).toEqual({ PER: null });
  });

  it('applyMapping defines the new labels from the file’s table, or from the file’s label name', () => {
    const doc: FormatDocument = {
      id: 'd',
      title: 'T',
      text: 'a rifle on a truck',
      annotations: [
        { start: 2, end: 7, label: 'weapon', text: 'rifle' },
        { start: 13, end: 18, label: 'Vehicle type', text: 'truck' },
      ],
      meta: {
        spanlight: {
          labels: [{ key: 'weapon', name: 'Arms', shortcut: '4', color: '#0072B2', description: 'Guns' }],
        },
      },
    };
    const ready = applyMapping([doc], { weapon: NEW_LABEL, 'Vehicle type': NEW_LABEL }, '', DEFAULT_LABELS);
    expect(ready.documents[0]?.annotations.map((a) => a.label)).toEqual(['weapon', 'vehicle_type']);
    expect(
      ready.newLabels.map(({ key, name, shortcut, description }) => ({ key, name, shortcut, description })),
    ).toEqual([
      { key: 'weapon', name: 'Arms', shortcut: '4', description: 'Guns' },
      { key: 'vehicle_type', name: 'Vehicle type', shortcut: '5', description: undefined },
    ]);
    expect(labelSchemaProblems([...DEFAULT_LABELS, ...ready.newLabels])).toEqual([]);
  });
});
