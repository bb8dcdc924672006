import { type Dispatch, useMemo } from 'react';
import { Button } from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import { type Contract } from '../../engine/terms/contract';
import { type Proposal } from '../../engine/terms/proposal';
import { ContractMoneyTerms } from '../contract/ContractMoneyTerms';
import { ContractRuleTerms } from '../contract/ContractRuleTerms';
import { ContractLevers } from '../contract/ContractLevers';
import { type ContractEditorAction } from '../editor/contractEditorReducer';
import { issueLookup } from '../editor/issueLookup';
import { type NegotiationAction } from '../editor/negotiationReducer';
import { TextField } from '../fields/TextField';
import { useFormStyles } from '../fields/useFormStyles';
import { AdoptProposal } from './AdoptProposalDialog';
import { ProposalBasis } from './ProposalBasis';
import { ProposalServiceLevelTerms } from './ProposalServiceLevelTerms';

export interface ProposalFormProps {
  readonly proposal: Proposal;
  readonly dispatch: Dispatch<NegotiationAction>;
  /** Copies this proposal to edit the copy (a counter to a counter); null at the proposals' limit. */
  readonly onDuplicate: (() => void) | null;
  /** The contract as it stands, which a following proposal takes every term it does not set from. */
  readonly contract: Contract;
  readonly onFollowsChange: (follows: boolean) => void;
  readonly onAdopt: () => void;
}

/** A proposal's name and terms, edited with the contract's own fields and checked by the same rules. */
export function ProposalForm({
  proposal,
  dispatch,
  onDuplicate,
  contract: current,
  onFollowsChange,
  onAdopt,
}: ProposalFormProps) {
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
      <div className={styles.actions}>
        <Button
          icon={<CopyRegular />}
          disabled={onDuplicate === null}
          onClick={() => onDuplicate?.()}
        >
          Duplicate this proposal
        </Button>
        <AdoptProposal proposal={proposal} contract={current} onAdopt={onAdopt} />
      </div>
      <ProposalBasis
        proposal={proposal}
        contract={current}
        onFollowsChange={onFollowsChange}
        onFollowTerm={(key) => dispatch({ type: 'followContractTerm', id, key, contract: current })}
      />
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
      <ContractLevers
        contract={contract}
        issues={issues}
        onChange={(changes) => edit({ type: 'updateTerms', changes })}
      />
      <ProposalServiceLevelTerms contract={contract} issues={issues} dispatch={edit} />
    </div>
  );
}
