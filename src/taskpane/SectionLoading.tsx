import { type ReactNode, Suspense } from 'react';
import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { RetryBoundary } from './RetryBoundary';

const useStyles = makeStyles({
  failure: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalS,
  },
});

export interface SectionLoadingProps {
  readonly children: ReactNode;
  /** Called before the section is shown again after a failure, to download its code anew. */
  readonly onRetry: () => void;
}

/**
 * Where a section whose code downloads on demand is shown: a spinner screen readers announce
 * while it downloads, and a way to try again when the download or the section fails.
 */
export function SectionLoading({ children, onRetry }: SectionLoadingProps) {
  return (
    <RetryBoundary
      onRetry={onRetry}
      failed={(error, retry) => <SectionFailure error={error} onRetry={retry} />}
    >
      <Suspense fallback={<Spinner label="Loading the section…" />}>{children}</Suspense>
    </RetryBoundary>
  );
}

function SectionFailure({
  error,
  onRetry,
}: {
  readonly error: unknown;
  readonly onRetry: () => void;
}) {
  const styles = useStyles();
  return (
    <div role="alert" className={styles.failure}>
      <Text>
        This section could not be shown ({error instanceof Error ? error.message : String(error)}).
        Check the connection and try again; the contract and your changes are kept.
      </Text>
      <Button onClick={onRetry}>Try again</Button>
    </div>
  );
}
