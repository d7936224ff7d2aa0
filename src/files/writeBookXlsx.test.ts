/**
 * One sheet plan, two renderers: a sheet the add-in sets up in Excel and the same sheet written to a
 * file by the command line (and the templates) must look the same to the clerk.
 */
import ExcelJS from "exceljs";
import { createMemoryHost } from "../excel/memory";
import { setupBook } from "../excel/setupBook";
import { SHEETS, UNITS_SHEET } from "../sheets/contract";
import { columnLetter } from "../sheets/parse";
import { columnWidthPoints, DATA_ROWS, LISTS_SHEET, TEMPLATE_PROTECTION } from "../sheets/plan";
import { writeTable, type SheetOut } from "../sheets/write";
import { contractWorkbook } from "./writeBookXlsx";

const today = { year: 2024, month: 11, day: 20 };

/** The clerk's units, laid out as the contract writes them. */
const units: SheetOut = {
  key: "units",
  name: UNITS_SHEET.name,
  values: [
    UNITS_SHEET.columns.map((c) => c.header),
    ["SP01", "Phòng Văn hoá và Thông tin", "Cơ quan chuyên môn"],
    ["SP02", "UBND phường Sa Pa", "Xã, phường"],
  ],
};
const others = SHEETS.filter((s) => s.key !== "units");

type Validation = ExcelJS.DataValidation & { promptTitle?: string; prompt?: string };
const validations = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: { model: Record<string, Validation | undefined> } }).dataValidations.model;

async function reread(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again;
}

describe("a sheet set up in Excel and the same sheet written to a file", () => {
  it("have the same widths, formats, drop-downs, input messages and locks", async () => {
    const host = createMemoryHost([{ name: units.name, values: units.values }]);
    await setupBook(host.run, "vi", { today });
    const file = await reread(
      contractWorkbook([units, ...others.map((spec) => writeTable(spec, []))], { lang: "vi", today }),
    );

    for (const spec of others) {
      const ws = file.getWorksheet(spec.name);
      if (!ws) throw new Error(`no sheet ${spec.name} in the file`);
      const inExcel = host.inspect(spec.name);
      const model = validations(ws);
      expect({ sheet: spec.name, ...ws.views[0] }).toMatchObject({
        sheet: spec.name,
        state: "frozen",
        ySplit: inExcel.frozenRows,
      });
      spec.columns.forEach((c, i) => {
        const letter = columnLetter(i);
        const where = `${spec.name}!${letter}`;
        const width = ws.getColumn(i + 1).width ?? 0;
        expect([where, inExcel.columnWidth(i)]).toEqual([where, columnWidthPoints(width)]);
        for (const row of [2, DATA_ROWS + 1]) {
          const format = ws.getCell(row, i + 1).numFmt ?? "General";
          expect([where, row, inExcel.numberFormat(row - 1, i)]).toEqual([where, row, format]);
          const list = model[`${letter}${row}`];
          const formula = list?.type === "list" ? String(list.formulae[0]) : null;
          // The file keeps an inline list in quotes, Excel's API without; a range is "=" + reference.
          const source = formula === null ? null : formula.startsWith('"') ? formula.slice(1, -1) : `=${formula}`;
          expect([where, row, inExcel.validation(row - 1, i)?.source ?? null]).toEqual([where, row, source]);
          // Excel's default, locked, is what a file says when it says nothing.
          const locked = ws.getCell(row, i + 1).protection?.locked ?? true;
          expect([where, row, inExcel.locked(row - 1, i)]).toEqual([where, row, locked]);
        }
        const prompt = model[`${letter}1`];
        const shown = inExcel.prompt(0, i);
        expect([where, shown && { title: shown.title, message: shown.message }]).toEqual([
          where,
          prompt ? { title: prompt.promptTitle, message: prompt.prompt } : null,
        ]);
        expect([where, ws.getCell(1, i + 1).protection?.locked ?? true, inExcel.locked(0, i)]).toEqual([
          where,
          true,
          true,
        ]);
      });
    }
    const lists = file.getWorksheet(LISTS_SHEET);
    expect(lists?.state).toBe("veryHidden");
    const inExcel = host.values(LISTS_SHEET);
    const column = (i: number) => inExcel.map((row) => row[i]).filter((v) => v !== "");
    expect(inExcel[0].length).toBe(lists?.columnCount);
    inExcel[0].forEach((_, i) => {
      expect(lists?.getColumn(i + 1).values.filter((v) => v !== undefined)).toEqual(column(i));
    });
  });

  it("a template's sheets are protected: the header is fixed, the rows stay open to fill, sort and filter", async () => {
    const file = await reread(contractWorkbook([units], { lang: "en", today, protect: TEMPLATE_PROTECTION }));
    const ws = file.getWorksheet(units.name);
    const protection = (ws as unknown as { sheetProtection?: Record<string, boolean> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, sort: true, autoFilter: true, insertRows: true });
    expect(ws?.getCell("A1").protection?.locked ?? true).toBe(true);
    expect(ws?.getCell("A2").protection?.locked).toBe(false);
    expect(ws?.getCell("C900").protection?.locked).toBe(false);
    expect(validations(ws as ExcelJS.Worksheet).A1?.prompt).toBe("Required.");
  });
});
