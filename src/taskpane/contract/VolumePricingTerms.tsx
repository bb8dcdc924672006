import { Body1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { MAX_VOLUME_TERMS } from '../../engine/terms/limits';
import { newId } from '../editor/serviceLevelIds';
import { LimitedAddButton } from '../fields/LimitedAddButton';
import { useFocusAfterAdd } from '../fields/useFocusAfterAdd';
import { useFormStyles } from '../fields/useFormStyles';
import { type ContractTabProps } from './ContractTab';
import { newVolumeTerm, removeVolumeTerm, updateVolumeTerm } from './volumeTermEdits';
import { VolumeTermFields } from './VolumeTermFields';

/** The newest term's name, so the user types it straight after "Add". Module-level: a stable hook dependency. */
function newTermName(root: HTMLElement): HTMLElement | null {
  const terms = root.querySelectorAll('[data-volume-term]');
  return terms[terms.length - 1]?.querySelector('input') ?? null;
}

/**
 * Per-outcome prices on top of the monthly charges (tickets resolved, users supported), for the
 * contract and for a proposal: each month's units priced by tiers, graduated or all-units. The
 * whole list goes to the editor as one term, as the other optional levers do.
 */
export function VolumePricingTerms({ contract, issues, onChange }: ContractTabProps) {
  const form = useFormStyles();
  const focus = useFocusAfterAdd<HTMLFieldSetElement>(newTermName);
  const terms = contract.volumePricing ?? [];
  const listIssue = issues.contractField('volumePricing');
  return (
    <fieldset className={form.group} ref={focus.ref}>
      <legend className={form.legend}>Volume pricing</legend>
      {terms.length === 0 && (
        <Body1>
          No prices per outcome: the monthly charges are the whole fee. Add one to charge per
          ticket, user or transaction, by volume tiers.
        </Body1>
      )}
      {terms.map((term, index) => (
        <VolumeTermFields
          key={term.id}
          term={term}
          index={index}
          currency={contract.currency}
          issues={issues}
          onChange={(changes) =>
            onChange({ volumePricing: updateVolumeTerm(terms, term.id, changes) })
          }
          onRemove={() => onChange({ volumePricing: removeVolumeTerm(terms, term.id) })}
        />
      ))}
      {listIssue && (
        <MessageBar intent="error">
          <MessageBarBody>{listIssue}</MessageBarBody>
        </MessageBar>
      )}
      <LimitedAddButton
        label="Add volume-priced outcome"
        noun="volume-priced outcomes per contract"
        count={terms.length}
        max={MAX_VOLUME_TERMS}
        onAdd={() => {
          onChange({ volumePricing: newVolumeTerm(terms, newId('volume')) });
          focus.markAdded();
        }}
      />
    </fieldset>
  );
}
