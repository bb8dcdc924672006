import { type ComponentType } from 'react';
import { onDemand } from './onDemand';
import { SectionLoading } from './SectionLoading';

/*
 * The sections whose code the pane downloads after it has shown the contract: the negotiation
 * (scenarios, proposals, the comparison and its analyses), the service review and sharing. Much of
 * the pane's code is theirs, and none of it is needed to open a workbook and edit its contract.
 */

function section<P extends object>(load: () => Promise<ComponentType<P>>) {
  const { Component: Loaded, preload, retry } = onDemand(load);
  function Component(props: P) {
    return (
      <SectionLoading onRetry={retry}>
        <Loaded {...props} />
      </SectionLoading>
    );
  }
  return { Component, preload };
}

const scenarios = section(() =>
  import(/* webpackChunkName: "scenarios" */ './scenarios/ScenariosTab').then(
    (m) => m.ScenariosTab,
  ),
);
const proposals = section(() =>
  import(/* webpackChunkName: "proposals" */ './proposals/ProposalsTab').then(
    (m) => m.ProposalsTab,
  ),
);
const compare = section(() =>
  import(/* webpackChunkName: "compare" */ './compare/CompareTab').then((m) => m.CompareTab),
);
const review = section(() =>
  import(/* webpackChunkName: "review" */ './review/ReviewTab').then((m) => m.ReviewTab),
);
const share = section(() =>
  import(/* webpackChunkName: "share" */ './share/ShareTab').then((m) => m.ShareTab),
);

export const ScenariosTab = scenarios.Component;
export const ProposalsTab = proposals.Component;
export const CompareTab = compare.Component;
export const ReviewTab = review.Component;
export const ShareTab = share.Component;

/** Downloads every on-demand section, one after another, so that opening one later is instant. */
export async function preloadSections(): Promise<void> {
  for (const s of [scenarios, proposals, compare, review, share]) await s.preload();
}
