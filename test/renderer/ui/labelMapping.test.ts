import { describe, expect, it } from 'vitest';
import { guessLabelMapping } from '../../../src/renderer/ui/datasets/labelMapping';

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
