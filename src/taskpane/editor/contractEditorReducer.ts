import { type BandMethod, type BandRow } from '../../engine/rules/bands';
import {
  type BandBasis,
  type Contract,
  type OutcomeBands,
  type ServiceLevel,
} from '../../engine/terms/contract';
import { addBandRow, removeBandRow, sortBandRows, updateBandRow } from './bandRowEdits';
import { withDerivedBands } from './derivedBands';
import { insertedAt } from './listEdits';
import { newServiceLevel, uniqueServiceLevelName } from './newContract';

/** The contract being edited and the service level the user is working on. */
export interface ContractEditorState {
  readonly contract: Contract;
  readonly selectedId: string | null;
  /**
   * Levels added in this session whose bands still follow their unit, direction and expected
   * level: only new levels, never one already agreed or a proposal's copy.
   */
  readonly derivedIds?: readonly string[];
}

export type ContractTerms = Omit<Contract, 'serviceLevels'>;

export type ServiceLevelChanges = Partial<
  Pick<ServiceLevel, 'unit' | 'direction' | 'expected' | 'minimum' | 'allocation' | 'critical'>
>;

export type ContractEditorAction =
  | { readonly type: 'replaceContract'; readonly contract: Contract }
  | { readonly type: 'updateTerms'; readonly changes: Partial<ContractTerms> }
  /** The id comes with the action so the reducer stays pure. */
  | { readonly type: 'addServiceLevel'; readonly id: string }
  | { readonly type: 'renameServiceLevel'; readonly id: string; readonly name: string }
  | { readonly type: 'moveServiceLevel'; readonly id: string; readonly offset: -1 | 1 }
  | { readonly type: 'deleteServiceLevel'; readonly id: string }
  | { readonly type: 'selectServiceLevel'; readonly id: string }
  | {
      readonly type: 'updateServiceLevel';
      readonly id: string;
      readonly changes: ServiceLevelChanges;
    }
  | { readonly type: 'addBand'; readonly id: string }
  | { readonly type: 'removeBand'; readonly id: string; readonly index: number }
  | {
      readonly type: 'updateBand';
      readonly id: string;
      readonly index: number;
      readonly changes: Partial<BandRow>;
    }
  | { readonly type: 'sortBands'; readonly id: string }
  /** Undo of a delete: the level or row back where it was. */
  | {
      readonly type: 'restoreServiceLevel';
      readonly serviceLevel: ServiceLevel;
      readonly index: number;
    }
  | {
      readonly type: 'restoreBand';
      readonly id: string;
      readonly index: number;
      readonly row: BandRow;
    }
  | { readonly type: 'setBandMethod'; readonly id: string; readonly method: BandMethod }
  | { readonly type: 'setBandBasis'; readonly id: string; readonly basis: BandBasis };

export function initialEditorState(contract: Contract): ContractEditorState {
  return { contract, selectedId: contract.serviceLevels[0]?.id ?? null };
}

export function contractEditorReducer(
  state: ContractEditorState,
  action: ContractEditorAction,
): ContractEditorState {
  const { contract } = state;
  switch (action.type) {
    case 'replaceContract':
      // Keep the user on the level they were editing when it survives the replacement.
      return action.contract.serviceLevels.some((sl) => sl.id === state.selectedId)
        ? { contract: action.contract, selectedId: state.selectedId }
        : initialEditorState(action.contract);
    case 'updateTerms':
      return { ...state, contract: { ...contract, ...action.changes } };
    case 'addServiceLevel': {
      const added = newServiceLevel(action.id, uniqueServiceLevelName(contract.serviceLevels));
      return {
        contract: { ...contract, serviceLevels: [...contract.serviceLevels, added] },
        selectedId: action.id,
        derivedIds: [...(state.derivedIds ?? []), action.id],
      };
    }
    case 'renameServiceLevel':
      return editServiceLevel(state, action.id, (sl) => ({ ...sl, name: action.name }));
    case 'moveServiceLevel': {
      const serviceLevels = moved(contract.serviceLevels, action.id, action.offset);
      return serviceLevels === contract.serviceLevels
        ? state
        : { ...state, contract: { ...contract, serviceLevels } };
    }
    case 'deleteServiceLevel':
      return deleted(state, action.id);
    case 'selectServiceLevel':
      return contract.serviceLevels.some((sl) => sl.id === action.id)
        ? { ...state, selectedId: action.id }
        : state;
    case 'updateServiceLevel':
      return editServiceLevel(state, action.id, (sl) =>
        state.derivedIds?.includes(sl.id)
          ? withDerivedBands(sl, { ...sl, ...action.changes })
          : { ...sl, ...action.changes },
      );
    case 'addBand':
      return editBands(state, action.id, (b) => ({ ...b, rows: addBandRow(b.rows) }));
    case 'removeBand':
      return editBands(state, action.id, (b) => ({
        ...b,
        rows: removeBandRow(b.rows, action.index),
      }));
    case 'updateBand':
      return editBands(state, action.id, (b) => ({
        ...b,
        rows: updateBandRow(b.rows, action.index, action.changes),
      }));
    case 'restoreServiceLevel': {
      const { serviceLevel, index } = action;
      if (contract.serviceLevels.some((sl) => sl.id === serviceLevel.id)) return state;
      const serviceLevels = insertedAt(contract.serviceLevels, index, serviceLevel);
      return { contract: { ...contract, serviceLevels }, selectedId: serviceLevel.id };
    }
    case 'restoreBand':
      return editBands(state, action.id, (b) => ({
        ...b,
        rows: insertedAt(b.rows, action.index, action.row),
      }));
    case 'sortBands':
      return editBands(state, action.id, (b) => ({ ...b, rows: sortBandRows(b.rows) }));
    case 'setBandMethod':
      return editBands(state, action.id, (b) => ({ ...b, method: action.method }));
    case 'setBandBasis':
      return editBands(state, action.id, (b) => ({ ...b, basis: action.basis }));
  }
}

function editServiceLevel(
  state: ContractEditorState,
  id: string,
  edit: (sl: ServiceLevel) => ServiceLevel,
): ContractEditorState {
  const serviceLevels = state.contract.serviceLevels.map((sl) => (sl.id === id ? edit(sl) : sl));
  return { ...state, contract: { ...state.contract, serviceLevels } };
}

/** Any edit of a level's bands makes them the user's: they stop following the level's terms. */
function editBands(
  state: ContractEditorState,
  id: string,
  edit: (bands: OutcomeBands) => OutcomeBands,
): ContractEditorState {
  const edited = editServiceLevel(state, id, (sl) => ({ ...sl, bands: edit(sl.bands) }));
  return state.derivedIds?.includes(id)
    ? { ...edited, derivedIds: state.derivedIds.filter((d) => d !== id) }
    : edited;
}

function moved(list: readonly ServiceLevel[], id: string, offset: -1 | 1): readonly ServiceLevel[] {
  const from = list.findIndex((sl) => sl.id === id);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= list.length) return list;
  const next = [...list];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

/** After a delete the selection moves to the neighbour below, else above, so keyboard users stay in the list. */
function deleted(state: ContractEditorState, id: string): ContractEditorState {
  const list = state.contract.serviceLevels;
  const index = list.findIndex((sl) => sl.id === id);
  if (index < 0) return state;
  const serviceLevels = list.filter((sl) => sl.id !== id);
  const selectedId =
    state.selectedId === id
      ? (serviceLevels[Math.min(index, serviceLevels.length - 1)]?.id ?? null)
      : state.selectedId;
  return { ...state, contract: { ...state.contract, serviceLevels }, selectedId };
}
