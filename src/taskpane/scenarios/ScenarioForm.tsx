import { ownEntry } from '../../engine/terms/ownEntry';
import { type Dispatch } from 'react';
import { type ServiceLevel } from '../../engine/terms/contract';
import { type Scenario } from '../../engine/simulation/scenario';
import { type NegotiationAction } from '../editor/negotiationReducer';
import { TextField } from '../fields/TextField';
import { useFormStyles } from '../fields/useFormStyles';
import { AssumptionEditor } from './AssumptionEditor';

export interface ScenarioFormProps {
  readonly scenario: Scenario;
  /** Every service level of the contract and its proposals. */
  readonly serviceLevels: readonly ServiceLevel[];
  readonly dispatch: Dispatch<NegotiationAction>;
}

/** A scenario's name and, per service level, what it assumes about performance. */
export function ScenarioForm({ scenario, serviceLevels, dispatch }: ScenarioFormProps) {
  const styles = useFormStyles();
  const id = scenario.id;
  const unnamed = scenario.name.trim() === '' ? 'Give the scenario a name' : undefined;
  return (
    <div className={styles.form}>
      <TextField
        label="Scenario name"
        value={scenario.name}
        issue={unnamed}
        onChange={(name) => dispatch({ type: 'renameScenario', id, name })}
      />
      {serviceLevels.map((sl) => (
        <AssumptionEditor
          key={sl.id}
          serviceLevel={sl}
          assumption={ownEntry(scenario.assumptions, sl.id)}
          onChange={(assumption) =>
            dispatch({ type: 'setAssumption', scenarioId: id, serviceLevelId: sl.id, assumption })
          }
        />
      ))}
    </div>
  );
}
