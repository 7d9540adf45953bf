import { describe, expect, it } from 'vitest';
import { paragraphDirectionAt } from '../../../src/core/text/paragraphDirectionAt';

describe('paragraphDirectionAt', () => {
  const text = 'قالت قسد إن\n\nCENTCOM said on Monday\n\nفي الرقة';
  it('follows each paragraph’s majority unless the document was flipped', () => {
    expect(paragraphDirectionAt(text, 0, 'rtl', false)).toBe('rtl');
    expect(paragraphDirectionAt(text, text.indexOf('said'), 'rtl', false)).toBe('ltr');
    expect(paragraphDirectionAt(text, text.length, 'rtl', false)).toBe('rtl');
    expect(paragraphDirectionAt(text, text.indexOf('said'), 'rtl', true)).toBe('rtl');
  });
});
