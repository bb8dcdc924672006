import { Caption1, Switch } from '@fluentui/react-components';
import { fail, ok } from '../../engine/rules/result';
import { groupedNumberText, writeNumberText } from '../../engine/rules/numberText';
import {
  FLOOR_SHARE_OF_MONTHLY_CHARGES,
  MAX_TARGET,
  MIN_TARGET,
} from '../../engine/simulation/precisionTarget';
import { percentText, type TextFormat } from '../fields/fieldText';
import { useNumberConvention } from '../fields/numberConvention';
import { ParsedField } from '../fields/ParsedField';
import { type RunSettings } from './runSettings';

/** The target as a percentage, within what a run can reach (the quantile sketch knows to 0.05 %). */
const targetText: TextFormat<number> = {
  format: percentText.format,
  parse(text, convention) {
    const read = percentText.parse(text, convention);
    if (!read.ok) return read;
    return read.value >= MIN_TARGET && read.value <= MAX_TARGET
      ? ok(read.value)
      : fail(
          'num',
          `Enter a precision from ${writeNumberText(MIN_TARGET * 100, convention)} to ${writeNumberText(MAX_TARGET * 100, convention)} % (the run cannot know a figure closer than ${writeNumberText(0.05, convention)} %)`,
        );
  },
};

export interface PrecisionSettingsProps {
  readonly settings: RunSettings;
  readonly onChange: (changes: Partial<RunSettings>) => void;
}

/** Run until precise: on or off, and the ± to reach; the trials setting is then the cap. */
export function PrecisionSettings({ settings, onChange }: PrecisionSettingsProps) {
  const convention = useNumberConvention();
  const target = `±${groupedNumberText(100 * settings.precisionTarget, convention, 2)} %`;
  const tenth = groupedNumberText(100 * FLOOR_SHARE_OF_MONTHLY_CHARGES, convention);
  return (
    <>
      <Switch
        label="Run until precise"
        checked={settings.precise}
        onChange={(_, data) => onChange({ precise: data.checked })}
      />
      {settings.precise && (
        <>
          <ParsedField
            label="Precision (95 %)"
            value={settings.precisionTarget}
            format={targetText}
            contentAfter="± %"
            hint="Of every proposal’s expected net and P5 net"
            onCommit={(precisionTarget) => onChange({ precisionTarget })}
          />
          <Caption1>
            {`The run stops when every proposal’s expected net and P5 net under every scenario is known to ${target} at 95 %, or at the number of trials above. A figure nearer zero than ${tenth} % of the proposal’s monthly charges is held to ${target} of that amount instead.`}
          </Caption1>
        </>
      )}
    </>
  );
}
