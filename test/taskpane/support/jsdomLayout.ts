/**
 * jsdom has no layout engine. Two gaps matter to Fluent:
 * - no ResizeObserver (MessageBar observes its size to reflow). Sizes never change in jsdom, so an
 *   observer that never reports is faithful.
 * - offsetParent is always null and <body> measures 0×0, which tabster reads as "not displayed": a
 *   Dialog then finds nothing to focus and stays hidden from the accessibility tree. Here every
 *   connected element outside a `hidden` subtree counts as laid out, and <body> fills the window.
 * - every element is 0 px wide, so Fluent's Overflow (the pane's section tabs) would move every tab
 *   but one into its "More" menu. Here elements have room as a wide pane would give them; how the
 *   tabs overflow at 320–450 px is proven in the browser (test/e2e/narrowPane.test.ts).
 * - jsdom's CSS parser does not know @container rules, and Griffel logs each one it cannot insert.
 *   Those lines alone are dropped: the stacking they drive is proven in the browser as well.
 */
class InertResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== 'undefined') {
  const logError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    const first = String(args[0] ?? '');
    if (
      first.startsWith('There was a problem inserting the following rule') &&
      first.includes('@container')
    )
      return;
    logError(...args);
  };
  if (!('ResizeObserver' in window)) {
    Object.defineProperty(window, 'ResizeObserver', {
      value: InertResizeObserver,
      writable: true,
      configurable: true,
    });
  }
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement) {
      if (!this.isConnected || this.closest('[hidden]')) return null;
      return this.parentElement ?? null;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 1024,
  });
  // jsdom has no DOMRect either; tabster reads only width and height.
  const bodyRect = () => {
    const [width, height] = [window.innerWidth, window.innerHeight];
    return {
      x: 0,
      y: 0,
      left: 0,
      top: 0,
      width,
      height,
      right: width,
      bottom: height,
      toJSON: () => ({ width, height }),
    };
  };
  Object.defineProperty(HTMLBodyElement.prototype, 'getBoundingClientRect', {
    configurable: true,
    value: bodyRect,
  });
}
