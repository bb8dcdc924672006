import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';

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

function MoreSections<T extends string>({
  sections,
  onSelect,
}: Pick<SectionTabsProps<T>, 'sections' | 'onSelect'>) {
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          appearance="transparent"
          icon={<MoreHorizontalRegular />}
          aria-label="More sections"
          title="More sections"
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {sections.map((s) => (
            <HiddenSectionItem key={s.value} section={s} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function HiddenSectionItem<T extends string>({
  section,
  onSelect,
}: {
  readonly section: Section<T>;
  readonly onSelect: (value: T) => void;
}) {
  const visible = useIsOverflowItemVisible(section.value);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(section.value)}>{section.label}</MenuItem>;
}
