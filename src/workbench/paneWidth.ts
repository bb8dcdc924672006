/**
 * How wide the workbench shows the task pane. Excel opens task panes about 320–350 px wide, so
 * that is the default; `?paneWidth=N` in the address tries any other width.
 */
export const DEFAULT_PANE_WIDTH = 350;
export const MIN_PANE_WIDTH = 280;
export const MAX_PANE_WIDTH = 1200;

/** The width asked for in the page's query string, or the default when absent or not a number. */
export function paneWidthFromQuery(search: string): number {
  const asked = new URLSearchParams(search).get('paneWidth');
  if (asked === null || !/^\d+$/.test(asked.trim())) return DEFAULT_PANE_WIDTH;
  return Math.min(MAX_PANE_WIDTH, Math.max(MIN_PANE_WIDTH, Number(asked)));
}
