import { Field, Select } from '@fluentui/react-components';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

export interface ChoiceFieldProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly choices: readonly Choice<T>[];
  readonly onChange: (value: T) => void;
}

/** A labelled native select: keyboard and screen-reader behaviour come from the platform. */
export function ChoiceField<T extends string>({
  label,
  value,
  choices,
  onChange,
}: ChoiceFieldProps<T>) {
  return (
    <Field label={label}>
      <Select
        value={value}
        onChange={(_, data) => {
          const chosen = choices.find((c) => c.value === data.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
