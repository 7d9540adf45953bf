import { describe, expect, test } from 'vitest';
import {
  isRelatedHeadingText,
  isShareText,
  removeBoilerplate,
} from '../../../src/renderer/intake/boilerplate';
import { htmlToText } from '../../../src/renderer/intake/htmlToText';
import { sanitizeArticleHtml } from '../../../src/renderer/intake/sanitize';

const filtered = (html: string): string => {
  const body = sanitizeArticleHtml(html);
  removeBoilerplate(body);
  return htmlToText(body);
};

describe('share blocks', () => {
  test.each([
    'Facebook WhatsApp Telegram',
    'Share',
    'Share this article',
    'Share on Facebook',
    'Facebook | Twitter | Email',
    'شارك',
    'مشاركة المقال عبر فيسبوك',
    'فيسبوك تويتر واتساب تلغرام',
    'Partager sur Facebook',
    'Print · Email · Copy link',
  ])('"%s" is share text', (text) => {
    expect(isShareText(text)).toBe(true);
  });

  test.each([
    'Facebook',
    'The minister said on Facebook that the road was closed.',
    'نشرت الوزارة بيانا على فيسبوك وتلغرام',
    'Telegram channels reported the attack',
    '',
  ])('"%s" is not', (text) => {
    expect(isShareText(text)).toBe(false);
  });

  test('a share bar among paragraphs goes; a sentence naming the networks stays', () => {
    expect(
      filtered(
        '<p>Officials posted the notice on Facebook and Telegram.</p><div><span>Share</span> <a>Facebook</a> <a>WhatsApp</a> <a>Telegram</a></div><p>End.</p>',
      ),
    ).toBe('Officials posted the notice on Facebook and Telegram.\n\nEnd.');
  });
});

describe('related blocks', () => {
  test.each([
    'Related articles',
    'Related articles:',
    'RELATED STORIES',
    'مقالات ذات صلة',
    'اقرأ أيضاً:',
    'إقرأ أيضا',
    'À lire aussi',
    'Sur le même sujet',
  ])('"%s" is a related heading', (text) => {
    expect(isRelatedHeadingText(text)).toBe(true);
  });

  test.each(['Related articles about the war', 'The related investigation', 'ذات الصلة بالحرب'])(
    '"%s" is not',
    (text) => {
      expect(isRelatedHeadingText(text)).toBe(false);
    },
  );

  test('a heading with the link list after it goes, with both', () => {
    expect(
      filtered(
        '<p>Body one.</p><h3>مقالات ذات صلة</h3><ul><li><a>خبر أول</a></li><li><a>خبر ثان</a></li></ul><p>Body two.</p>',
      ),
    ).toBe('Body one.\n\nBody two.');
  });

  test('a container of heading and links goes whole', () => {
    expect(
      filtered(
        '<p>Body.</p><div><h4>Related stories</h4><p><a>One</a></p><p><a>Two</a> · <a>Three</a></p></div>',
      ),
    ).toBe('Body.');
  });

  test('an inline "read also" line with its link goes', () => {
    expect(
      filtered('<p>Body.</p><p><strong>اقرأ أيضاً:</strong> <a>عنوان خبر آخر</a></p><p>More body.</p>'),
    ).toBe('Body.\n\nMore body.');
  });

  test('only links are taken with a related heading: article text after it stays', () => {
    expect(filtered('<h3>Related</h3><p>This paragraph is article text, not a link.</p>')).toBe(
      'This paragraph is article text, not a link.',
    );
  });

  test('a paragraph that merely starts like a heading stays', () => {
    expect(filtered('<p>Read more about the flood defences in our earlier report.</p>')).toBe(
      'Read more about the flood defences in our earlier report.',
    );
  });
});
