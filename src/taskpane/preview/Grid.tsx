/**
 * The preview's stand-in for Excel's grid: the in-memory book's active sheet with its fills, notes
 * and selection, and cells that can be edited (so live checking can be seen). It reads the memory
 * host only; the pane beside it changes the book through the real adapter code.
 */
import { makeStyles, mergeClasses, Tab, TabList, tokens } from "@fluentui/react-components";
import { Fragment, useEffect, useReducer, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
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

const MIN_COLUMNS = 8;
const MIN_ROWS = 20;
/** Columns sized from the first rows only (a 20,000-row sheet is not measured whole). */
const COLUMNS_FROM_ROWS = 500;
/** Every row is this tall, so the grid draws only the rows in view (and a few more) of a long sheet. */
const ROW_PX = 21;
/** The column letters' row above the cells. */
const HEAD_PX = 21;
/** Rows drawn above and below the ones in view, so scrolling shows no gap. */
const OVERSCAN = 15;
/** The scroller's height before it is laid out (jsdom lays nothing out). */
const FALLBACK_VIEW_PX = 800;

/** The rows to draw for a scroller at `top` showing `height` pixels: row 0 (frozen) always, then first…last. */
function rowWindow(top: number, height: number, rowCount: number): { first: number; last: number } {
  const view = height > 0 ? height : FALLBACK_VIEW_PX;
  const first = Math.max(1, Math.floor((top - HEAD_PX) / ROW_PX) - OVERSCAN);
  const last = Math.min(rowCount - 1, Math.ceil((top + view) / ROW_PX) + OVERSCAN);
  return { first, last: Math.max(first - 1, last) };
}

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
  scroller: { flexGrow: 1, overflow: "auto", position: "relative", outline: "none" },
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
  row: { height: `${ROW_PX}px` },
  cell: {
    position: "relative",
    boxSizing: "border-box",
    height: `${ROW_PX}px`,
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

/** A block copied from Excel or a text table: rows by line, cells by tab (a trailing line break is not a row). */
export function parseBlock(text: string): string[][] {
  const rows = text.replace(/\r\n?/g, "\n").split("\n");
  if (rows.length > 1 && rows[rows.length - 1] === "") rows.pop();
  return rows.map((r) => r.split("\t"));
}

/** One edit the clerk can take back with Ctrl+Z: what each cell held before. */
type UndoGroup = { sheet: string; row: number; col: number; before: CellValue }[];
const UNDO_DEPTH = 100;

/** "E12" from "E12", "'Đơn vị'!E12", "Đơn vị!E12:F13" (first cell). */
export function plainAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang === -1 ? address : address.slice(bang + 1)).split(":")[0].replace(/\$/g, "").toUpperCase();
}

export interface GridProps {
  host: GridHost;
  /** Bumped by the pane after every workbook call, in case a change raised no event. */
  version?: number;
  /** What the grid shows, for screen readers (default: the preview's sample book). */
  label?: string;
}

export function Grid({ host, version = 0, label }: GridProps) {
  const styles = useStyles();
  const { t } = usePane();
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [editing, setEditingState] = useState<{ row: number; col: number; text: string } | null>(null);
  // The input's blur (when it unmounts after Enter or Escape) must not store the edit a second time.
  const editingRef = useRef(editing);
  const setEditing = (next: typeof editing) => {
    editingRef.current = next;
    setEditingState(next);
  };
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  // The clerk's cursor: follows the book's selection (a finding chosen in the pane), moves with the keys.
  const [cursor, setCursor] = useState<{ sheet: string; row: number; col: number; from: string } | null>(null);
  const undo = useRef<UndoGroup[]>([]);
  // What of the sheet is in view: only those rows are drawn.
  const [view, setView] = useState({ top: 0, height: 0 });
  const frame = useRef<number | null>(null);
  const measure = () => {
    const el = scrollerRef.current;
    if (el)
      setView((v) =>
        v.top === el.scrollTop && v.height === el.clientHeight ? v : { top: el.scrollTop, height: el.clientHeight },
      );
  };
  const onScroll = () => {
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      measure();
    });
  };
  // The selected cell, when it was not drawn yet: scrolled into view once it is.
  const pendingScroll = useRef(false);

  useEffect(() => host.subscribe(redraw), [host]);
  useEffect(() => {
    measure();
    const el = scrollerRef.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const watch = new ResizeObserver(() => measure());
    watch.observe(el);
    return () => watch.disconnect();
  }, []);
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  const names = host.sheetNames();
  const sheet = host.activeSheet() ?? names[0] ?? null;
  const selection = host.selection();
  const hostAddress = selection && selection.sheet === sheet ? plainAddress(selection.address) : null;
  const hostKey = `${sheet}!${hostAddress ?? ""}`;
  const ownCursor = cursor && cursor.sheet === sheet && cursor.from === hostKey ? cursor : null;
  const selectedAddress = ownCursor ? `${columnLetter(ownCursor.col)}${ownCursor.row + 1}` : hostAddress;

  const selectedRowIndex = selectedAddress ? Number(/\d+$/.exec(selectedAddress)?.[0]) - 1 : null;
  useEffect(() => {
    if (selectedRef.current) {
      selectedRef.current.scrollIntoView?.({ block: "nearest", inline: "nearest" });
      return;
    }
    // Not drawn (far down a long sheet): scroll its row into the middle, then to the cell once drawn.
    const el = scrollerRef.current;
    if (!el || selectedRowIndex === null || selectedRowIndex < 1) return;
    pendingScroll.current = true;
    el.scrollTop = Math.max(0, HEAD_PX + selectedRowIndex * ROW_PX - el.clientHeight / 2);
    measure();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedAddress, sheet, version]);
  useEffect(() => {
    if (pendingScroll.current && selectedRef.current) {
      pendingScroll.current = false;
      selectedRef.current.scrollIntoView?.({ block: "nearest", inline: "nearest" });
    }
  });

  if (!sheet) return <div className={styles.root} />;
  const values = host.values(sheet);
  const dates = dateColumns(sheet, values);
  const rowCount = Math.max(MIN_ROWS, values.length + 5);
  const colCount = Math.max(
    MIN_COLUMNS,
    ...values.slice(0, COLUMNS_FROM_ROWS).map((r) => r.length + 1),
    (values[values.length - 1]?.length ?? 0) + 1,
  );
  const { first, last } = rowWindow(view.top, view.height, rowCount);

  const selectedCol = selectedAddress ? /^[A-Z]+/.exec(selectedAddress)?.[0] : null;
  const selectedRow = selectedRowIndex === null ? null : selectedRowIndex + 1;
  const at = {
    row: selectedRow ? selectedRow - 1 : 0,
    col: selectedCol ? selectedCol.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 : 0,
  };
  const moveTo = (row: number, col: number) =>
    setCursor({ sheet, row: Math.max(0, Math.min(row, rowCount - 1)), col: Math.max(0, col), from: hostKey });
  const focusGrid = () => scrollerRef.current?.focus({ preventScroll: true });

  /** Writes cells as one edit Ctrl+Z takes back. */
  const write = (cells: { row: number; col: number; value: CellValue }[]) => {
    const current = host.values(sheet);
    const group: UndoGroup = cells.map((c) => ({
      sheet,
      row: c.row,
      col: c.col,
      before: current[c.row]?.[c.col] ?? null,
    }));
    undo.current = [...undo.current.slice(1 - UNDO_DEPTH), group];
    for (const c of cells) host.editCell(sheet, c.row, c.col, c.value);
  };
  const takeBack = () => {
    const group = undo.current.pop();
    if (!group) return;
    for (const c of group) host.editCell(c.sheet, c.row, c.col, c.before === "" ? null : c.before);
    if (group[0] && group[0].sheet !== sheet) host.setActiveSheet(group[0].sheet);
  };

  const commit = (move: [number, number] = [0, 0]) => {
    const current = editingRef.current;
    if (!current) return;
    setEditing(null);
    write([{ row: current.row, col: current.col, value: parseTyped(current.text) }]);
    moveTo(current.row + move[0], current.col + move[1]);
    focusGrid();
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") commit([1, 0]);
    if (e.key === "Tab") {
      e.preventDefault();
      commit([0, 1]);
    }
    if (e.key === "Escape") {
      setEditing(null);
      focusGrid();
    }
  };
  const onGridKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editingRef.current) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Enter: [1, 0],
      Tab: [0, 1],
    };
    const ctrl = e.ctrlKey || e.metaKey;
    if (ctrl && e.key.toLowerCase() === "z") {
      e.preventDefault();
      takeBack();
    } else if (moves[e.key] && !ctrl) {
      e.preventDefault();
      moveTo(at.row + moves[e.key][0], at.col + moves[e.key][1]);
    } else if (e.key === "F2") {
      e.preventDefault();
      setEditing({ row: at.row, col: at.col, text: display(values[at.row]?.[at.col], dates.has(at.col)) });
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      write([{ row: at.row, col: at.col, value: null }]);
    } else if (e.key.length === 1 && !ctrl && !e.altKey) {
      // Typing replaces the cell, as in Excel.
      e.preventDefault();
      setEditing({ row: at.row, col: at.col, text: e.key });
    }
  };
  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    if (editingRef.current) return;
    const text = e.clipboardData.getData("text/plain");
    if (!text) return;
    e.preventDefault();
    const block = parseBlock(text);
    write(block.flatMap((r, i) => r.map((v, j) => ({ row: at.row + i, col: at.col + j, value: parseTyped(v) }))));
  };

  return (
    <section className={styles.root} aria-label={label ?? t("grid.label")} data-testid="grid" data-version={version}>
      <div className={styles.bar}>
        <span
          className={styles.nameBox}
          aria-label={t("grid.nameBox")}
          data-testid="grid-selection"
          data-sheet={selection?.sheet ?? ""}
        >
          {selectedAddress ?? ""}
        </span>
        <span className={styles.hint}>{t("grid.keysHint")}</span>
      </div>
      <div
        className={styles.scroller}
        ref={scrollerRef}
        tabIndex={0}
        role="region"
        aria-label={t("grid.cells")}
        onKeyDown={onGridKey}
        onPaste={onPaste}
        onScroll={onScroll}
        data-testid="grid-scroller"
      >
        <table
          className={styles.table}
          data-testid="grid-table"
          data-sheet={sheet}
          data-rows={rowCount}
          aria-rowcount={rowCount + 1}
        >
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
            {[0, ...Array.from({ length: last - first + 1 }, (_, i) => first + i)].map((r) => (
              <Fragment key={r}>
                {r === first && first > 1 && (
                  <tr aria-hidden="true" style={{ height: `${(first - 1) * ROW_PX}px` }} data-testid="rows-above" />
                )}
                <tr className={styles.row} aria-rowindex={r + 2}>
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
                          moveTo(r, c);
                          focusGrid();
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
                            onBlur={() => commit()}
                          />
                        ) : (
                          shown
                        )}
                        {format.note && <span className={styles.noteMark} aria-hidden="true" />}
                      </td>
                    );
                  })}
                </tr>
              </Fragment>
            ))}
            {last < rowCount - 1 && (
              <tr
                aria-hidden="true"
                style={{ height: `${(rowCount - 1 - last) * ROW_PX}px` }}
                data-testid="rows-below"
              />
            )}
          </tbody>
        </table>
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
