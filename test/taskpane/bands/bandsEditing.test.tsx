/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { serviceLevel, smallContract } from '../support/testContracts';
import { WorkbookUnderTest } from '../support/workbookUnderTest';
import { openTab, renderApp, retype, type User } from '../support/renderApp';

jest.setTimeout(30_000);

// At risk 12,000 × allocation 20% = 2,400 per month at a band rate of 100%.
function availabilityAt20() {
  return WorkbookUnderTest.withModel(
    smallContract({
      serviceLevels: [serviceLevel({ id: 'a', name: 'Availability', allocation: 0.2 })],
    }),
  );
}

async function openBands() {
  const view = await renderApp(await availabilityAt20());
  await openTab(view.user, 'Bands');
  return view;
}

const band = (n: number) => within(screen.getByRole('group', { name: `Band ${n}` }));
const chart = () => screen.getByRole('img', { name: 'Payout curve for Availability' });
const curvePath = () => chart().querySelector('path[data-series="payout"]')!.getAttribute('d')!;
const curveYs = () => [...curvePath().matchAll(/,(-?[\d.]+)/g)].map((m) => Number(m[1]));

async function setRate(user: User, n: number, text: string) {
  await retype(user, band(n).getByLabelText(`Rate of band ${n}`), text);
}

describe('bands tab', () => {
  it('shows the rows of the selected level as text, rates in percent', async () => {
    await openBands();
    expect(screen.getByRole('tabpanel', { name: 'Bands' })).toBeInTheDocument();
    expect(band(2).getByLabelText('Lower bound of band 2')).toHaveValue('99');
    expect(band(2).getByLabelText('Rate of band 2')).toHaveValue('-50');
    expect(screen.getByLabelText('Method')).toHaveValue('step');
    expect(screen.getByLabelText('Basis')).toHaveValue('performance');
  });

  it('marks duplicate lower bounds on both rows and explains it under the table', async () => {
    const { user } = await openBands();
    await retype(user, band(3).getByLabelText('Lower bound of band 3'), '99');
    expect(band(2).getByLabelText('Lower bound of band 2')).toHaveAccessibleDescription(
      'Duplicate lower bound',
    );
    expect(band(3).getByLabelText('Lower bound of band 3')).toHaveAccessibleDescription(
      'Duplicate lower bound',
    );
    expect(screen.getByText('Bands: duplicate lower bound 99')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Write to workbook' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('says when a bound is not a number, and keeps the last valid bound', async () => {
    const { user } = await openBands();
    const bound = band(4).getByLabelText('Lower bound of band 4');
    await retype(user, bound, 'abc');
    expect(bound).toHaveAccessibleDescription('Enter a number');
    expect(screen.getByRole('img', { name: 'Payout curve for Availability' })).toBeInTheDocument();
    expect(chart().querySelector('desc')).toHaveTextContent('from 99.9 %: €240.00');
  });

  it('rejects a rate of 150% next to the rate', async () => {
    const { user } = await openBands();
    await setRate(user, 4, '150');
    expect(band(4).getByLabelText('Rate of band 4')).toHaveAccessibleDescription(
      'Rate must be between −100% and +100%',
    );
    expect(screen.getByText('Rate 150% is outside −100%…+100%')).toBeInTheDocument();
  });

  it('redraws the payout curve as a band rate is typed', async () => {
    const { user } = await openBands();
    // Money spans −2,400…+240: zero sits 2,400/2,640 of the 164 px plot height above the bottom (y 176).
    const before = curvePath();
    expect(curveYs()).toContain(26.91);
    await setRate(user, 4, '50');
    // Now −2,400…+1,200: zero at 176 − 164 × 2,400/3,600.
    expect(curvePath()).not.toBe(before);
    expect(curveYs()).toContain(66.67);
    expect(chart().querySelector('desc')).toHaveTextContent('from 99.9 %: €1,200.00');
  });

  it('draws linear bands as straight lines between the band points', async () => {
    const { user } = await openBands();
    const stepPoints = curvePath().split(' ').length;
    await user.selectOptions(screen.getByLabelText('Method'), 'linear');
    // Step: two points per band between the padded ends (8); linear: the padded lower end and the
    // 4 band points, the last at 100, where a percentage ends.
    expect(stepPoints).toBe(8);
    expect(curvePath().split(' ')).toHaveLength(5);
    expect(chart().querySelector('desc')).toHaveTextContent('linear between band points');
  });

  it('adds, removes and sorts band rows', async () => {
    const { user } = await openBands();
    await user.click(screen.getByRole('button', { name: 'Add band' }));
    expect(band(5).getByLabelText('Lower bound of band 5')).toHaveValue('100.3');
    await retype(user, band(5).getByLabelText('Lower bound of band 5'), '98');
    await user.click(screen.getByRole('button', { name: 'Sort by lower bound' }));
    expect(band(2).getByLabelText('Lower bound of band 2')).toHaveValue('98');
    await user.click(screen.getByRole('button', { name: 'Remove band 1' }));
    expect(screen.getAllByRole('group', { name: /^Band \d$/ })).toHaveLength(4);
    expect(band(1).getByLabelText('Lower bound of band 1')).toHaveValue('98');
  });
});
