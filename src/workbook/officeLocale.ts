/**
 * The user's locale inside Office: the display language Office reports (for example "de-DE"),
 * which decides how the pane reads and shows numbers. Outside Office, or when Office reports none,
 * the browser's language.
 */
export function readOfficeLocale(): string {
  const office = typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
  return office || (typeof navigator !== 'undefined' ? navigator.language : 'en-US');
}
