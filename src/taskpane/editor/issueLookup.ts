import { type Contract } from '../../engine/terms/contract';
import { type ContractIssue, contractIssues } from '../../engine/terms/contractValidation';

/** The engine's validation, looked up by where each input sits, so messages appear next to it. */
export interface IssueLookup {
  readonly all: readonly ContractIssue[];
  contractField(field: string): string | undefined;
  serviceLevelField(serviceLevelId: string, field: string): string | undefined;
}

export function issueLookup(contract: Contract): IssueLookup {
  const all = contractIssues(contract);
  const find = (id: string | null, field: string) =>
    all.filter((i) => i.serviceLevelId === id && i.field === field);
  const join = (found: readonly ContractIssue[]) =>
    found.length > 0 ? found.map((i) => i.message).join(' ') : undefined;
  // An over-allocated pool is fixed at an allocation as often as at the pool, so both show it.
  const poolMessages = find(null, 'poolShare').filter((i) =>
    i.message.startsWith('Allocations total'),
  );
  return {
    all,
    contractField: (field) => join(find(null, field)),
    serviceLevelField(serviceLevelId, field) {
      const own = find(serviceLevelId, field);
      const critical =
        contract.serviceLevels.find((sl) => sl.id === serviceLevelId)?.critical ?? false;
      return join(field === 'allocation' && critical ? [...own, ...poolMessages] : own);
    },
  };
}
