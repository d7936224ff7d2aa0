/**
 * The workbook contract as the tables of docs/workbook-format.md, rendered from contract.ts so the
 * documentation never says other than the code: `npm run docs` writes them, a test checks them.
 */
import { PLAN_ITEMS, SHEETS, type ColumnSpec, type ColumnType, type SheetSpec } from "./contract";

export const DOC_START = "<!-- contract:start (generated from src/sheets/contract.ts by `npm run docs`) -->";
export const DOC_END = "<!-- contract:end -->";

const TYPE: Record<ColumnType, string> = {
  text: "chữ",
  code: "mã",
  date: "ngày",
  bool: "có / không",
  number: "số",
  integer: "số nguyên",
  enum: "một giá trị trong danh sách",
  enumList: "một hoặc nhiều giá trị trong danh sách, cách nhau bởi dấu phẩy",
  measure: "một số, hoặc Đạt / Không đạt",
};

const cell = (text: string) => text.replace(/\|/g, "\\|");

function values(c: ColumnSpec): string {
  if (!c.options) return "";
  return c.options.map((o) => (o.aliases.length ? `${o.label} (${o.aliases.join(" / ")})` : o.label)).join("; ");
}

function table(columns: readonly ColumnSpec[]): string[] {
  const rows = columns.map((c) => {
    const must = c.required ? (c.valueRequired === false ? "cột bắt buộc, ô có thể trống" : "bắt buộc") : "";
    const header = c.required ? `**${c.header}**` : c.header;
    return `| ${[header, c.aliases.join(" / "), TYPE[c.type], must, values(c)].map(cell).join(" | ")} |`;
  });
  return [
    "| Cột (column) | Tên khác được nhận (aliases) | Kiểu (type) | Bắt buộc (required) | Giá trị được nhận (values) |",
    "|---|---|---|---|---|",
    ...rows,
  ];
}

function sheet(spec: SheetSpec): string[] {
  const names = spec.aliases.length ? ` Tên khác được nhận: ${spec.aliases.join(" / ")}.` : "";
  const need = spec.required ? "Sổ nào cũng phải có sheet này." : "Không bắt buộc.";
  const out = [`### ${spec.name}`, "", `${need}${names}`, "", ...table(spec.columns)];
  if (spec.key === "plan") {
    out.push("", "Các mục (cột *Mục*) và giá trị (cột *Giá trị*) của sheet Kế hoạch:", "", ...table(PLAN_ITEMS));
  }
  return out;
}

// Aliases and values are separated by " / " and "; ": some of them contain commas ("Xã, phường").

/** The generated part of docs/workbook-format.md, between its markers. */
export function contractDoc(): string {
  return [DOC_START, "", ...SHEETS.flatMap((s) => [...sheet(s), ""]), DOC_END].join("\n");
}

/** `doc` with its generated part replaced by the contract as it is now. */
export function withContract(doc: string): string {
  const start = doc.indexOf(DOC_START);
  const end = doc.indexOf(DOC_END);
  if (start < 0 || end < start) throw new Error("docs/workbook-format.md has lost its contract markers");
  return doc.slice(0, start) + contractDoc() + doc.slice(end + DOC_END.length);
}
