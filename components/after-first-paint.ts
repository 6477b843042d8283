/** Longest wait for the paint entry: in a browser that reports none, the work still starts, this much later. */
const FALLBACK_MS = 300;

let firstPaint: Promise<void> | undefined;

/**
 * Resolves once the page's first contentful paint has reached the screen (at once afterwards).
 * The popup's work after its first render (the whole board, megabytes of structured clones at
 * 10,000 postings, the rows past the first screen, the worker woken by its messages) otherwise starts
 * while that frame is still being rastered and presented, and on a machine of two cores delays it.
 */
export function whenFirstPainted(): Promise<void> {
  firstPaint ??= new Promise((resolve) => {
    const done = () => {
      observer?.disconnect();
      clearTimeout(fallback);
      resolve();
    };
    const fallback = setTimeout(done, FALLBACK_MS);
    const observer = paintObserver(done);
  });
  return firstPaint;
}

function paintObserver(onPainted: () => void): PerformanceObserver | undefined {
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return undefined;
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) onPainted();
  });
  observer.observe({ type: 'paint', buffered: true });
  return observer;
}
