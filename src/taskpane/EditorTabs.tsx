import { useEffect, useId, useRef, useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { SectionTabs } from './SectionTabs';
import { type OutcomeModel } from '../engine/terms/outcomeModel';
import { type ResultsFocus, type ScenarioRunResults } from '../runs/scenarioResults';
import { type ServiceReviewOperations } from '../workbook/serviceReviewOperations';
import { type WorkbookOperations } from '../workbook/workbookOperations';
import { BandsTab } from './bands/BandsTab';
import { useComparison } from './compare/useComparison';
import { useGoalSeek } from './compare/useGoalSeek';
import { useTermDifferences } from './differences/useTermDifferences';
import { useDependenceEffect } from './compare/useDependenceEffect';
import { type RunKeeping } from './compare/useRunHistory';
import { ContractTab } from './contract/ContractTab';
import { type ContractEditor } from './editor/useContractEditor';
import { type NegotiationEditor } from './editor/useModelEditor';
import { type IssueLookup } from './editor/issueLookup';
import { MoneyView } from './money/MoneyView';
import { type StatementInputsByPeriod } from './review/statementInputsByPeriod';
import { ServiceLevelsTab } from './serviceLevels/ServiceLevelsTab';
import { type ShareTabProps } from './share/ShareTab';
import {
  CompareTab,
  preloadSections,
  ProposalsTab,
  ReviewTab,
  ScenariosTab,
  ShareTab,
} from './onDemandSections';
import { NOTHING_CHOSEN, type ShareChoice } from '../workbook/share/shareChoice';
import { type SimulationRunner } from '../runs/simulationRunner';
import { CURRENT_CONTRACT_ID } from '../engine/terms/proposal';

const TABS = [
  { value: 'contract', label: 'Contract' },
  { value: 'serviceLevels', label: 'Service levels' },
  { value: 'bands', label: 'Bands' },
  { value: 'money', label: 'Money' },
  { value: 'scenarios', label: 'Scenarios' },
  { value: 'proposals', label: 'Proposals' },
  { value: 'compare', label: 'Compare' },
  { value: 'review', label: 'Review' },
  { value: 'share', label: 'Share' },
] as const;

type TabValue = (typeof TABS)[number]['value'];

const useStyles = makeStyles({
  panel: { paddingTop: tokens.spacingVerticalM },
});

export interface EditorTabsProps {
  readonly editor: ContractEditor;
  readonly negotiation: NegotiationEditor;
  readonly model: OutcomeModel;
  readonly issues: IssueLookup;
  /** Take keyboard focus on mount, when the editor replaces content the user was just using. */
  readonly takeFocus?: boolean;
  readonly runner: SimulationRunner;
  readonly onWriteResults: (results: ScenarioRunResults, focus: ResultsFocus) => void;
  /** Writes a term-by-term comparison to its sheet. */
  readonly onWriteTermDifferences: WorkbookOperations['writeTermDifferences'];
  readonly workbookBusy: boolean;
  /** The service review's workbook operations; without them there is no Review tab. */
  readonly serviceReview: ServiceReviewOperations;
  /** What the file carries before it goes to the other side, and removing the negotiation data. */
  readonly share: ShareTabProps;
  /** Where Compare runs are kept, and which stored model the pane read (absent: runs are not kept). */
  readonly runKeeping?: RunKeeping;
}

/** One section at a time: the pane is narrow, and the tabs keep keyboard travel short. */
export function EditorTabs({
  editor,
  negotiation,
  model,
  issues,
  takeFocus = false,
  runner,
  onWriteResults,
  onWriteTermDifferences,
  workbookBusy,
  serviceReview,
  share,
  runKeeping,
}: EditorTabsProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabValue>('contract');
  const selectedTab = useRef<HTMLButtonElement>(null);
  const idPrefix = useId();
  // Above the panels, so a run goes on and its results stay while the user looks at other tabs.
  const comparison = useComparison(runner, runKeeping);
  // Kept above the tabs like the comparison: a look at another tab loses no result nor search.
  const termDifferences = useTermDifferences(runner);
  const goalSeeking = useGoalSeek(runner);
  const dependenceEffect = useDependenceEffect(runner);
  const [shareChoice, setShareChoice] = useState<ShareChoice>(NOTHING_CHOSEN);
  // The statement's typed units and year's cost stay while the user looks at other tabs.
  const [statementInputs, setStatementInputs] = useState<StatementInputsByPeriod>({});
  useEffect(() => {
    if (takeFocus) selectedTab.current?.focus();
    // Only on mount: later renders must not pull focus away from the user's input.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    // After the first render, so the contract shows first; a section whose download fails here
    // says so when it is opened.
    preloadSections().catch(() => undefined);
  }, []);
  const { contract, selectedId, dispatch } = editor;
  return (
    <>
      <SectionTabs
        sections={TABS}
        selected={tab}
        onSelect={setTab}
        tabId={(value) => `${idPrefix}-${value}`}
        selectedTabRef={selectedTab}
      />
      <div role="tabpanel" aria-labelledby={`${idPrefix}-${tab}`} className={styles.panel}>
        {tab === 'contract' && (
          <ContractTab
            contract={contract}
            issues={issues}
            onChange={(changes) => dispatch({ type: 'updateTerms', changes })}
          />
        )}
        {tab === 'serviceLevels' && (
          <ServiceLevelsTab
            contract={contract}
            selectedId={selectedId}
            issues={issues}
            dispatch={dispatch}
            onAdd={editor.addServiceLevel}
          />
        )}
        {tab === 'bands' && (
          <BandsTab
            contract={contract}
            selectedId={selectedId}
            issues={issues}
            dispatch={dispatch}
          />
        )}
        {tab === 'money' && <MoneyView contract={contract} issues={issues} />}
        {tab === 'scenarios' && <ScenariosTab model={model} negotiation={negotiation} />}
        {tab === 'proposals' && <ProposalsTab negotiation={negotiation} contract={contract} />}
        {tab === 'compare' && (
          <CompareTab
            model={model}
            comparison={comparison}
            onWriteResults={onWriteResults}
            termDifferences={{ differences: termDifferences, onWrite: onWriteTermDifferences }}
            goalSeek={{
              seeking: goalSeeking,
              onApplyTerm: (id, edit) =>
                id === CURRENT_CONTRACT_ID
                  ? dispatch(edit)
                  : negotiation.dispatch({ type: 'editProposal', id, action: edit }),
            }}
            workbookBlocker={workbookBusy ? 'Working with the workbook…' : null}
            dependenceEffect={dependenceEffect}
          />
        )}
        {tab === 'review' && (
          <ReviewTab
            contract={contract}
            serviceReview={serviceReview}
            statementInputs={{ byPeriod: statementInputs, onChange: setStatementInputs }}
            onAddScenario={negotiation.addMadeScenario}
          />
        )}
        {tab === 'share' && <ShareTab {...share} choice={shareChoice} onChoice={setShareChoice} />}
      </div>
    </>
  );
}
