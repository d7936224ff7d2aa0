/**
 * The row of tabs, when the pane has more than one (loaded with the first of the others). At the
 * pane's real width (320–360 px) the tabs that do not fit go under "Thêm ▾", a menu at the end of the
 * row, so every tab is one or two clicks away and none is cut off; the open tab is always in the row.
 */
import {
  Button,
  makeStyles,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import { useLayoutEffect, useRef, useState } from "react";
import type { PaneTab } from "./tabs";

export interface TabBarProps {
  tabs: readonly PaneTab[];
  selected: string;
  label: string;
  labelOf: (tab: PaneTab) => string;
  onSelect: (id: string) => void;
  /** "Thêm" and the menu's name ("Thêm chức năng"). */
  moreLabel?: string;
  moreName?: string;
}

const useStyles = makeStyles({
  // No overflow clipping here: the menu must show below the row.
  root: { display: "flex", alignItems: "center", minWidth: 0 },
  list: { flexShrink: 1, minWidth: 0, overflow: "hidden", flexWrap: "nowrap", "& [role=tab]": { flexShrink: 0 } },
  more: { flexShrink: 0, minWidth: "auto", whiteSpace: "nowrap", color: tokens.colorNeutralForeground2 },
});

/** Room kept for the "Thêm ▾" button when some tabs go into the menu. */
const MORE_WIDTH = 72;

/**
 * Which tabs stay in the row: as many as fit (from their measured widths), the open one always among
 * them (in place of the last that fits, when it would be in the menu). All of them when none is cut.
 */
export function tabsInRow(widths: readonly number[], room: number, selected: number): number[] {
  const all = widths.map((_, i) => i);
  const total = widths.reduce((a, b) => a + b, 0);
  if (room <= 0 || total <= room) return all;
  const row: number[] = [];
  let used = 0;
  for (const i of all) {
    if (used + widths[i] > room - MORE_WIDTH) break;
    row.push(i);
    used += widths[i];
  }
  if (selected >= 0 && !row.includes(selected)) {
    while (row.length > 0 && used + widths[selected] > room - MORE_WIDTH) used -= widths[row.pop() as number];
    row.push(selected);
  }
  return row.length > 0 ? row : [selected >= 0 ? selected : 0];
}

export default function TabBar({ tabs, selected, label, labelOf, onSelect, moreLabel, moreName }: TabBarProps) {
  const styles = useStyles();
  const root = useRef<HTMLDivElement>(null);
  const labels = tabs.map(labelOf);
  const labelsKey = labels.join("\u0000");
  // The width of each tab, measured once with all of them drawn (and again when the language changes).
  const [measured, setMeasured] = useState<{ key: string; widths: number[] } | null>(null);
  const [room, setRoom] = useState(0);
  const widths = measured?.key === labelsKey ? measured.widths : null;

  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    if (!widths) {
      const drawn = [...el.querySelectorAll<HTMLElement>('[role="tab"]')].map((x) => x.offsetWidth);
      if (drawn.length === tabs.length) setMeasured({ key: labelsKey, widths: drawn });
    }
    setRoom(el.clientWidth);
  }, [widths, labelsKey, tabs.length]);

  useLayoutEffect(() => {
    const el = root.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const watcher = new ResizeObserver(() => setRoom(el.clientWidth));
    watcher.observe(el);
    return () => watcher.disconnect();
  }, []);

  const selectedAt = tabs.findIndex((x) => x.id === selected);
  const inRow = widths ? tabsInRow(widths, room, selectedAt) : tabs.map((_, i) => i);
  const inMenu = tabs.filter((_, i) => !inRow.includes(i));

  return (
    <div ref={root} className={styles.root} data-testid="tab-bar">
      <TabList
        className={styles.list}
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(String(data.value))}
        aria-label={label}
        size="small"
      >
        {inRow.map((i) => (
          <Tab key={tabs[i].id} value={tabs[i].id}>
            {labels[i]}
          </Tab>
        ))}
      </TabList>
      {inMenu.length > 0 && (
        <Menu
          checkedValues={{ tab: [selected] }}
          onCheckedValueChange={(_, data) => data.checkedItems[0] && onSelect(data.checkedItems[0])}
        >
          <MenuTrigger disableButtonEnhancement>
            <Button
              className={styles.more}
              size="small"
              appearance="subtle"
              aria-label={moreName && moreLabel ? `${moreLabel} – ${moreName}` : undefined}
              data-testid="more-tabs"
            >
              {moreLabel ?? "…"} ▾
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {inMenu.map((x) => (
                <MenuItemRadio key={x.id} name="tab" value={x.id} data-testid={`more-tab-${x.id}`}>
                  {labelOf(x)}
                </MenuItemRadio>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
      )}
    </div>
  );
}
