/**
 * Bounds that keep parsing an untrusted file fast and small. Real postings weigh 2–15 KB
 * (the largest of the 61 beta.gouv.fr fixtures is 13 KB): every limit leaves ample room.
 */
export const LIMITS = {
  /** Larger inputs are refused with PostingError 'too-large' (bytes, or UTF-16 code units for strings). */
  maxInputSize: 1024 * 1024,
  /** A front-matter block larger than this is not parsed (warning 'invalid-front-matter'). */
  maxFrontMatterSize: 64 * 1024,
  /** Depth, node count and string length of the copy kept in Offer.frontMatter. */
  maxDataDepth: 8,
  maxDataNodes: 2000,
  maxDataString: 10_000,
  /** Only this much of the body is scanned for contract, salary, skills…: the start of a posting says it all. */
  maxAnalyzedText: 100_000,
  /** Length bounds of derived fields. */
  maxTitle: 200,
  maxSummary: 300,
  maxFieldText: 200,
} as const;
