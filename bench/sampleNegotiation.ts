import { type Locator, type Page } from 'playwright-core';
import { openSection } from '../test/e2e/support/paneSections';

/**
 * The negotiation Compare is timed on, set up in the workbench the way a person sets it up. The
 * sample model holds the contract only (no proposals, no scenarios), so this adds the session of
 * docs/negotiation.md, as test/e2e/negotiation.test.ts does: proposals "Our offer" (the contract
 * as it stands) and "Their counter" (15 % at risk), scenarios "Expected" and "Stressed". With the
 * contract as baseline that is 3 proposals × 2 scenarios, the size issue #17 names.
 */
export function paneOf(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Outcome Modeler task pane' });
}

export async function retype(pane: Locator, name: string, text: string): Promise<void> {
  const box = pane.getByRole('textbox', { name, exact: true });
  await box.fill(text);
  await box.press('Tab');
}

export async function setUpSampleNegotiation(page: Page): Promise<void> {
  const pane = paneOf(page);
  const button = (name: string) => pane.getByRole('button', { name, exact: true });
  const choose = (name: string, value: string) =>
    pane.getByRole('combobox', { name }).selectOption(value);
  await button('Insert sample model').click();
  await pane.getByText(/Sample model inserted/).waitFor();

  await openSection(pane, 'Proposals');
  await button('Add proposal').click();
  await retype(pane, 'Proposal name', 'Our offer');
  await button('Add proposal').click();
  await retype(pane, 'Proposal name', 'Their counter');
  await retype(pane, 'At-risk share of charges', '15');
  await pane.getByText('At-risk amount: €37,500.00 per month').waitFor();

  await openSection(pane, 'Scenarios');
  await button('Add scenario').click();
  await retype(pane, 'Scenario name', 'Expected');
  await choose('Availability: assumption', 'normal');
  await retype(pane, 'Availability: mean', '99.6');
  await retype(pane, 'Availability: standard deviation', '0.25');
  await retype(pane, 'Availability: month-to-month correlation', '0.3');
  await button('Add scenario').click();
  await retype(pane, 'Scenario name', 'Stressed');
  await choose('Availability: assumption', 'triangular');
  await retype(pane, 'Availability: minimum', '98.4');
  await retype(pane, 'Availability: most likely', '99.3');
  await retype(pane, 'Availability: maximum', '99.8');
  await choose('P1 resolved within 4h: assumption', 'normal');
  await retype(pane, 'P1 resolved within 4h: mean', '93');
  await retype(pane, 'P1 resolved within 4h: standard deviation', '3');

  await openSection(pane, 'Compare');
}
