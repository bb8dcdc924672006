import { useEffect, useState } from 'react';
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
} from '@fluentui/react-components';
import { type ActualRecord } from '../../engine/review/actuals';
import { type Contract } from '../../engine/terms/contract';
import {
  type ServiceReviewOperations,
  type StatementReview,
} from '../../workbook/serviceReviewOperations';
import { formatMoney } from '../money/paneMoneyText';
import { actualsPeriods } from './actualsSummary';
import { errorText, useReviewStyles } from './reviewStyles';
import { StatementLeverFields } from './StatementLeverFields';
import {
  inputsOf,
  type StatementInputsByPeriod,
  type StatementInputsKeeping,
  withUnits,
  withYearCost,
} from './statementInputsByPeriod';

export interface StatementFormProps {
  readonly contract: Contract;
  readonly serviceReview: ServiceReviewOperations;
  readonly actuals: readonly ActualRecord[];
  /** The contract's first month (the earliest period in OM_Actuals). */
  readonly start: string;
  /** Where the typed units and year's cost are kept across tab visits; without it, in this form. */
  readonly inputs?: StatementInputsKeeping;
}

type Written = { readonly sheet: string; readonly review: StatementReview };

/** Step 2: a month's statement, with the repeated-failure watch, written as OM_Statement_<period>. */
export function StatementForm({
  contract,
  serviceReview,
  actuals,
  start,
  inputs,
}: StatementFormProps) {
  const styles = useReviewStyles();
  const periods = actualsPeriods(actuals);
  const [chosen, setChosen] = useState<string | null>(null);
  const period = chosen !== null && periods.includes(chosen) ? chosen : periods[periods.length - 1];
  const [misses, setMisses] = useState('3');
  const [lookBack, setLookBack] = useState('6');
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<Written | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [ownInputs, setOwnInputs] = useState<StatementInputsByPeriod>({});
  const kept = inputs ?? { byPeriod: ownInputs, onChange: setOwnInputs };
  const { onChange: keep } = kept;
  const typedHere = kept.byPeriod[period] !== undefined;
  // A month written before comes back with the units and cost its statement was made with.
  useEffect(() => {
    if (typedHere || period === undefined) return;
    let current = true;
    serviceReview.readStatementInputs(contract, period).then(
      (read) => {
        if (current && read)
          keep((byPeriod) => (byPeriod[period] ? byPeriod : { ...byPeriod, [period]: read }));
      },
      // Unreadable: the fields stay empty and the user types them.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [serviceReview, contract, period, typedHere, keep]);

  const write = async () => {
    setWritten(null);
    setProblem(null);
    const rule = { misses: Number(misses), periods: Number(lookBack) };
    const review = serviceReview.reviewPeriod(
      contract,
      actuals,
      start,
      period,
      rule,
      inputsOf(kept.byPeriod, period),
    );
    if (!review.ok) return setProblem(review.error.message);
    setBusy(true);
    try {
      setWritten({
        sheet: await serviceReview.writeStatement(contract, start, review.value, rule),
        review: review.value,
      });
    } catch (e) {
      setProblem(`The statement was not written: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  // A critical level without actuals counts as not measured: no money, not met. Said before writing.
  const missing = contract.serviceLevels.filter(
    (sl) => sl.critical && !actuals.some((r) => r.serviceLevelId === sl.id && r.period === period),
  );
  const flagged = written?.review.failures
    .filter((f) => f.flagged)
    .map(
      (f) =>
        written.review.statement.lines[f.serviceLevel]?.name ??
        contract.serviceLevels[f.serviceLevel]?.name,
    );
  return (
    <section className={styles.section} aria-labelledby="review-statement-heading">
      <Subtitle2 as="h2" id="review-statement-heading">
        Statement
      </Subtitle2>
      <div className={styles.row}>
        <Field label="Period">
          <Select value={period} onChange={(_, data) => setChosen(data.value)}>
            {periods.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Repeated failure: misses">
          <Input
            className={styles.number}
            type="number"
            min={1}
            value={misses}
            onChange={(_, data) => setMisses(data.value)}
          />
        </Field>
        <Field label="In the last (periods)">
          <Input
            className={styles.number}
            type="number"
            min={1}
            value={lookBack}
            onChange={(_, data) => setLookBack(data.value)}
          />
        </Field>
      </div>
      <StatementLeverFields
        contract={contract}
        start={start}
        period={period}
        inputs={inputsOf(kept.byPeriod, period)}
        onUnits={(termId, units) => keep((byPeriod) => withUnits(byPeriod, period, termId, units))}
        onYearCost={(cost) => keep((byPeriod) => withYearCost(byPeriod, period, cost))}
      />
      {missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {period} has no actuals for {missing.map((sl) => sl.name).join(', ')}: the statement
            counts {missing.length === 1 ? 'it' : 'them'} as not measured (no credit, no incentive).
            Import {missing.length === 1 ? 'its' : 'their'} actuals first if they exist.
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => void write()}>
          Write statement
        </Button>
      </div>
      {problem && <Body1 role="alert">{problem}</Body1>}
      {written && flagged && (
        <Body1 role="status">
          Wrote {written.sheet}. Invoice adjustment:{' '}
          {formatMoney(written.review.statement.invoiceAdjustment, contract.currency, {
            signed: true,
          })}
          .{' '}
          {flagged.length === 0
            ? 'No service level is flagged for repeated failure.'
            : `Flagged for repeated failure: ${flagged.join(', ')}.`}
        </Body1>
      )}
    </section>
  );
}
