import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { type Contract } from '../../engine/terms/contract';
import { differingTerms, termLabel } from '../../engine/terms/contractTerms';
import { type Proposal } from '../../engine/terms/proposal';
import { termValueText } from '../../engine/terms/termText';
import { useNumberConvention } from '../fields/numberConvention';

const useStyles = makeStyles({
  list: {
    marginTop: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: 'anywhere',
  },
});

export interface AdoptProposalProps {
  readonly proposal: Proposal;
  readonly contract: Contract;
  readonly onAdopt: () => void;
}

/**
 * "Adopt as the contract…": once the parties agree a proposal, the contract takes its terms. The
 * dialog lists what changes before anything does; the change log records the adoption when the
 * model is written, and until then it can be undone like a delete.
 */
export function AdoptProposal({ proposal, contract, onAdopt }: AdoptProposalProps) {
  const styles = useStyles();
  const convention = useNumberConvention();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // The dialog closes onto the button that opened it, not the page body.
  const close = () => {
    setOpen(false);
    setTimeout(() => button.current?.focus(), 0);
  };
  const changes = open ? differingTerms(contract, proposal.contract) : [];
  const name = proposal.name.trim() || 'this proposal';
  return (
    <>
      <div>
        <Button ref={button} onClick={() => setOpen(true)}>
          Adopt as the contract…
        </Button>
      </div>
      <Dialog
        open={open}
        modalType="alert"
        onOpenChange={(_, data) => (data.open ? setOpen(true) : close())}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Adopt “{name}” as the contract?</DialogTitle>
            <DialogContent>
              {changes.length === 0 ? (
                <Body1 as="p">
                  Its terms are the contract’s already: the change log will record the adoption.
                </Body1>
              ) : (
                <>
                  <Body1 as="p">The contract’s terms become the proposal’s:</Body1>
                  <ul className={styles.list} aria-label="Terms that change">
                    {changes.map((ref) => (
                      <li key={termLabel(ref, contract)}>
                        {termLabel(ref, contract)}: {termValueText(contract, ref, convention)} →{' '}
                        {termValueText(proposal.contract, ref, convention)}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <Body1 as="p">
                Proposals that follow the contract follow the new terms. Undo (Ctrl+Z) puts the old
                terms back; write to the workbook to record the adoption in the change log.
              </Body1>
            </DialogContent>
            <DialogActions>
              {/* Cancel first: the dialog focuses its first button, so Enter, Enter changes nothing. */}
              <Button onClick={close}>Cancel</Button>
              <Button
                appearance="primary"
                onClick={() => {
                  close();
                  onAdopt();
                }}
              >
                Adopt
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
