import { Suspense } from 'react';
import {
  makeStyles,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useOverflowCount,
} from '@fluentui/react-components';
import { MoreSectionsButton } from './MoreSectionsButton';
import { onDemand } from './onDemand';
import { RetryBoundary } from './RetryBoundary';
import { type SectionMenuProps } from './SectionMenu';

export interface Section<T extends string> {
  readonly value: T;
  readonly label: string;
}

const useStyles = makeStyles({
  // One row: the tabs that fit, then "More" for the rest. The open tab always stays in view.
  tabs: { flexWrap: 'nowrap', minWidth: 0, overflow: 'hidden' },
});

export interface SectionTabsProps<T extends string> {
  readonly sections: readonly Section<T>[];
  readonly selected: T;
  readonly onSelect: (value: T) => void;
  /** The id of a section's tab, which its panel names as its label. */
  readonly tabId: (value: T) => string;
  readonly selectedTabRef: React.Ref<HTMLButtonElement>;
}

/** The pane's sections as tabs on one row; those a narrow pane has no room for are in a menu. */
export function SectionTabs<T extends string>({
  sections,
  selected,
  onSelect,
  tabId,
  selectedTabRef,
}: SectionTabsProps<T>) {
  const styles = useStyles();
  return (
    <Overflow minimumVisible={1}>
      <TabList
        className={styles.tabs}
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(data.value as T)}
        aria-label="Sections"
      >
        {sections.map((s) => (
          <OverflowItem key={s.value} id={s.value} priority={s.value === selected ? 2 : 1}>
            <Tab
              value={s.value}
              id={tabId(s.value)}
              ref={s.value === selected ? selectedTabRef : undefined}
            >
              {s.label}
            </Tab>
          </OverflowItem>
        ))}
        <MoreSections sections={sections} onSelect={onSelect} />
      </TabList>
    </Overflow>
  );
}

const sectionMenu = onDemand<SectionMenuProps<string>>(() =>
  import(/* webpackChunkName: "sectionMenu" */ './SectionMenu').then((m) => m.SectionMenu),
);

/** "More sections": shown once some tabs do not fit; its menu's code downloads when first needed. */
function MoreSections<T extends string>({ sections, onSelect }: SectionMenuProps<T>) {
  const overflowing = useOverflowCount() > 0;
  if (!overflowing) return null;
  return (
    // A failed download leaves the button, which downloads the menu again when pressed.
    <RetryBoundary
      onRetry={sectionMenu.retry}
      failed={(_, retry) => <MoreSectionsButton onClick={retry} />}
    >
      {/* Disabled until the menu's code has arrived, so a press is never lost. */}
      <Suspense fallback={<MoreSectionsButton disabled />}>
        <sectionMenu.Component sections={sections} onSelect={(value) => onSelect(value as T)} />
      </Suspense>
    </RetryBoundary>
  );
}
