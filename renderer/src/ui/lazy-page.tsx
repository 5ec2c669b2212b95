import { lazy, useState, type ComponentType } from 'react';

/** A route page loaded on demand that can also be fetched ahead (start-up preload). */
export interface LazyPage {
  /** Renders the page: directly when its code is already loaded, else through React.lazy (suspends). */
  readonly Page: ComponentType;
  /** Fetches and evaluates the page's code; the next mount renders it without suspending. */
  readonly preload: () => Promise<unknown>;
}

/**
 * Like `lazy(load)`, but a page preloaded before it first shows renders at once instead of
 * suspending: a Suspense fallback that was shown holds the page back (React reveals content no
 * sooner than 300 ms after a fallback appeared), which cost the IKM grid its cold start.
 */
export function lazyPage(load: () => Promise<{ readonly default: ComponentType }>): LazyPage {
  let loaded: ComponentType | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const Lazy = lazy(preload);
  function Page() {
    // Chosen once per mount, so a later re-render never swaps the element type (which would remount).
    const [Direct] = useState(() => loaded);
    return Direct ? <Direct /> : <Lazy />;
  }
  return { Page, preload };
}
