import { Button, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  item: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  name: { flexGrow: 1, justifyContent: 'flex-start', minWidth: 0 },
});

export interface NamedItemListProps {
  /** Accessible name of the list, e.g. "Scenarios". */
  readonly label: string;
  readonly items: readonly { readonly id: string; readonly name: string }[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  readonly onDelete: (id: string) => void;
}

/** Named items to choose one of for editing, or to delete; every button names the item it acts on. */
export function NamedItemList({
  label,
  items,
  selectedId,
  onSelect,
  onDelete,
}: NamedItemListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((item) => {
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
            <Button aria-label={`Delete ${name}`} onClick={() => onDelete(item.id)}>
              Delete
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
