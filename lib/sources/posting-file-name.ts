const POSTING_EXTENSIONS = ['.md', '.markdown'];
// Folder readmes describe the folder, not a job.
const NOT_POSTINGS = /^(readme|license|contributing|changelog)\./i;

export function isPostingFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return POSTING_EXTENSIONS.some((extension) => lower.endsWith(extension)) && !NOT_POSTINGS.test(name);
}
