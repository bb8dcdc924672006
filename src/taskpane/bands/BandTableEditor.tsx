import { type Dispatch } from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { type BandMethod } from '../../engine/rules/bands';
import { bandWarnings } from '../../engine/rules/bandWarnings';
import { type BandBasis, type ServiceLevel } from '../../engine/terms/contract';
import { type ContractEditorAction } from '../editor/contractEditorReducer';
import { type Choice, ChoiceField } from '../fields/ChoiceField';
import { useFormStyles } from '../fields/useFormStyles';
import { BandRowFields } from './BandRowFields';
import { bandRowIssues } from './bandRowIssues';
import { useFocusAfterAdd } from '../fields/useFocusAfterAdd';

const METHODS: readonly Choice<BandMethod>[] = [
  { value: 'step', label: 'Step: the rate of the band the value falls in' },
  { value: 'linear', label: 'Linear: interpolate between band points' },
];

const BASES: readonly Choice<BandBasis>[] = [
  { value: 'performance', label: 'Performance (the measured value)' },
  { value: 'attainment', label: 'Attainment (ratio to expected, 1 = met)' },
];

const useStyles = makeStyles({
  header: {
    display: 'grid',
    // The rows' columns, with room for their 32 px remove button.
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) 32px',
    columnGap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

/** A new band's lower bound: the first field of the last row. */
function newBandBound(root: HTMLElement): HTMLElement | null {
  const rows = root.querySelectorAll('[role="group"]');
  return rows[rows.length - 1]?.querySelector('input') ?? null;
}

export interface BandTableEditorProps {
  readonly serviceLevel: ServiceLevel;
  /** The engine's verdict on the whole table. */
  readonly issue: string | undefined;
  readonly dispatch: Dispatch<ContractEditorAction>;
}

export function BandTableEditor({ serviceLevel: sl, issue, dispatch }: BandTableEditorProps) {
  const form = useFormStyles();
  const styles = useStyles();
  const focus = useFocusAfterAdd<HTMLFieldSetElement>(newBandBound);
  const id = sl.id;
  const rowIssues = bandRowIssues(sl.bands.rows);
  const boundUnit = sl.bands.basis === 'attainment' ? '×' : sl.unit;
  return (
    <fieldset className={form.group} ref={focus.ref}>
      <legend className={form.legend}>Outcome bands of {sl.name}</legend>
      <ChoiceField
        label="Method"
        value={sl.bands.method}
        choices={METHODS}
        onChange={(method) => dispatch({ type: 'setBandMethod', id, method })}
      />
      <ChoiceField
        label="Basis"
        value={sl.bands.basis}
        choices={BASES}
        onChange={(basis) => dispatch({ type: 'setBandBasis', id, basis })}
      />
      <div className={styles.header} aria-hidden="true">
        <span>Lower bound</span>
        <span>Rate</span>
      </div>
      {sl.bands.rows.map((row, index) => (
        <BandRowFields
          key={index}
          index={index}
          row={row}
          boundUnit={boundUnit}
          issue={rowIssues[index]}
          onChange={(changes) => dispatch({ type: 'updateBand', id, index, changes })}
          onRemove={() => dispatch({ type: 'removeBand', id, index })}
        />
      ))}
      {issue && (
        <MessageBar intent="error">
          <MessageBarBody>{issue}</MessageBarBody>
        </MessageBar>
      )}
      {!issue &&
        bandWarnings(sl).map((warning) => (
          <MessageBar key={warning} intent="warning" layout="multiline">
            <MessageBarBody>{warning}</MessageBarBody>
          </MessageBar>
        ))}
      <div className={styles.actions}>
        <Button
          onClick={() => {
            dispatch({ type: 'addBand', id });
            focus.markAdded();
          }}
        >
          Add band
        </Button>
        <Button onClick={() => dispatch({ type: 'sortBands', id })}>Sort by lower bound</Button>
      </div>
    </fieldset>
  );
}
