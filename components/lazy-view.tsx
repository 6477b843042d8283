import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A view whose code is a lazy chunk, fetched the first time the view is shown: what a page does
 * not show on opening (the popup's card, saved offers, saved searches) stays out of the code
 * it loads before its first paint. Shows nothing until the code is there (a local file: a
 * frame or two), then the view itself; later showings render it at once.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  return function LazyView(props: P) {
    const [View, setView] = useState<ComponentType<P> | undefined>(() => loaded);
    if (!View) loading ??= load().then((component) => (loaded = component));
    useEffect(() => {
      if (View || !loading) return;
      let shown = true;
      void loading.then((component) => shown && setView(() => component));
      return () => {
        shown = false;
      };
    }, []);
    return View ? <View {...props} /> : null;
  };
}
