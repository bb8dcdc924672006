import { type Dispatch, useMemo } from 'react';
import { Button } from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import { type Proposal } from '../../engine/terms/proposal';
import { ContractMoneyTerms } from '../contract/ContractMoneyTerms';
import { ContractRuleTerms } from '../contract/ContractRuleTerms';
import { type ContractEditorAction } from '../editor/contractEditorReducer';
import { issueLookup } from '../editor/issueLookup';
import { type NegotiationAction } from '../editor/negotiationReducer';
import { TextField } from '../fields/TextField';
import { useFormStyles } from '../fields/useFormStyles';
import { ProposalServiceLevelTerms } from './ProposalServiceLevelTerms';

export interface ProposalFormProps {
  readonly proposal: Proposal;
  readonly dispatch: Dispatch<NegotiationAction>;
  /** Copies this proposal to edit the copy (a counter to a counter); null at the proposals' limit. */
  readonly onDuplicate: (() => void) | null;
}

/** A proposal's name and terms, edited with the contract's own fields and checked by the same rules. */
export function ProposalForm({ proposal, dispatch, onDuplicate }: ProposalFormProps) {
  const styles = useFormStyles();
  const { id, contract } = proposal;
  const issues = useMemo(() => issueLookup(contract), [contract]);
  const edit = (action: ContractEditorAction) => dispatch({ type: 'editProposal', id, action });
  const unnamed = proposal.name.trim() === '' ? 'Give the proposal a name' : undefined;
  return (
    <div className={styles.form}>
      <TextField
        label="Proposal name"
        value={proposal.name}
        issue={unnamed}
        onChange={(name) => dispatch({ type: 'renameProposal', id, name })}
      />
      <div>
        <Button
          icon={<CopyRegular />}
          disabled={onDuplicate === null}
          onClick={() => onDuplicate?.()}
        >
          Duplicate this proposal
        </Button>
      </div>
      <ContractMoneyTerms
        contract={contract}
        issues={issues}
        onChange={(changes) => edit({ type: 'updateTerms', changes })}
      />
      <ContractRuleTerms
        contract={contract}
        issues={issues}
        onChange={(changes) => edit({ type: 'updateTerms', changes })}
      />
      <ProposalServiceLevelTerms contract={contract} issues={issues} dispatch={edit} />
    </div>
  );
}
