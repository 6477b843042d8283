/** The page's address: its canonical link when it is of the same origin (a page cannot speak for another site). */
export function readPageUrl(doc: Document = document): string {
  const here = doc.location?.href ?? doc.URL;
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  if (!canonical) return here;
  try {
    const url = new URL(canonical, here);
    return url.origin === new URL(here).origin ? url.toString() : here;
  } catch {
    return here;
  }
}
