import { Field, Input } from '@fluentui/react-components';

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly issue?: string | undefined;
}

/** Free text (names) goes to the model as typed; an empty or duplicate name is the engine's to report. */
export function TextField({ label, value, onChange, issue }: TextFieldProps) {
  return (
    <Field label={label} validationMessage={issue} validationState={issue ? 'error' : 'none'}>
      <Input value={value} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}
