import { useState } from 'react';
import { Body1, Button, Field, Select, Subtitle2 } from '@fluentui/react-components';
import { type ActualRecord } from '../../engine/review/actuals';
import { type Contract, MONTHS_PER_YEAR } from '../../engine/terms/contract';
import { type ServiceReviewOperations } from '../../workbook/serviceReviewOperations';
import { formatMoney } from '../money/paneMoneyText';
import { LevelTable } from './LevelTable';
import { errorText, useReviewStyles } from './reviewStyles';

export interface AnnualReviewViewProps {
  readonly contract: Contract;
  readonly serviceReview: ServiceReviewOperations;
  readonly actuals: readonly ActualRecord[];
  readonly start: string;
}

/** Step 3: next year's expected levels under the ratchet rule, their money effect, and the trend charts. */
export function AnnualReviewView({
  contract,
  serviceReview,
  actuals,
  start,
}: AnnualReviewViewProps) {
  const styles = useReviewStyles();
  const years = Math.max(1, Math.floor(contract.termMonths / MONTHS_PER_YEAR));
  const [year, setYear] = useState(1);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const review = serviceReview.annualReview(contract, actuals, start, year);
  const money = (amount: number, signed = false) =>
    formatMoney(amount, contract.currency, { signed });

  const writeTrends = async () => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(`Wrote ${await serviceReview.writeTrends(contract, actuals, start)}.`);
    } catch (e) {
      setMessage(`The trends were not written: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="review-annual-heading">
      <Subtitle2 as="h2" id="review-annual-heading">
        Annual review
      </Subtitle2>
      <Field label="Contract year">
        <Select value={String(year)} onChange={(_, data) => setYear(Number(data.value))}>
          {Array.from({ length: years }, (_, i) => (
            <option key={i + 1} value={String(i + 1)}>
              Year {i + 1}
            </option>
          ))}
        </Select>
      </Field>
      {review.ok ? (
        <>
          <Body1>
            {review.value.fromPeriod} to {review.value.toPeriod}: levels proposed for next year
            under the contract&apos;s improvement rule.
          </Body1>
          <LevelTable proposals={review.value.proposals} />
          <Body1 role="status">
            Provider&apos;s net for the year at this year&apos;s levels{' '}
            {money(review.value.atCurrentLevels.net)}, at the proposed levels{' '}
            {money(review.value.atProposedLevels.net)}: money effect{' '}
            {money(review.value.moneyEffect, true)}.
          </Body1>
        </>
      ) : (
        <Body1>{review.error.message}</Body1>
      )}
      <div className={styles.buttons}>
        <Button disabled={busy} onClick={() => void writeTrends()}>
          Write trends
        </Button>
      </div>
      {message && <Body1 role="status">{message}</Body1>}
    </section>
  );
}
