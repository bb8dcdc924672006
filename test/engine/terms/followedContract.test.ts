import { adoptedContract } from '../../../src/engine/terms/adoptedContract';
import {
  followContract,
  followsContract,
  overridesAfterEdit,
  overridesOf,
} from '../../../src/engine/terms/followedContract';
import { modelProposals } from '../../../src/engine/terms/proposal';
import { contract, serviceLevel } from '../contractFixtures';

const base = contract([serviceLevel('av'), serviceLevel('p1')], { startPeriod: '2026-01' });

describe('a proposal that follows the contract', () => {
  const offer = {
    id: 'offer',
    name: 'Our offer',
    contract: { ...base, atRiskShare: 0.12 },
    overrides: ['atRiskShare'],
  };

  it('takes every term it does not set from the contract as it stands now', () => {
    // The case: the contract's charges changed after the proposal was made.
    const changed = { ...base, monthlyCharges: 97_722 };
    const followed = followContract(changed, offer);
    expect(followed.contract.monthlyCharges).toBe(97_722);
    expect(followed.contract.atRiskShare).toBe(0.12);
    expect(followed.overrides).toEqual(['atRiskShare']);
    expect(modelProposals({ contract: changed, proposals: [offer] })[1].contract).toEqual(
      followed.contract,
    );
  });

  it('gains the contract’s new service levels and drops terms of removed ones', () => {
    const withBands = {
      ...offer,
      contract: {
        ...offer.contract,
        serviceLevels: [
          offer.contract.serviceLevels[0],
          { ...base.serviceLevels[1], expected: 97 },
        ],
      },
      overrides: ['atRiskShare', 'sl:p1:expected', 'no such term'],
    };
    const changed = { ...base, serviceLevels: [base.serviceLevels[0], serviceLevel('new')] };
    const followed = followContract(changed, withBands);
    expect(followed.contract.serviceLevels.map((sl) => sl.id)).toEqual(['av', 'new']);
    expect(followed.overrides).toEqual(['atRiskShare']);
  });

  it('keeps a contract-wide term the contract does not have, or has and the proposal switched off', () => {
    const gainShare = {
      targetCostAnnual: 2_000_000,
      shareBands: [{ bound: 0, rate: 0.5 }],
      painCap: null,
      gainCap: null,
    };
    const own = { ...offer, contract: { ...base, gainShare }, overrides: ['gainShare'] };
    expect(followContract(base, own).contract.gainShare).toEqual(gainShare);
    const off = { ...offer, contract: base, overrides: ['gainShare'] };
    expect('gainShare' in followContract({ ...base, gainShare }, off).contract).toBe(false);
  });

  it('leaves a frozen copy exactly as it is', () => {
    const frozen = { id: 'f', name: 'Frozen', contract: { ...base, atRiskShare: 0.2 } };
    expect(followsContract(frozen)).toBe(false);
    expect(followContract({ ...base, monthlyCharges: 1 }, frozen)).toBe(frozen);
  });

  it('makes each edited term its own, once', () => {
    const after = { ...offer.contract, poolShare: 1.5, atRiskShare: 0.13 };
    expect(overridesAfterEdit(offer.overrides, offer.contract, after)).toEqual([
      'atRiskShare',
      'poolShare',
    ]);
    expect(overridesAfterEdit(offer.overrides, offer.contract, offer.contract)).toBe(
      offer.overrides,
    );
    expect(overridesOf(base, after)).toEqual(['atRiskShare', 'poolShare']);
  });
});

describe('adopting a proposal', () => {
  it('takes its terms, keeps the contract’s name, currency and start, and records which and when', () => {
    const proposal = {
      id: 'p',
      name: 'Their counter',
      contract: {
        ...base,
        name: 'Copy',
        currency: 'EUR',
        startPeriod: '2030-05',
        atRiskShare: 0.2,
      },
    };
    const adopted = adoptedContract(base, proposal, new Date('2026-12-04T16:30:00Z'));
    expect(adopted).toEqual({
      ...base,
      atRiskShare: 0.2,
      adoptedFrom: { proposalId: 'p', name: 'Their counter', time: '2026-12-04T16:30:00.000Z' },
    });
    const unstarted = { ...base, startPeriod: undefined };
    const stored = JSON.parse(JSON.stringify(adoptedContract(unstarted, proposal, new Date())));
    expect('startPeriod' in stored).toBe(false);
  });
});
