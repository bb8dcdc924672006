import { useState } from 'react';
import { Body1, Button, Field, Subtitle2, Textarea } from '@fluentui/react-components';
import { type Contract } from '../../engine/terms/contract';
import { type ActualsImport } from '../../workbook/actualsImport';
import { type ServiceReviewOperations } from '../../workbook/serviceReviewOperations';
import { describeActuals } from './actualsSummary';
import { errorText, useReviewStyles } from './reviewStyles';
import { useNumberConvention } from '../fields/numberConvention';

export interface ActualsImportFormProps {
  readonly contract: Contract;
  readonly serviceReview: ServiceReviewOperations;
  /** After rows were written to OM_Actuals. */
  readonly onImported: () => void;
}

/** Step 1: check an export against the contract (nothing written), then import it into OM_Actuals. */
export function ActualsImportForm({ contract, serviceReview, onImported }: ActualsImportFormProps) {
  const styles = useReviewStyles();
  const convention = useNumberConvention();
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<ActualsImport | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const importChecked = async (records: ActualsImport & { kind: 'ok' }) => {
    setBusy(true);
    setMessage(null);
    try {
      const merge = await serviceReview.importActuals(contract, records.records);
      setMessage(`Imported into OM_Actuals: ${merge.added} added, ${merge.replaced} replaced.`);
      setPreview(null);
      onImported();
    } catch (e) {
      setMessage(`Nothing was imported: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="review-import-heading">
      <Subtitle2 as="h2" id="review-import-heading">
        Import actuals
      </Subtitle2>
      <Field
        label="Actuals (CSV or cells pasted from Excel)"
        hint="Columns Service level, Period, Value and optionally Excluded minutes."
      >
        <Textarea
          value={text}
          resize="vertical"
          rows={6}
          onChange={(_, data) => {
            setText(data.value);
            setPreview(null);
            setMessage(null);
          }}
        />
      </Field>
      <div className={styles.buttons}>
        <Button
          onClick={() => setPreview(serviceReview.previewImport(text, contract, convention))}
          disabled={busy}
        >
          Check actuals
        </Button>
        <Button
          appearance="primary"
          disabled={busy || preview?.kind !== 'ok'}
          onClick={() => preview?.kind === 'ok' && void importChecked(preview)}
        >
          Import actuals
        </Button>
      </div>
      {preview?.kind === 'ok' && (
        <Body1 role="status">Ready to import {describeActuals(preview.records, contract)}</Body1>
      )}
      {preview?.kind === 'invalid' && (
        <div role="alert">
          <Body1>Nothing can be imported until these are fixed:</Body1>
          <ul className={styles.problems}>
            {preview.problems.map((p, i) => (
              <li key={`${i}:${p}`}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {message && <Body1 role="status">{message}</Body1>}
    </section>
  );
}
