import {
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import { MoreSectionsButton } from './MoreSectionsButton';
import { type Section } from './SectionTabs';

export interface SectionMenuProps<T extends string> {
  readonly sections: readonly Section<T>[];
  readonly onSelect: (value: T) => void;
}

/**
 * The menu of the sections a narrow pane has no room for as tabs. Its code (Fluent's menu and
 * popover positioning) downloads on demand: a pane wide enough for every tab never needs it.
 */
export function SectionMenu<T extends string>({ sections, onSelect }: SectionMenuProps<T>) {
  // Registered here, on the button that is really shown, so the tabs leave room for it.
  const { ref } = useOverflowMenu<HTMLButtonElement>();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MoreSectionsButton ref={ref} />
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
