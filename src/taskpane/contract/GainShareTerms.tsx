import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Switch,
  tokens,
} from '@fluentui/react-components';
import { type BandRow } from '../../engine/rules/bands';
import { type GainShareTerms as Terms } from '../../engine/terms/contract';
import { BandRowFields } from '../bands/BandRowFields';
import { bandRowIssues } from '../bands/bandRowIssues';
import { addBandRow, removeBandRow, sortBandRows, updateBandRow } from '../editor/bandRowEdits';
import { numberText, optional } from '../fields/fieldText';
import { ParsedField } from '../fields/ParsedField';
import { useFormStyles } from '../fields/useFormStyles';
import { type ContractTabProps } from './ContractTab';
import { defaultGainShare } from './leverDefaults';

const optionalNumber = optional(numberText);

const useStyles = makeStyles({
  header: {
    display: 'grid',
    // The rows' columns, with room for their 32 px remove button.
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) 32px',
    columnGap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
});

/**
 * Gain/pain share against a target cost, for the contract and for a proposal: the target, the
 * share bands on actual ÷ target (the provider's share of the difference) and the yearly caps.
 */
export function GainShareTerms({ contract, issues, onChange }: ContractTabProps) {
  const form = useFormStyles();
  const styles = useStyles();
  const terms = contract.gainShare;
  const set = (changes: Partial<Terms>) =>
    terms && onChange({ gainShare: { ...terms, ...changes } });
  const setRows = (shareBands: readonly BandRow[]) => set({ shareBands });
  const field = (name: string) => issues.contractField(`gainShare.${name}`);
  const tableIssue = field('shareBands') ?? issues.contractField('gainShare');
  const rowIssues = terms ? bandRowIssues(terms.shareBands) : [];
  return (
    <fieldset className={form.group}>
      <legend className={form.legend}>Gain/pain share</legend>
      <Switch
        label="Share cost savings and overruns against a target"
        checked={terms !== undefined}
        onChange={(_, data) =>
          onChange({ gainShare: data.checked ? defaultGainShare(contract) : undefined })
        }
      />
      {terms && (
        <>
          <ParsedField
            label="Target cost per year"
            value={terms.targetCostAnnual}
            format={numberText}
            contentAfter={contract.currency}
            issue={field('targetCostAnnual')}
            onCommit={(targetCostAnnual) => set({ targetCostAnnual })}
          />
          <Body1>
            Share bands: from each lower bound of actual ÷ target cost, the provider’s share of the
            difference (of the saving below 1, of the overrun above).
          </Body1>
          <div className={styles.header} aria-hidden="true">
            <span>Actual ÷ target from</span>
            <span>Provider’s share</span>
          </div>
          {terms.shareBands.map((row, index) => (
            <BandRowFields
              key={index}
              index={index}
              row={row}
              boundUnit="×"
              noun="share band"
              issue={rowIssues[index]}
              onChange={(changes) => setRows(updateBandRow(terms.shareBands, index, changes))}
              onRemove={() => setRows(removeBandRow(terms.shareBands, index))}
            />
          ))}
          {tableIssue && (
            <MessageBar intent="error">
              <MessageBarBody>{tableIssue}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.actions}>
            <Button onClick={() => setRows(addBandRow(terms.shareBands))}>Add share band</Button>
            <Button onClick={() => setRows(sortBandRows(terms.shareBands))}>Sort</Button>
          </div>
          <ParsedField
            label="Pain cap per year"
            value={terms.painCap}
            format={optionalNumber}
            contentAfter={contract.currency}
            hint="Most the provider bears of an overrun in a year; empty for no cap"
            issue={field('painCap')}
            onCommit={(painCap) => set({ painCap })}
          />
          <ParsedField
            label="Gain cap per year"
            value={terms.gainCap}
            format={optionalNumber}
            contentAfter={contract.currency}
            hint="Most the provider keeps of a saving in a year; empty for no cap"
            issue={field('gainCap')}
            onCommit={(gainCap) => set({ gainCap })}
          />
        </>
      )}
    </fieldset>
  );
}
