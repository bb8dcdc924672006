import { type ContractIssue } from '../../engine/terms/contractValidation';
import { type GridConflict, type SessionPhase } from './sessionState';

export interface WriteConditions {
  readonly phase: SessionPhase;
  readonly busy: boolean;
  readonly conflict: GridConflict | null;
  readonly issues: readonly ContractIssue[];
}

/** Why "Write to workbook" is unavailable, or null when it may run; shown next to the button. */
export function writeBlocker({ phase, busy, conflict, issues }: WriteConditions): string | null {
  if (phase === 'loading') return 'Reading the workbook…';
  if (phase === 'unavailable')
    return 'The workbook could not be read. Try reading it again before writing.';
  if (phase === 'invalid')
    return 'The stored model could not be read. Choose "Restore from workbook tables" or "Start fresh" before writing over it.';
  if (busy) return 'Working with the workbook…';
  if (conflict) return 'Choose whose bands to keep first.';
  if (issues.length === 0) return null;
  const problems = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return `Fix ${problems} before writing: see ${tabsOf(issues).join(', ')}.`;
}

function tabsOf(issues: readonly ContractIssue[]): string[] {
  const tabs = new Set<string>();
  for (const issue of issues) {
    if (issue.field === 'bands') tabs.add('Bands');
    else if (issue.serviceLevelId !== null || issue.message.startsWith('Allocations total'))
      tabs.add('Service levels');
    else tabs.add('Contract');
  }
  return ['Contract', 'Service levels', 'Bands'].filter((t) => tabs.has(t));
}
