/** Stable id of the offer read from a file: the same file of the same source always gives the same offer. */
export function offerId(sourceId: string, path: string): string {
  return `${sourceId}:${path}`;
}
