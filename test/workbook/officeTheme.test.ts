import { luminance, readOfficeTheme, themeForBackground } from '../../src/workbook/officeTheme';

// Office.context is a plain object in Office.js (not a proxy that needs load/sync), so plain fakes stand in for it.
const globals = globalThis as { Office?: unknown; window?: unknown };

afterEach(() => {
  delete globals.Office;
  delete globals.window;
});

const officeWithBackground = (bodyBackgroundColor: string) => ({
  context: { officeTheme: { bodyBackgroundColor } },
});
const browserPrefersDark = (dark: boolean) => ({
  matchMedia: (query: string) => ({ matches: dark && query === '(prefers-color-scheme: dark)' }),
});

describe('background luminance', () => {
  it('is the WCAG relative luminance', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1, 12);
    expect(luminance('000000')).toBe(0);
    expect(luminance('#808080')).toBeCloseTo(0.2158605, 6);
    expect(luminance('#FF0000')).toBeCloseTo(0.2126, 12);
    expect(luminance('not a color')).toBeNull();
    expect(luminance('#fff')).toBeNull();
  });

  it('makes dark and dark-gray Office themes dark, white and colorful ones light', () => {
    expect(themeForBackground('#262626')).toBe('dark'); // Black
    expect(themeForBackground('#666666')).toBe('dark'); // Dark gray
    expect(themeForBackground('#E6E6E6')).toBe('light'); // Colorful
    expect(themeForBackground('#FFFFFF')).toBe('light'); // White
    expect(themeForBackground('#757575')).toBe('dark'); // the last gray on which white text contrasts more
    expect(themeForBackground('#767676')).toBe('light');
    expect(themeForBackground('')).toBeNull();
  });
});

describe('readOfficeTheme', () => {
  it("follows Office's theme when the host reports one, whatever the browser prefers", () => {
    globals.window = browserPrefersDark(false);
    globals.Office = officeWithBackground('#262626');
    expect(readOfficeTheme()).toBe('dark');
    globals.window = browserPrefersDark(true);
    globals.Office = officeWithBackground('#ffffff');
    expect(readOfficeTheme()).toBe('light');
  });

  it("falls back to the browser's preference without Office, without a theme or with an unreadable color", () => {
    globals.window = browserPrefersDark(true);
    expect(readOfficeTheme()).toBe('dark');
    globals.Office = { context: {} };
    expect(readOfficeTheme()).toBe('dark');
    globals.Office = officeWithBackground('transparent');
    expect(readOfficeTheme()).toBe('dark');
    globals.window = browserPrefersDark(false);
    expect(readOfficeTheme()).toBe('light');
  });

  it('is light with neither Office nor a browser window', () => {
    expect(readOfficeTheme()).toBe('light');
  });
});
