import { type ContractTabProps } from './ContractTab';
import { CostBaseTerms } from './CostBaseTerms';
import { GainShareTerms } from './GainShareTerms';
import { VolumePricingTerms } from './VolumePricingTerms';

/** The commercial levers beyond service levels, the same for the contract and every proposal. */
export function ContractLevers(props: ContractTabProps) {
  return (
    <>
      <GainShareTerms {...props} />
      <CostBaseTerms {...props} />
      <VolumePricingTerms {...props} />
    </>
  );
}
