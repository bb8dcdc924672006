import {
  DEFAULT_PANE_WIDTH,
  MAX_PANE_WIDTH,
  MIN_PANE_WIDTH,
  paneWidthFromQuery,
} from '../../src/workbench/paneWidth';

describe('paneWidthFromQuery', () => {
  it('opens at the width Excel gives a task pane when the address asks for none', () => {
    expect(paneWidthFromQuery('')).toBe(DEFAULT_PANE_WIDTH);
    expect(DEFAULT_PANE_WIDTH).toBe(350);
  });

  it('takes the width the address asks for', () => {
    expect(paneWidthFromQuery('?paneWidth=320')).toBe(320);
    expect(paneWidthFromQuery('?x=1&paneWidth=450')).toBe(450);
  });

  it('keeps the width within what a pane can be', () => {
    expect(paneWidthFromQuery('?paneWidth=10')).toBe(MIN_PANE_WIDTH);
    expect(paneWidthFromQuery('?paneWidth=99999')).toBe(MAX_PANE_WIDTH);
  });

  it('ignores what is not a whole number of pixels', () => {
    expect(paneWidthFromQuery('?paneWidth=wide')).toBe(DEFAULT_PANE_WIDTH);
    expect(paneWidthFromQuery('?paneWidth=-5')).toBe(DEFAULT_PANE_WIDTH);
    expect(paneWidthFromQuery('?paneWidth=3.5')).toBe(DEFAULT_PANE_WIDTH);
  });
});
