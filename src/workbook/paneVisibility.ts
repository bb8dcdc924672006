/**
 * In the shared runtime Excel loads the page as soon as a workbook uses an OUTCOME function, with
 * the task pane hidden. This calls `show` once, when the pane is visible: at once if it already
 * is, otherwise when Excel reports the pane shown (SharedRuntime 1.1) or the page becomes visible.
 */
export function whenPaneFirstShown(show: () => void): void {
  let shown = false;
  const showOnce = () => {
    if (shown) return;
    shown = true;
    document.removeEventListener('visibilitychange', onPageVisibility);
    show();
  };
  const onPageVisibility = () => {
    if (document.visibilityState === 'visible') showOnce();
  };
  if (document.visibilityState === 'visible') {
    showOnce();
    return;
  }
  document.addEventListener('visibilitychange', onPageVisibility);
  const addin = typeof Office !== 'undefined' ? Office.addin : undefined;
  addin
    ?.onVisibilityModeChanged((args) => {
      if (args.visibilityMode === Office.VisibilityMode.taskpane) showOnce();
    })
    .catch(() => undefined); // Hosts without the event still have the page's own visibility.
}
