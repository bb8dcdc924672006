import { type Dispatch } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { type ServiceLevel } from '../../engine/terms/contract';
import { type ContractEditorAction } from '../editor/contractEditorReducer';
import { displayName } from './displayName';

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

export interface ServiceLevelListProps {
  readonly serviceLevels: readonly ServiceLevel[];
  readonly selectedId: string | null;
  readonly dispatch: Dispatch<ContractEditorAction>;
}

/** Choose a level to edit, reorder or delete it; every button names the level it acts on. */
export function ServiceLevelList({ serviceLevels, selectedId, dispatch }: ServiceLevelListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Service levels">
      {serviceLevels.map((sl, index) => {
        const name = displayName(sl);
        const selected = sl.id === selectedId;
        return (
          <li key={sl.id} className={styles.item}>
            <Button
              className={styles.name}
              appearance={selected ? 'primary' : 'subtle'}
              aria-pressed={selected}
              onClick={() => dispatch({ type: 'selectServiceLevel', id: sl.id })}
            >
              {name}
            </Button>
            <Button
              aria-label={`Move ${name} up`}
              disabled={index === 0}
              onClick={() => dispatch({ type: 'moveServiceLevel', id: sl.id, offset: -1 })}
            >
              ↑
            </Button>
            <Button
              aria-label={`Move ${name} down`}
              disabled={index === serviceLevels.length - 1}
              onClick={() => dispatch({ type: 'moveServiceLevel', id: sl.id, offset: 1 })}
            >
              ↓
            </Button>
            <Button
              aria-label={`Delete ${name}`}
              onClick={() => dispatch({ type: 'deleteServiceLevel', id: sl.id })}
            >
              Delete
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
