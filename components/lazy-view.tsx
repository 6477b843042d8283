import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from './i18n';

/**
 * A view whose code is a lazy chunk, fetched the first time the view is shown: what a page does
 * not show on opening (the popup's card, saved offers, saved searches) stays out of the code
 * it loads before its first paint. Shows nothing until the code is there (a local file: a
 * frame or two), then the view itself; later showings render it at once.
 * A chunk that cannot load (the extension updated while the page was open removes the page's old
 * files) shows what to do, and the next showing asks for it again.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const startLoading = () => {
    const started = load().then((component) => (loaded = component));
    // Handled at once, so that a failure is never an unhandled rejection; the view shows it.
    started.catch(() => (loading = undefined));
    return started;
  };
  return function LazyView(props: P) {
    const [View, setView] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    // The promise of this showing, kept for its effect: a load that fails before the effect runs
    // (effects wait for a frame) has already cleared `loading` for the next showing.
    const pending = View || failed ? undefined : (loading ??= startLoading());
    useEffect(() => {
      if (View || !pending) return;
      let shown = true;
      pending.then(
        (component) => shown && setView(() => component),
        () => shown && setFailed(true),
      );
      return () => {
        shown = false;
      };
    }, []);
    if (failed) return <ViewLoadFailed />;
    return View ? <View {...props} /> : null;
  };
}

function ViewLoadFailed() {
  const t = useT();
  return (
    <div class="error" role="alert">
      <p>{t('viewLoadFailed')}</p>
      <button type="button" onClick={() => location.reload()}>{t('viewLoadFailedReload')}</button>
    </div>
  );
}
