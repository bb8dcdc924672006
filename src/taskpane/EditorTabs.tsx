import { useEffect, useId, useRef, useState } from 'react';
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { BandsTab } from './bands/BandsTab';
import { ContractTab } from './contract/ContractTab';
import { ContractEditor } from './editor/useContractEditor';
import { IssueLookup } from './editor/issueLookup';
import { MoneyView } from './money/MoneyView';
import { ServiceLevelsTab } from './serviceLevels/ServiceLevelsTab';

const TABS = [
  { value: 'contract', label: 'Contract' },
  { value: 'serviceLevels', label: 'Service levels' },
  { value: 'bands', label: 'Bands' },
  { value: 'money', label: 'Money' },
] as const;

type TabValue = (typeof TABS)[number]['value'];

const useStyles = makeStyles({
  panel: { paddingTop: tokens.spacingVerticalM },
});

export interface EditorTabsProps {
  readonly editor: ContractEditor;
  readonly issues: IssueLookup;
  /** Take keyboard focus on mount, when the editor replaces content the user was just using. */
  readonly takeFocus?: boolean;
}

/** One section at a time: the pane is narrow, and the tabs keep keyboard travel short. */
export function EditorTabs({ editor, issues, takeFocus = false }: EditorTabsProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabValue>('contract');
  const selectedTab = useRef<HTMLButtonElement>(null);
  const idPrefix = useId();
  useEffect(() => {
    if (takeFocus) selectedTab.current?.focus();
    // Only on mount: later renders must not pull focus away from the user's input.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const { contract, selectedId, dispatch } = editor;
  return (
    <>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabValue)} aria-label="Sections">
        {TABS.map((t) => (
          <Tab key={t.value} value={t.value} id={`${idPrefix}-${t.value}`} ref={t.value === tab ? selectedTab : undefined}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-labelledby={`${idPrefix}-${tab}`} className={styles.panel}>
        {tab === 'contract' && <ContractTab contract={contract} issues={issues} onChange={(changes) => dispatch({ type: 'updateTerms', changes })} />}
        {tab === 'serviceLevels' && (
          <ServiceLevelsTab contract={contract} selectedId={selectedId} issues={issues} dispatch={dispatch} onAdd={editor.addServiceLevel} />
        )}
        {tab === 'bands' && <BandsTab contract={contract} selectedId={selectedId} issues={issues} dispatch={dispatch} />}
        {tab === 'money' && <MoneyView contract={contract} issues={issues} />}
      </div>
    </>
  );
}
