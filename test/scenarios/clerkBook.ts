/**
 * A clerk's session with a small book, step by step: the book is typed in, read, checked, the clerk
 * goes to a finding, marks the errors, clears the marks and sets the book up. Each step acts through
 * the Excel adapter, as the pane does, then looks at the workbook through the Excel API alone, so
 * the same steps run against the in-memory host in jest (clerkBook.test.ts) and against real Excel
 * (test/excel, `npm run test:excel`: see README).
 */
import { toExcelSerial } from "../../src/domain/dates";
import type { DateOnly } from "../../src/domain/model";
import type { ExcelRun } from "../../src/excel/host";
import {
  clearMarks,
  ERROR_FILL,
  LISTS_SHEET,
  MARKS_SHEET,
  markFindings,
  readBook,
  selectCell,
  setupBook,
} from "../../src/excel/workbook";
import { checkWorkbook, type WorkbookCheck } from "../../src/sheets/checkWorkbook";
import { SHEETS } from "../../src/sheets/contract";
import { errorMarks } from "../../src/taskpane/check/findingTargets";

/** What a step saw in the workbook, and what the clerk should see. */
export interface Observation {
  name: string;
  value: unknown;
  expected: unknown;
}

export interface Step {
  name: string;
  run(excel: ExcelRun): Promise<Observation[]>;
}

export const TODAY: DateOnly = { year: 2024, month: 12, day: 10 };
const UNITS = "Đơn vị";
const NOMINATIONS = "Đề nghị khen thưởng";
const serial = (year: number, month: number, day: number) => toExcelSerial({ year, month, day });

/** Units from B2, under a blank row and column, as a clerk who pasted from Word leaves them. */
const UNIT_ROWS = [
  ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
  ["P-SAPA", "UBND phường Sa Pa", "Xã, phường"],
  ["X-TAVAN", "UBND xã Tả Van", "Phòng ban"],
];
/** Nominations under a title; Lý Láo Lở's unit is not in Đơn vị. */
const NOMINATION_ROWS = [
  ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024", "", "", "", "", ""],
  ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức", "Ngày tuyển dụng"],
  [1, "Cá nhân", "Giàng Thị Mỷ", "X-TAVAN", "Lao động tiên tiến", serial(2016, 3, 1)],
  [2, "Cá nhân", "Lý Láo Lở", "X-LAOCHAI", "Lao động tiên tiến", serial(2018, 9, 3)],
];

const saw = (name: string, value: unknown, expected: unknown): Observation => ({ name, value, expected });

/** A cell's fill and note, as the Excel API reports them. */
async function looks(excel: ExcelRun, sheet: string, address: string) {
  return excel(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    const fill = worksheet.getRange(address).format.fill.load("color,pattern");
    const note = worksheet.notes.getItemOrNullObject(address).load("content");
    await context.sync();
    return { fill: fill.pattern === "None" ? null : fill.color, note: note.isNullObject ? null : note.content };
  });
}

/** The steps, sharing what the earlier ones found. Run them in order, on a new book. */
export function clerkSession(): Step[] {
  let check: WorkbookCheck | null = null;
  const checked = (): WorkbookCheck => {
    if (!check) throw new Error("the check step has not run");
    return check;
  };
  return [
    {
      name: "the clerk types in a book",
      async run(excel) {
        const names = await excel(async (context) => {
          const worksheets = context.workbook.worksheets;
          worksheets.add(UNITS).getRange("B2:D4").values = UNIT_ROWS;
          worksheets.add(NOMINATIONS).getRange("A1:F4").values = NOMINATION_ROWS;
          worksheets.load("items/name");
          await context.sync();
          return worksheets.items.map((w) => w.name);
        });
        return [saw("sheets", names.slice(-2), [UNITS, NOMINATIONS])];
      },
    },
    {
      name: "read",
      async run(excel) {
        const { sheets, syncs } = await readBook(excel);
        const units = sheets.find((s) => s.name === UNITS);
        return [
          saw(
            "sheets read",
            sheets.map((s) => s.name),
            [UNITS, NOMINATIONS],
          ),
          saw("where the units start", [units?.rowOffset, units?.colOffset], [1, 1]),
          saw("units", units?.values, UNIT_ROWS),
          saw("round trips", syncs, 2),
        ];
      },
    },
    {
      name: "check",
      async run(excel) {
        check = checkWorkbook((await readBook(excel)).sheets, TODAY);
        const errors = check.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.sheet, f.cell]);
        return [
          saw("errors", errors, [
            ["INVALID_VALUE", UNITS, "D4"],
            ["UNKNOWN_UNIT", NOMINATIONS, "D4"],
          ]),
          saw(
            "units",
            checked().parsed.book.units.map((u) => u.code),
            ["P-SAPA", "X-TAVAN"],
          ),
        ];
      },
    },
    {
      name: "select",
      async run(excel) {
        const unknown = checked().findings.find((f) => f.code === "UNKNOWN_UNIT");
        const { syncs } = await selectCell(excel, unknown?.sheet ?? "", unknown?.cell ?? "");
        const at = await excel(async (context) => {
          const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
          const range = context.workbook.getSelectedRange().load("address");
          await context.sync();
          return { sheet: sheet.name, address: range.address };
        });
        return [
          saw("active sheet", at.sheet, NOMINATIONS),
          saw("selection", at.address, `'${NOMINATIONS}'!D4`),
          saw("round trips", syncs, 1),
        ];
      },
    },
    {
      name: "mark",
      async run(excel) {
        const { findings, parsed } = checked();
        const sheets = [parsed.layouts.units?.name, parsed.layouts.nominations?.name].filter((s) => s !== undefined);
        const marks = errorMarks(findings, sheets, "vi");
        const { marked, syncs } = await markFindings(excel, marks);
        const unit = await looks(excel, UNITS, "D4");
        const nomination = await looks(excel, NOMINATIONS, "D4");
        const store = await excel(async (context) => {
          const sheet = context.workbook.worksheets.getItem(MARKS_SHEET).load("visibility");
          await context.sync();
          return sheet.visibility;
        });
        return [
          saw("cells marked", marked, 2),
          saw("round trips", syncs, 4),
          saw("fill of Đơn vị!D4", unit.fill, ERROR_FILL),
          saw("note of Đơn vị!D4", unit.note, marks.find((m) => m.sheet === UNITS)?.note),
          saw("fill of Đề nghị khen thưởng!D4", nomination.fill, ERROR_FILL),
          saw("note names the unit", nomination.note?.includes("X-LAOCHAI"), true),
          saw("saved originals", store, "VeryHidden"),
        ];
      },
    },
    {
      name: "clear",
      async run(excel) {
        const { restored, syncs } = await clearMarks(excel);
        return [
          saw("cells restored", restored, 2),
          saw("round trips", syncs, 5),
          saw("Đơn vị!D4", await looks(excel, UNITS, "D4"), { fill: null, note: null }),
          saw("Đề nghị khen thưởng!D4", await looks(excel, NOMINATIONS, "D4"), { fill: null, note: null }),
        ];
      },
    },
    {
      name: "set up",
      async run(excel) {
        const { added, syncs } = await setupBook(excel, "vi", { today: TODAY });
        const milestones = await excel(async (context) => {
          const worksheets = context.workbook.worksheets;
          const sheet = worksheets.getItem("Tiến độ");
          const header = sheet.getRange("A1:C1").load("values");
          const due = sheet.getRange("C2").load("numberFormat");
          const content = sheet.getRange("B:B").format.load("columnWidth");
          const lists = worksheets.getItem(LISTS_SHEET).load("visibility");
          await context.sync();
          return {
            header: header.values[0],
            due: due.numberFormat[0][0],
            width: content.columnWidth,
            lists: lists.visibility,
          };
        });
        return [
          // Every sheet of the contract the clerk had not typed in, in the contract's order.
          saw(
            "sheets added",
            added,
            SHEETS.filter((spec) => spec.key !== "units" && spec.key !== "nominations").map((spec) => spec.name),
          ),
          saw("round trips", syncs, 4),
          saw("Tiến độ header", milestones.header, ["Mã", "Nội dung", "Hạn"]),
          saw("Tiến độ!C2 format", milestones.due, "dd/mm/yyyy"),
          // 50 characters: 350 pixels, 262.5 points.
          saw("Tiến độ!B width", milestones.width, 262.5),
          saw("lists sheet", milestones.lists, "VeryHidden"),
        ];
      },
    },
  ];
}
