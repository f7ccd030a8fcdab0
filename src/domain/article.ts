/** Whitespace folded to single spaces, so quotes match across line breaks and NBSPs. */
export const normalise = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/**
 * The article's body paragraphs in order, numbered from 1: every line that ends a sentence.
 * Headings, the caption, the pull quotes and the dateline do not end with a full stop.
 */
export function bodyParagraphs(article: string): string[] {
  return article
    .split('\n')
    .map(normalise)
    .filter((line) => line.endsWith('.') && !line.startsWith('+'));
}

/** The 1-based paragraph holding `quote`, or 0 when it is not a verbatim part of the article. */
export function paragraphOf(article: string, quote: string): number {
  const q = normalise(quote);
  return bodyParagraphs(article).findIndex((p) => p.includes(q)) + 1;
}
