import { Component, type ReactNode } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

interface Props {
  /** Moves whenever the workbook changes: a view that failed is tried again on the next change. */
  readonly version: number;
  readonly children: ReactNode;
}

interface State {
  readonly failure: string | null;
  readonly version: number;
}

/**
 * Keeps a failure in drawing the workbook (whatever a saved workbook holds) from taking the page
 * down with it: the pane and Reset workbook stay usable, and the failure is named.
 */
export class WorkbookViewBoundary extends Component<Props, State> {
  override state: State = { failure: null, version: this.props.version };

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.version === state.version) return null;
    return { version: props.version, failure: null };
  }

  static getDerivedStateFromError(e: unknown): Partial<State> {
    return { failure: e instanceof Error ? e.message : String(e) };
  }

  override render() {
    if (this.state.failure === null) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>The workbook cannot be shown</MessageBarTitle>
          {this.state.failure.slice(0, 300)}. Reset workbook starts over with an empty one.
        </MessageBarBody>
      </MessageBar>
    );
  }
}
