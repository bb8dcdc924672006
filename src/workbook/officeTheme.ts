/**
 * Whether the pane should be dark or light: Office's own theme when the host reports one (read
 * here, so the pane never calls Office), otherwise the browser's prefers-color-scheme.
 */

export type ThemeMode = 'dark' | 'light';

/** Relative luminance (WCAG) of "#rrggbb" or "rrggbb"; null when the text is not such a color. */
export function luminance(color: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((hex) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark when white text on the background contrasts more than black text: luminance below ≈0.179. */
export function themeForBackground(color: string): ThemeMode | null {
  const l = luminance(color);
  if (l === null) return null;
  return 1.05 / (l + 0.05) > (l + 0.05) / 0.05 ? 'dark' : 'light';
}

/** Office's body background color, when running inside an Office host that reports its theme. */
function officeBodyBackground(): string | null {
  if (typeof Office === 'undefined') return null;
  return Office.context?.officeTheme?.bodyBackgroundColor ?? null;
}

function browserPrefersDark(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-color-scheme: dark)').matches
  );
}

export function readOfficeTheme(): ThemeMode {
  const background = officeBodyBackground();
  const fromOffice = background === null ? null : themeForBackground(background);
  return fromOffice ?? (browserPrefersDark() ? 'dark' : 'light');
}
