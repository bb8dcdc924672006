import { useEffect, useMemo, useState } from 'react';
import {
  Body1,
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { type OutcomeModel } from '../../engine/terms/outcomeModel';
import { modelProposals } from '../../engine/terms/proposal';
import { currentChoice, NOTHING_CHOSEN, type ShareChoice } from '../../workbook/share/shareChoice';
import {
  type SharedFile,
  type ShareOperations,
  type ShareSources,
} from '../../workbook/share/shareOperations';
import { useFormStyles } from '../fields/useFormStyles';
import { useNumberConvention } from '../fields/numberConvention';
import { sizeText } from './contentsText';
import { leftOutLines, sheetLines } from './shareText';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface CounterpartyFileFormProps {
  /** The model as written in the workbook; null before it is first written. */
  readonly model: OutcomeModel | null;
  /** The pane holds edits not yet written: they are not in the file. */
  readonly unwritten?: boolean;
  readonly share: ShareOperations;
  /** What the user ticked, kept by a parent that outlives the tab; the form keeps its own when absent. */
  readonly choice?: ShareChoice;
  readonly onChoice?: (choice: ShareChoice) => void;
}

/** "Share with the other side", once there is a written model to share. */
export function CounterpartyFileForm({
  model,
  unwritten = false,
  ...form
}: CounterpartyFileFormProps) {
  if (model === null)
    return (
      <section aria-labelledby="share-file-title">
        <Subtitle2 as="h2" id="share-file-title">
          Share with the other side
        </Subtitle2>
        <Body1 as="p">
          Write the model to the workbook first: the file for the other side is made from what the
          workbook holds.
        </Body1>
      </section>
    );
  return <ShareForm model={model} unwritten={unwritten} {...form} />;
}

const toggled = (ids: readonly string[], id: string, on: boolean) =>
  on ? [...ids.filter((x) => x !== id), id] : ids.filter((x) => x !== id);

/** "Share with the other side": choose what goes, see what the file will hold, make it. */
function ShareForm({
  model,
  unwritten,
  share,
  choice: kept,
  onChoice,
}: Omit<CounterpartyFileFormProps, 'model'> & { readonly model: OutcomeModel }) {
  const styles = useStyles();
  const form = useFormStyles();
  const convention = useNumberConvention();
  const [sources, setSources] = useState<ShareSources | null>(null);
  const [own, setOwn] = useState<ShareChoice>(NOTHING_CHOSEN);
  const wanted = kept ?? own;
  const setWanted = onChoice ?? setOwn;
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<SharedFile | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    share.sources(model).then(
      (s) => live && setSources(s),
      (e: unknown) => live && setProblem(`The actuals could not be read: ${String(e)}`),
    );
    return () => {
      live = false;
    };
    // The actuals change only through the Review tab; reading them once per contract is enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [share, model.contract]);

  const periods = sources?.periods ?? [];
  const choice = currentChoice(model, wanted, periods);
  const preview = useMemo(
    () => (sources === null ? null : share.preview(model, sources, choice)),
    // choice is rebuilt each render from wanted: its parts are the real dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [share, model, sources, wanted],
  );
  const set = (changes: Partial<ShareChoice>) => {
    setMade(null);
    setWanted({ ...choice, ...changes });
  };

  const make = async () => {
    if (sources === null) return;
    setBusy(true);
    setProblem(null);
    setMade(null);
    try {
      setMade(await share.share(model, sources, choice));
    } catch (e) {
      setProblem(`The file could not be made: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const proposals = modelProposals(model);
  const scenarios = model.scenarios ?? [];
  return (
    <section className={styles.section} aria-labelledby="share-file-title">
      <Subtitle2 as="h2" id="share-file-title">
        Share with the other side
      </Subtitle2>
      <Body1>
        A separate .xlsx with only what you tick. Every figure is an ordinary Excel formula, so it
        opens without the add-in. This workbook is not changed.
      </Body1>
      {unwritten && (
        <MessageBar intent="warning">
          <MessageBarBody>
            Edits not yet written are not in the file: it is made from what the workbook holds.
            Write them first to include them.
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={form.form}>
        <Checkbox checked disabled label="Contract terms: money terms, service levels, bands" />
        <Checkbox
          checked={choice.money}
          onChange={(_, d) => set({ money: d.checked === true })}
          label="Money view: one failure, worst and best month and year"
        />
        <Checkbox
          checked={choice.statementPeriod !== null}
          disabled={periods.length === 0}
          onChange={(_, d) =>
            set({ statementPeriod: d.checked === true ? periods[periods.length - 1] : null })
          }
          label="A month's statement"
        />
        {periods.length === 0 && sources !== null && (
          <Body1 className={styles.hint}>Import actuals in Review to share a statement.</Body1>
        )}
        {choice.statementPeriod !== null && (
          <Field label="Statement month">
            <Select
              value={choice.statementPeriod}
              onChange={(_, d) => set({ statementPeriod: d.value })}
            >
              {periods.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </Select>
          </Field>
        )}
        <fieldset className={form.group}>
          <legend className={form.legend}>Compare proposals</legend>
          {proposals.map((p) => (
            <Checkbox
              key={p.id}
              checked={choice.proposalIds.includes(p.id)}
              onChange={(_, d) =>
                set({ proposalIds: toggled(choice.proposalIds, p.id, d.checked === true) })
              }
              label={p.name}
            />
          ))}
        </fieldset>
        {choice.proposalIds.length > 0 && scenarios.length > 0 && (
          <fieldset className={form.group}>
            <legend className={form.legend}>Also price each scenario's mean month</legend>
            {scenarios.map((s) => (
              <Checkbox
                key={s.id}
                checked={choice.scenarioIds.includes(s.id)}
                onChange={(_, d) =>
                  set({ scenarioIds: toggled(choice.scenarioIds, s.id, d.checked === true) })
                }
                label={s.name}
              />
            ))}
          </fieldset>
        )}
      </div>
      {sources === null && problem === null && <Spinner size="tiny" label="Reading the actuals…" />}
      {preview !== null && !preview.ok && (
        <MessageBar intent="warning">
          <MessageBarBody>{preview.error.message}</MessageBarBody>
        </MessageBar>
      )}
      {preview?.ok && (
        <div aria-live="polite">
          <Body1 as="p">The file will contain:</Body1>
          <ul className={styles.list} aria-label="The file will contain">
            {sheetLines(
              model,
              choice,
              preview.value.map((s) => s.name),
            ).map((l) => (
              <li key={l.sheet}>
                <strong>{l.sheet}</strong>: {l.holds}
              </li>
            ))}
          </ul>
          <Body1 as="p">It will not contain:</Body1>
          <ul className={styles.list} aria-label="It will not contain">
            {leftOutLines(model, choice).map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </div>
      )}
      <div>
        {/* Focusable while busy: a disabled button would drop keyboard focus to the page. */}
        <Button
          appearance="primary"
          disabled={!preview?.ok}
          disabledFocusable={busy}
          onClick={make}
        >
          {busy ? 'Making the file…' : 'Create file for the other side'}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {made !== null && (
          <MessageBar intent="success">
            <MessageBarBody>
              {made.delivered === 'opened'
                ? `Opened as a new workbook (${sizeText(made.bytes, convention)}): save it, then send it.`
                : `Downloaded “${made.name}” (${sizeText(made.bytes, convention)}).`}
            </MessageBarBody>
          </MessageBar>
        )}
        {problem !== null && (
          <MessageBar intent="error">
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
