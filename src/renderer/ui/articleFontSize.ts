import type { CSSProperties } from 'react';

/**
 * The article's font size, in percent of the default (which is larger for Arabic than for Latin text: see
 * .article-text in styles.css). Applied through the CSS variable --article-font-scale on the app, so the
 * stylesheet keeps its per-script sizes and every paragraph scales with them.
 */
export const ARTICLE_FONT_SIZES = [80, 90, 100, 115, 130, 150, 175, 200] as const;
export const DEFAULT_ARTICLE_FONT_SIZE = 100;

/** A stored value that is not one of the sizes offered (edited by hand, from a later version) is the default. */
export function validArticleFontSize(value: unknown): number {
  return ARTICLE_FONT_SIZES.includes(value as (typeof ARTICLE_FONT_SIZES)[number])
    ? (value as number)
    : DEFAULT_ARTICLE_FONT_SIZE;
}

export function articleFontStyle(percent: number): CSSProperties {
  return { '--article-font-scale': String(validArticleFontSize(percent) / 100) } as CSSProperties;
}
