import { ownEntry } from '../../engine/terms/ownEntry';
import { type Dispatch } from 'react';
import { type ServiceLevel, type VolumePricingTerm } from '../../engine/terms/contract';
import { type PerformanceAssumption } from '../../engine/simulation/performanceAssumption';
import { type Scenario } from '../../engine/simulation/scenario';
import { type NegotiationAction } from '../editor/negotiationReducer';
import { TextField } from '../fields/TextField';
import { useFormStyles } from '../fields/useFormStyles';
import { ActualCostEditor } from './ActualCostEditor';
import { AssumptionEditor } from './AssumptionEditor';
import { BadMonthEditor } from './BadMonthEditor';
import { CorrelationEditor } from './CorrelationEditor';
import { VolumeAssumptionEditor } from './VolumeAssumptionEditor';

export interface ScenarioFormProps {
  readonly scenario: Scenario;
  /** Every service level of the contract and its proposals. */
  readonly serviceLevels: readonly ServiceLevel[];
  readonly dispatch: Dispatch<NegotiationAction>;
  /** The gain-share target when a contract has one: the scenario then assumes an actual cost. */
  readonly costTarget?: { readonly targetCostAnnual: number; readonly currency: string } | null;
  readonly onActualCostChange?: (assumption: PerformanceAssumption | null) => void;
  /** The volume-priced outcomes of the contract and its proposals: the scenario assumes their units. */
  readonly volumeTerms?: readonly VolumePricingTerm[];
  readonly onVolumeChange?: (termId: string, assumption: PerformanceAssumption | null) => void;
}

/**
 * A scenario's name and, per service level, what it assumes about performance; then how the
 * service levels move together (correlations, bad months).
 */
export function ScenarioForm({
  scenario,
  serviceLevels,
  dispatch,
  costTarget,
  onActualCostChange,
  volumeTerms = [],
  onVolumeChange,
}: ScenarioFormProps) {
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
      <CorrelationEditor
        serviceLevels={serviceLevels}
        assumptions={scenario.assumptions}
        correlations={scenario.correlations ?? []}
        onChange={(correlations, repair) =>
          dispatch({ type: 'setCorrelations', scenarioId: id, correlations, repair })
        }
      />
      <BadMonthEditor
        serviceLevels={serviceLevels}
        assumptions={scenario.assumptions}
        badMonth={scenario.badMonth}
        onChange={(badMonth) => dispatch({ type: 'setBadMonth', scenarioId: id, badMonth })}
      />
      {costTarget && onActualCostChange && (
        <ActualCostEditor
          scenarioName={scenario.name}
          assumption={scenario.actualCostAnnual}
          targetCostAnnual={costTarget.targetCostAnnual}
          currency={costTarget.currency}
          onChange={onActualCostChange}
        />
      )}
      {onVolumeChange &&
        volumeTerms.map((term) => (
          <VolumeAssumptionEditor
            key={term.id}
            scenarioName={scenario.name}
            term={term}
            assumption={ownEntry(scenario.volumes, term.id)}
            onChange={(assumption) => onVolumeChange(term.id, assumption)}
          />
        ))}
    </div>
  );
}
