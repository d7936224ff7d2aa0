/**
 * The preview's stand-in for Excel's grid: the in-memory book's active sheet with its fills, notes
 * and selection, and cells that can be edited (so live checking can be seen). It reads the memory
 * host only; the pane beside it changes the book through the real adapter code.
 */
import { makeStyles, mergeClasses, Tab, TabList, tokens } from "@fluentui/react-components";
import { useEffect, useReducer, useRef, useState, type KeyboardEvent } from "react";
import type { CellValue } from "../../domain/model";
import { columnLetter } from "../../sheets/parse";
import { usePane } from "../usePane";
import { dateColumns, serialAsDate } from "./dateColumns";

/** What the grid needs of the memory host (0-based rows and columns). */
export interface GridHost {
  sheetNames(): string[];
  values(sheet: string): CellValue[][];
  cellFormat(sheet: string, row: number, col: number): { fill: string | null; note: string | null };
  selection(): { sheet: string; address: string } | null;
  activeSheet(): string | null;
  setActiveSheet(sheet: string): void;
  editCell(sheet: string, row: number, col: number, value: CellValue): void;
  subscribe(listener: () => void): () => void;
}

export const MAX_GRID_ROWS = 200;
const MIN_COLUMNS = 8;
const MIN_ROWS = 20;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    height: "100%",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
  },
  nameBox: {
    minWidth: "120px",
    padding: "2px 6px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  hint: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  scroller: { flexGrow: 1, overflow: "auto", position: "relative" },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: "12px",
    fontFamily: "Calibri, 'Segoe UI', Arial, sans-serif",
    tableLayout: "fixed",
  },
  corner: { position: "sticky", top: 0, left: 0, zIndex: 3 },
  colHead: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    height: "20px",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    width: "40px",
    minWidth: "40px",
    textAlign: "center",
    color: tokens.colorNeutralForeground2,
  },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
  },
  headActive: { backgroundColor: tokens.colorNeutralBackground3Selected, color: tokens.colorBrandForeground1 },
  cell: {
    position: "relative",
    height: "20px",
    minWidth: "56px",
    maxWidth: "220px",
    padding: "0 4px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    color: "#000000",
    backgroundColor: "#ffffff",
    cursor: "cell",
    // A cell scrolled to is never under the sticky column letters, frozen row 1 or row numbers.
    scrollMarginTop: "44px",
    scrollMarginLeft: "44px",
  },
  /** Row 1 (the sheet's header row, as set-up writes it) stays in view, as a frozen row does in Excel. */
  frozen: { position: "sticky", top: "21px", zIndex: 1, borderBottom: `2px solid ${tokens.colorNeutralStroke1}` },
  frozenHead: { position: "sticky", top: "21px", zIndex: 2 },
  number: { textAlign: "right" },
  selected: { outline: `2px solid #107c41`, outlineOffset: "-2px" },
  noteMark: {
    position: "absolute",
    top: 0,
    right: 0,
    width: 0,
    height: 0,
    borderTop: "6px solid #c50f1f",
    borderLeft: "6px solid transparent",
  },
  input: { width: "100%", boxSizing: "border-box", font: "inherit", border: "none", outline: "none", padding: 0 },
  more: { padding: tokens.spacingVerticalS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  tabs: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, overflowX: "auto", flexShrink: 0 },
  // The sheet tabs keep their width and scroll sideways, as Excel's do, rather than squeeze.
  tabList: { width: "max-content", flexWrap: "nowrap" },
});

function display(v: CellValue | undefined, asDate = false): string {
  if (v === null || v === undefined) return "";
  if (asDate && typeof v === "number") return serialAsDate(v) ?? String(v);
  if (v instanceof Date) {
    const d = v;
    return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
  }
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** What the clerk typed, as Excel would store it: numbers as numbers, the rest as text. */
export function parseTyped(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  // Leading zeros (phone numbers, codes) stay text.
  if (/^-?(0|[1-9]\d*)(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return text;
}

/** "E12" from "E12", "'Đơn vị'!E12", "Đơn vị!E12:F13" (first cell). */
export function plainAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang === -1 ? address : address.slice(bang + 1)).split(":")[0].replace(/\$/g, "").toUpperCase();
}

export interface GridProps {
  host: GridHost;
  /** Bumped by the pane after every workbook call, in case a change raised no event. */
  version?: number;
}

export function Grid({ host, version = 0 }: GridProps) {
  const styles = useStyles();
  const { t, enqueue, services } = usePane();
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [editing, setEditingState] = useState<{ row: number; col: number; text: string } | null>(null);
  // The input's blur (when it unmounts after Enter or Escape) must not store the edit a second time.
  const editingRef = useRef(editing);
  const setEditing = (next: typeof editing) => {
    editingRef.current = next;
    setEditingState(next);
  };
  const selectedRef = useRef<HTMLTableCellElement | null>(null);

  useEffect(() => host.subscribe(redraw), [host]);

  const names = host.sheetNames();
  const sheet = host.activeSheet() ?? names[0] ?? null;
  const selection = host.selection();
  const selectedAddress = selection && selection.sheet === sheet ? plainAddress(selection.address) : null;

  useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [selectedAddress, sheet, version]);

  if (!sheet) return <div className={styles.root} />;
  const values = host.values(sheet);
  const dates = dateColumns(sheet, values);
  const rowCount = Math.max(MIN_ROWS, Math.min(values.length + 5, MAX_GRID_ROWS));
  const colCount = Math.max(MIN_COLUMNS, ...values.slice(0, MAX_GRID_ROWS).map((r) => r.length + 1));

  const commit = () => {
    const current = editingRef.current;
    if (!current) return;
    setEditing(null);
    host.editCell(sheet, current.row, current.col, parseTyped(current.text));
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") commit();
    if (e.key === "Escape") setEditing(null);
  };

  const selectedCol = selectedAddress ? /^[A-Z]+/.exec(selectedAddress)?.[0] : null;
  const selectedRow = selectedAddress ? Number(/\d+$/.exec(selectedAddress)?.[0]) : null;

  return (
    <section className={styles.root} aria-label={t("grid.label")} data-testid="grid" data-version={version}>
      <div className={styles.bar}>
        <span
          className={styles.nameBox}
          aria-label={t("grid.nameBox")}
          data-testid="grid-selection"
          data-sheet={selection?.sheet ?? ""}
        >
          {selectedAddress ?? ""}
        </span>
        <span className={styles.hint}>{t("grid.editHint")}</span>
      </div>
      <div className={styles.scroller}>
        <table className={styles.table} data-testid="grid-table" data-sheet={sheet}>
          <thead>
            <tr>
              <th className={mergeClasses(styles.head, styles.corner)} />
              {Array.from({ length: colCount }, (_, c) => (
                <th
                  key={c}
                  scope="col"
                  className={mergeClasses(
                    styles.head,
                    styles.colHead,
                    selectedCol === columnLetter(c) && styles.headActive,
                  )}
                >
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rowCount }, (_, r) => (
              <tr key={r}>
                <th
                  scope="row"
                  className={mergeClasses(
                    styles.head,
                    styles.rowHead,
                    r === 0 && styles.frozenHead,
                    selectedRow === r + 1 && styles.headActive,
                  )}
                >
                  {r + 1}
                </th>
                {Array.from({ length: colCount }, (_, c) => {
                  const address = `${columnLetter(c)}${r + 1}`;
                  const value = values[r]?.[c];
                  const shown = display(value, dates.has(c));
                  const format = host.cellFormat(sheet, r, c);
                  const isSelected = address === selectedAddress;
                  const isEditing = editing && editing.row === r && editing.col === c;
                  return (
                    <td
                      key={c}
                      ref={isSelected ? selectedRef : undefined}
                      className={mergeClasses(
                        styles.cell,
                        typeof value === "number" && !dates.has(c) && styles.number,
                        r === 0 && styles.frozen,
                        isSelected && styles.selected,
                      )}
                      style={format.fill ? { backgroundColor: format.fill } : undefined}
                      title={format.note ?? shown}
                      data-cell={address}
                      data-fill={format.fill ?? ""}
                      data-note={format.note ? "1" : undefined}
                      aria-selected={isSelected || undefined}
                      onClick={() => {
                        // One click selects, as in Excel (through the pane's queue, like any workbook call).
                        if (!isSelected) void enqueue(() => services.selectCell(sheet, address)).catch(() => undefined);
                      }}
                      onDoubleClick={() => setEditing({ row: r, col: c, text: shown })}
                    >
                      {isEditing ? (
                        <input
                          className={styles.input}
                          aria-label={t("grid.edit", { cell: address })}
                          autoFocus
                          value={editing.text}
                          onChange={(e) => setEditing({ ...editing, text: e.target.value })}
                          onKeyDown={onKey}
                          onBlur={commit}
                        />
                      ) : (
                        shown
                      )}
                      {format.note && <span className={styles.noteMark} aria-hidden="true" />}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {values.length > MAX_GRID_ROWS && (
          <div className={styles.more}>{t("grid.more", { count: values.length - MAX_GRID_ROWS })}</div>
        )}
      </div>
      <div className={styles.tabs}>
        <TabList
          className={styles.tabList}
          size="small"
          selectedValue={sheet}
          onTabSelect={(_, d) => host.setActiveSheet(String(d.value))}
          aria-label={t("grid.sheets")}
        >
          {names.map((n) => (
            <Tab key={n} value={n}>
              {n}
            </Tab>
          ))}
        </TabList>
      </div>
    </section>
  );
}
