import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { type Contract } from '../../engine/terms/contract';
import { MAX_PROPOSALS } from '../../engine/terms/limits';
import { type NegotiationEditor } from '../editor/useModelEditor';
import { LimitedAddButton } from '../fields/LimitedAddButton';
import { NamedItemList } from '../fields/NamedItemList';
import { ProposalForm } from './ProposalForm';
import { useFocusAfterAdd } from '../fields/useFocusAfterAdd';

const useStyles = makeStyles({
  tab: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    alignItems: 'stretch',
  },
});

/** Copies of the contract with other terms ("our offer", "their counter"), compared side by side. */
export function ProposalsTab({
  negotiation,
  contract,
}: {
  readonly negotiation: NegotiationEditor;
  /** The contract as it stands: following proposals take their other terms from it. */
  readonly contract: Contract;
}) {
  const styles = useStyles();
  const focus = useFocusAfterAdd<HTMLDivElement>();
  const { proposals, selectedProposalId, dispatch } = negotiation;
  const selected = proposals.find((p) => p.id === selectedProposalId);
  return (
    <div className={styles.tab} ref={focus.ref}>
      <Body1>
        {proposals.length === 0
          ? 'No proposals yet. Add one: it starts as the contract as it stands and follows it, except in the terms you change — your offer, their counter.'
          : `Each proposal is compared with the contract (${contract.name}) and with each other on the same simulated performance.`}
      </Body1>
      {proposals.length > 0 && (
        <NamedItemList
          label="Proposals"
          items={proposals}
          selectedId={selectedProposalId}
          onSelect={(id) => dispatch({ type: 'selectProposal', id })}
          onDelete={(id) => dispatch({ type: 'deleteProposal', id })}
          onMove={(id, offset) => dispatch({ type: 'moveProposal', id, offset })}
        />
      )}
      <LimitedAddButton
        label="Add proposal"
        noun="proposals"
        count={proposals.length}
        max={MAX_PROPOSALS}
        onAdd={() => {
          negotiation.addProposal();
          focus.markAdded();
        }}
      />
      {selected && (
        <ProposalForm
          key={selected.id}
          proposal={selected}
          dispatch={dispatch}
          contract={contract}
          onFollowsChange={(follows) => negotiation.setProposalFollows(selected.id, follows)}
          onAdopt={() => negotiation.adoptProposal(selected.id)}
          onDuplicate={
            proposals.length < MAX_PROPOSALS
              ? () => {
                  negotiation.duplicateProposal(selected.id);
                  focus.markAdded();
                }
              : null
          }
        />
      )}
    </div>
  );
}
