import { useState } from 'react';
import { Field, Input, type InputProps } from '@fluentui/react-components';
import { type TextFormat } from './fieldText';

export interface ParsedFieldProps<T> {
  readonly label: string;
  readonly value: T;
  readonly format: TextFormat<T>;
  readonly onCommit: (value: T) => void;
  /** A problem the engine found with the committed value. */
  readonly issue?: string | undefined;
  readonly hint?: string;
  readonly contentAfter?: string;
  readonly inputMode?: InputProps['inputMode'];
  /** For inputs whose visible label is a column header. */
  readonly hideLabel?: boolean;
  /** When two values are the same (default Object.is; lists compare element by element). */
  readonly equals?: (a: T, b: T) => boolean;
}

/**
 * A text box bound to a model value: keeps what the user typed, commits it when it parses, and
 * otherwise says why while the model keeps its last valid value.
 */
export function ParsedField<T>(props: ParsedFieldProps<T>) {
  const { value, format } = props;
  const same = props.equals ?? Object.is;
  const [text, setText] = useState(() => format.format(value));
  const [shown, setShown] = useState(value);
  const parsed = format.parse(text);
  // The model changed from elsewhere (reload, row removed): show it unless the text already says it.
  if (!same(value, shown)) {
    setShown(value);
    if (!(parsed.ok && same(parsed.value, value))) setText(format.format(value));
  }
  const message = parsed.ok ? props.issue : parsed.error.message;
  return (
    <Field
      label={props.hideLabel ? undefined : props.label}
      hint={props.hint}
      validationMessage={message}
      validationState={message ? 'error' : 'none'}
    >
      <Input
        aria-label={props.hideLabel ? props.label : undefined}
        value={text}
        inputMode={props.inputMode ?? 'decimal'}
        contentAfter={props.contentAfter}
        onChange={(_, data) => {
          setText(data.value);
          const next = format.parse(data.value);
          if (next.ok && !same(next.value, value)) props.onCommit(next.value);
        }}
      />
    </Field>
  );
}
