import { type ComponentType, lazy, useState } from 'react';

/**
 * A component whose code downloads when it is first shown, or earlier through `preload`. Show it
 * inside a Suspense boundary, which stands in while the code downloads, and an error boundary
 * (`RetryBoundary`), which a failed download reaches.
 */
export interface OnDemand<P extends object> {
  readonly Component: ComponentType<P>;
  /** Starts the download; once it has arrived the component shows without waiting. */
  readonly preload: () => Promise<unknown>;
  /** After a failed download: the component, mounted again, downloads its code again. */
  readonly retry: () => void;
}

export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): OnDemand<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed download (the connection dropped) is tried again the next time it is asked for.
        loading = undefined;
        throw error;
      },
    ));
  // Typed as the component it stands for: React's lazy type cannot carry generic props.
  const lazyComponent = () =>
    lazy(() =>
      preload().then((component) => ({ default: component })),
    ) as unknown as ComponentType<P>;
  // React keeps a failed lazy component failed: only `retry` replaces it, as React renders a
  // failed component again by itself before it gives up.
  let Lazy = lazyComponent();
  function Component(props: P) {
    // A lazy component suspends at least once even when its code has arrived; the loaded component
    // does not. Chosen once per mount: switching later would remount it and lose what it holds.
    const [{ Shown }] = useState(() => ({ Shown: loaded ?? Lazy }));
    return <Shown {...props} />;
  }
  return {
    Component,
    preload,
    retry: () => {
      if (!loaded) Lazy = lazyComponent();
    },
  };
}
