import { useEffect, useState } from 'preact/hooks';
import { whenFirstPainted } from './after-first-paint';

/** False until the page's first paint is on screen (see whenFirstPainted), then true: what a first frame does not show renders after it. */
export function useFirstPainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let mounted = true;
    void whenFirstPainted().then(() => {
      if (mounted) setPainted(true);
    });
    return () => {
      mounted = false;
    };
  }, []);
  return painted;
}
