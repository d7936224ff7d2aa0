/** The row of tabs, when the pane has more than one (loaded with the first of the others). */
import { Tab, TabList } from "@fluentui/react-components";
import type { PaneTab } from "./tabs";

export interface TabBarProps {
  tabs: readonly PaneTab[];
  selected: string;
  label: string;
  labelOf: (tab: PaneTab) => string;
  onSelect: (id: string) => void;
}

export default function TabBar({ tabs, selected, label, labelOf, onSelect }: TabBarProps) {
  return (
    <TabList
      selectedValue={selected}
      onTabSelect={(_, data) => onSelect(String(data.value))}
      aria-label={label}
      size="small"
    >
      {tabs.map((x) => (
        <Tab key={x.id} value={x.id}>
          {labelOf(x)}
        </Tab>
      ))}
    </TabList>
  );
}
