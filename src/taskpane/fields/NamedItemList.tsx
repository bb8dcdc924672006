import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  item: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXXS },
  // The name takes the room the icon buttons leave, and wraps rather than being cut to a few letters.
  name: {
    flexGrow: 1,
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'start',
    overflowWrap: 'anywhere',
  },
});

export interface NamedItemListProps {
  /** Accessible name of the list, e.g. "Scenarios". */
  readonly label: string;
  readonly items: readonly { readonly id: string; readonly name: string }[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  readonly onDelete: (id: string) => void;
  /** When the order matters: move an item up (-1) or down (+1). */
  readonly onMove?: (id: string, offset: -1 | 1) => void;
}

/** Named items to choose one of for editing, reorder or delete; every button names the item it acts on. */
export function NamedItemList({
  label,
  items,
  selectedId,
  onSelect,
  onDelete,
  onMove,
}: NamedItemListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((item, index) => {
        const name = item.name.trim() || '(unnamed)';
        const selected = item.id === selectedId;
        return (
          <li key={item.id} className={styles.item}>
            <Button
              className={styles.name}
              appearance={selected ? 'primary' : 'subtle'}
              aria-pressed={selected}
              onClick={() => onSelect(item.id)}
            >
              {name}
            </Button>
            {onMove && (
              <>
                <Button
                  appearance="subtle"
                  icon={<ArrowUpRegular />}
                  aria-label={`Move ${name} up`}
                  title="Move up"
                  disabled={index === 0}
                  onClick={() => onMove(item.id, -1)}
                />
                <Button
                  appearance="subtle"
                  icon={<ArrowDownRegular />}
                  aria-label={`Move ${name} down`}
                  title="Move down"
                  disabled={index === items.length - 1}
                  onClick={() => onMove(item.id, 1)}
                />
              </>
            )}
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={`Delete ${name}`}
              title="Delete"
              onClick={() => onDelete(item.id)}
            />
          </li>
        );
      })}
    </ul>
  );
}
