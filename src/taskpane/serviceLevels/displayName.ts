import { type ServiceLevel } from '../../engine/terms/contract';

/** A level whose name was cleared still needs something to click and to announce. */
export function displayName(sl: ServiceLevel): string {
  return sl.name.trim() === '' ? '(unnamed service level)' : sl.name;
}
