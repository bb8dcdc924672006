import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { MAX_SCENARIOS } from '../../engine/terms/limits';
import { type ServiceLevel } from '../../engine/terms/contract';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { type NegotiationEditor } from '../editor/useModelEditor';
import { LimitedAddButton } from '../fields/LimitedAddButton';
import { NamedItemList } from '../fields/NamedItemList';
import { gainShareTarget, setActualCostAction } from './actualCostEdit';
import { ScenarioForm } from './ScenarioForm';
import { modelVolumeTerms, setVolumeAction } from './volumeAssumptionEdit';
import { useFocusAfterAdd } from '../fields/useFocusAfterAdd';

const useStyles = makeStyles({
  tab: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    alignItems: 'stretch',
  },
});

/** The contract's service levels, then any a proposal adds, each once. */
export function modelServiceLevels(model: OutcomeModel): ServiceLevel[] {
  const seen = new Map<string, ServiceLevel>();
  for (const c of [model.contract, ...(model.proposals ?? []).map((p) => p.contract)])
    for (const sl of c.serviceLevels) if (!seen.has(sl.id)) seen.set(sl.id, sl);
  return [...seen.values()];
}

export interface ScenariosTabProps {
  readonly model: OutcomeModel;
  readonly negotiation: NegotiationEditor;
}

/** Named performance scenarios (optimistic, expected, stressed…) that proposals are compared under. */
export function ScenariosTab({ model, negotiation }: ScenariosTabProps) {
  const styles = useStyles();
  const focus = useFocusAfterAdd<HTMLDivElement>();
  const { scenarios, selectedScenarioId, dispatch } = negotiation;
  const serviceLevels = modelServiceLevels(model);
  if (serviceLevels.length === 0)
    return (
      <Body1>Add a service level first: a scenario says how each service level performs.</Body1>
    );
  const selected = scenarios.find((s) => s.id === selectedScenarioId);
  return (
    <div className={styles.tab} ref={focus.ref}>
      {scenarios.length === 0 ? (
        <Body1>
          No scenarios yet. Add one for each way the service might go: optimistic, expected,
          stressed.
        </Body1>
      ) : (
        <NamedItemList
          label="Scenarios"
          items={scenarios}
          selectedId={selectedScenarioId}
          onSelect={(id) => dispatch({ type: 'selectScenario', id })}
          onDelete={(id) => dispatch({ type: 'deleteScenario', id })}
        />
      )}
      <LimitedAddButton
        label="Add scenario"
        noun="scenarios"
        count={scenarios.length}
        max={MAX_SCENARIOS}
        onAdd={() => {
          negotiation.addScenario();
          focus.markAdded();
        }}
      />
      {selected && (
        <ScenarioForm
          key={selected.id}
          scenario={selected}
          serviceLevels={serviceLevels}
          dispatch={dispatch}
          costTarget={gainShareTarget(model)}
          onActualCostChange={(assumption) =>
            dispatch(setActualCostAction(negotiation, selected.id, assumption))
          }
          volumeTerms={modelVolumeTerms(model)}
          onVolumeChange={(termId, assumption) =>
            dispatch(setVolumeAction(negotiation, selected.id, termId, assumption))
          }
        />
      )}
    </div>
  );
}
