import { type Locator } from 'playwright-core';

/**
 * Opens a section of the pane the way a person would: its tab when the tab fits in the pane,
 * otherwise the "More sections" menu, which holds the tabs a narrow pane has no room for.
 */
export async function openSection(pane: Locator, name: string): Promise<void> {
  await pane.getByRole('tablist', { name: 'Sections' }).waitFor();
  // The tabs that do not fit move into the menu once the pane has been measured, a frame later.
  await pane
    .page()
    .evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  const tab = pane.getByRole('tab', { name, exact: true });
  if (await tab.isVisible()) await tab.click();
  else {
    await pane.getByRole('button', { name: 'More sections' }).click();
    await pane.page().getByRole('menuitem', { name, exact: true }).click();
  }
  // Some sections download their code when first needed (src/taskpane/onDemandSections.tsx).
  await pane.getByText('Loading the section…').waitFor({ state: 'detached' });
}

export const SECTIONS = [
  'Contract',
  'Service levels',
  'Bands',
  'Money',
  'Scenarios',
  'Proposals',
  'Compare',
  'Review',
  'Share',
] as const;
