import { describe, expect, it } from 'vitest';
import { generatePostingFiles } from '../../bench/support/posting-files';

describe('generatePostingFiles', () => {
  // Identical files are one posting to Vigie (counted once): a generated folder of N files must hold N postings.
  it('gives every file its own content and its own name', () => {
    const files = generatePostingFiles(1_200);
    expect(new Set(files.map((file) => file.content)).size).toBe(1_200);
    expect(new Set(files.map((file) => file.path)).size).toBe(1_200);
  });
});
