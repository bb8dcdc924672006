import { useCallback, useEffect, useState } from 'react';
import { Body1 } from '@fluentui/react-components';
import { type Contract } from '../../engine/terms/contract';
import { type Scenario } from '../../engine/simulation/scenario';
import { type ActualsRead } from '../../workbook/actualsTable';
import {
  contractStart,
  type ServiceReviewOperations,
} from '../../workbook/serviceReviewOperations';
import { ActualsImportForm } from './ActualsImportForm';
import { AnnualReviewView } from './AnnualReviewView';
import { ScenarioFitSection } from './ScenarioFitSection';
import { StatementForm } from './StatementForm';
import { describeActuals } from './actualsSummary';
import { errorText, useReviewStyles } from './reviewStyles';
import { type StatementInputsKeeping } from './statementInputsByPeriod';

export interface ReviewTabProps {
  readonly contract: Contract;
  readonly serviceReview: ServiceReviewOperations;
  /** The statement inputs typed so far, kept above the tab so other tabs' visits lose nothing. */
  readonly statementInputs?: StatementInputsKeeping;
  /** Adds a scenario fitted from the actuals to the model; returns its name. Absent: fits are only shown. */
  readonly onAddScenario?: (scenario: Omit<Scenario, 'id'>) => string;
}

/** The monthly service review: import measured performance, write the month's statement, review the year. */
export function ReviewTab({
  contract,
  serviceReview,
  statementInputs,
  onAddScenario,
}: ReviewTabProps) {
  const styles = useReviewStyles();
  const [read, setRead] = useState<ActualsRead | null>(null);
  const [readProblem, setReadProblem] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let current = true;
    serviceReview.readActuals(contract).then(
      (r) => {
        if (!current) return;
        setRead(r);
        setReadProblem(null);
      },
      (e: unknown) => {
        if (current) setReadProblem(`OM_Actuals could not be read: ${errorText(e)}`);
      },
    );
    return () => {
      current = false;
    };
  }, [serviceReview, contract, generation]);

  const records = read?.records ?? [];
  const agreed = contract.startPeriod ?? null;
  const start = contractStart(records, agreed);
  return (
    <div className={styles.tab}>
      <ActualsImportForm contract={contract} serviceReview={serviceReview} onImported={reload} />
      {readProblem && <Body1 role="alert">{readProblem}</Body1>}
      {read && read.problems.length > 0 && (
        <Body1 role="alert">
          OM_Actuals has rows that cannot be read: {read.problems.slice(0, 3).join(' ')}
        </Body1>
      )}
      {read && records.length === 0 && (
        <Body1>OM_Actuals holds no actuals yet: import a month to write its statement.</Body1>
      )}
      {read && records.length > 0 && start !== null && (
        <>
          <Body1>
            OM_Actuals holds {describeActuals(records, contract)}{' '}
            {agreed
              ? `Contract months count from the agreed start, ${agreed}.`
              : `No contract start is set (Contract tab), so the first month of the actuals, ${start}, is taken as the start.`}
          </Body1>
          <StatementForm
            contract={contract}
            serviceReview={serviceReview}
            actuals={records}
            start={start}
            inputs={statementInputs}
          />
          <AnnualReviewView
            contract={contract}
            serviceReview={serviceReview}
            actuals={records}
            start={start}
          />
          <ScenarioFitSection contract={contract} actuals={records} onAddScenario={onAddScenario} />
        </>
      )}
    </div>
  );
}
