import sampleText from '../../../resources/sample-article.txt?raw';
import type { DocumentDraft } from '../../core/document';

const SEEDED_KEY = 'spanlight.sampleSeeded';

/** The sample article offered on first launch, so a new user has something to tag at once. */
export const SAMPLE_ARTICLE: DocumentDraft = {
  title: 'عينة: عمليات أمنية في شرق سوريا',
  text: sampleText,
  lang: 'ar',
  source: 'Spanlight sample (written for the project)',
};

/** True the first time only: deleting the sample must not bring it back. */
export function shouldSeedSample(documentCount: number): boolean {
  if (documentCount > 0) return false;
  try {
    return localStorage.getItem(SEEDED_KEY) !== '1';
  } catch {
    return false;
  }
}

export function markSampleSeeded(): void {
  try {
    localStorage.setItem(SEEDED_KEY, '1');
  } catch {
    // Without localStorage the sample may be offered again; harmless.
  }
}
