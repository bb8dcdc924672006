import { useRef } from 'react';
import { Body1, Button, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { type Contract } from '../../engine/terms/contract';
import {
  differingTerms,
  parseTermKey,
  termKey,
  type TermRef,
  termLabel,
} from '../../engine/terms/contractTerms';
import { followsContract } from '../../engine/terms/followedContract';
import { type Proposal } from '../../engine/terms/proposal';
import { termValueText } from '../../engine/terms/termText';
import { useNumberConvention } from '../fields/numberConvention';
import { useFormStyles } from '../fields/useFormStyles';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  term: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    overflowWrap: 'anywhere',
  },
  contractValue: { color: tokens.colorNeutralForeground3 },
});

export interface ProposalBasisProps {
  readonly proposal: Proposal;
  /** The contract as it stands (with unwritten edits). */
  readonly contract: Contract;
  readonly onFollowsChange: (follows: boolean) => void;
  /** A following proposal takes the contract's value of this term again. */
  readonly onFollowTerm: (key: string) => void;
}

/**
 * Whether the proposal follows the contract or is a frozen copy, and the terms that make it differ:
 * for a following proposal the terms it sets itself (each can go back to the contract's), for a
 * frozen copy every term that differs from the contract today.
 */
export function ProposalBasis({
  proposal,
  contract,
  onFollowsChange,
  onFollowTerm,
}: ProposalBasisProps) {
  const styles = useStyles();
  const form = useFormStyles();
  const convention = useNumberConvention();
  const follows = followsContract(proposal);
  const own: TermRef[] = follows
    ? (proposal.overrides ?? []).flatMap((key) => parseTermKey(key) ?? [])
    : differingTerms(contract, proposal.contract);
  const legendId = `${proposal.id}-basis`;
  // A term given back takes its row and button away: focus goes to what the list now says.
  const summary = useRef<HTMLDivElement>(null);
  const followTerm = (ref: TermRef) => {
    onFollowTerm(termKey(ref));
    setTimeout(() => summary.current?.focus(), 0);
  };
  return (
    <fieldset className={form.group} aria-labelledby={legendId}>
      <legend id={legendId} className={form.legend}>
        Terms
      </legend>
      <RadioGroup
        aria-labelledby={legendId}
        value={follows ? 'follows' : 'frozen'}
        onChange={(_, data) => onFollowsChange(data.value === 'follows')}
      >
        <Radio value="follows" label="Follows the contract, except the terms it sets" />
        <Radio value="frozen" label="Frozen copy: keeps its terms when the contract changes" />
      </RadioGroup>
      <div ref={summary} tabIndex={-1}>
        <Body1>
          {follows
            ? own.length === 0
              ? 'It sets no terms of its own yet: it is the contract as it stands. Change a term below to set it.'
              : `It sets ${own.length === 1 ? 'this term' : `these ${own.length} terms`}; every other term is the contract's:`
            : own.length === 0
              ? 'Its terms are the contract’s today.'
              : `It differs from the contract today in ${own.length === 1 ? 'this term' : `these ${own.length} terms`}:`}
        </Body1>
      </div>
      {own.length > 0 && (
        <ul className={styles.list} aria-label={follows ? 'Terms it sets' : 'Terms that differ'}>
          {own.map((ref) => {
            const label = termLabel(ref, contract);
            const mine = termValueText(proposal.contract, ref, convention);
            const theirs = termValueText(contract, ref, convention);
            return (
              <li key={label} className={styles.term}>
                <Body1>
                  <strong>{label}</strong>: {mine}
                </Body1>
                <Body1 className={styles.contractValue}>
                  {mine === theirs ? 'the same as the contract' : `contract: ${theirs}`}
                </Body1>
                {follows && (
                  <div>
                    <Button
                      size="small"
                      aria-label={`Follow the contract: ${label}`}
                      onClick={() => followTerm(ref)}
                    >
                      Follow the contract
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
