import { useState } from 'react';
import { Field, Input, type InputProps } from '@fluentui/react-components';
import { type TextFormat } from './fieldText';
import { useNumberConvention } from './numberConvention';

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
 * otherwise says why while the model keeps the value it had before this edit began.
 */
export function ParsedField<T>(props: ParsedFieldProps<T>) {
  const { value, format } = props;
  const convention = useNumberConvention();
  const same = props.equals ?? Object.is;
  const [text, setText] = useState(() => format.format(value, convention));
  const [shown, setShown] = useState(value);
  // The model's value when this edit began: text that stops parsing part-way ("99" then "99.8" in
  // German) must not leave the model at the last number that happened to parse.
  const [before, setBefore] = useState<{ readonly value: T } | null>(null);
  const parsed = format.parse(text, convention);
  // The model changed from elsewhere (reload, row removed): show it unless the text already says it.
  if (!same(value, shown)) {
    setShown(value);
    if (!(parsed.ok && same(parsed.value, value))) setText(format.format(value, convention));
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
        onFocus={() => setBefore({ value })}
        onBlur={() => setBefore(null)}
        onChange={(_, data) => {
          setText(data.value);
          const next = format.parse(data.value, convention);
          if (next.ok) {
            if (!same(next.value, value)) props.onCommit(next.value);
          } else if (before && !same(value, before.value)) {
            // Back to where the edit began; the box keeps the text and says why it is not a number.
            setShown(before.value);
            props.onCommit(before.value);
          }
        }}
      />
    </Field>
  );
}
