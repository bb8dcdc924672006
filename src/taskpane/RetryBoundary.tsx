import { Component, Fragment, type ReactNode } from 'react';

export interface RetryBoundaryProps {
  readonly children: ReactNode;
  /** What shows instead of `children` once they failed; `retry` shows them again. */
  readonly failed: (error: unknown, retry: () => void) => ReactNode;
  /** Called before `children` are shown again, so that they download their code anew. */
  readonly onRetry: () => void;
}

interface RetryState {
  readonly error: unknown;
  /** Each retry mounts the children anew. */
  readonly attempt: number;
}

/** Where a part of the pane whose code downloads on demand fails: said, and tried again when asked. */
export class RetryBoundary extends Component<RetryBoundaryProps, RetryState> {
  override state: RetryState = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error, attempt } = this.state;
    if (error === null) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return this.props.failed(error, () => {
      this.props.onRetry();
      this.setState({ error: null, attempt: attempt + 1 });
    });
  }
}
