import { createHash } from "crypto";
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { councilBook, DECIDED_ON, DECISION_NUMBERS } from "../../test/fixtures/councilBook";
import { checkBook } from "../domain/check";
import type { Book } from "../domain/model";
import { nomination } from "../domain/rules/testBook";
import { checkWorkbook } from "../sheets/checkWorkbook";
import { locatorFor } from "../sheets/locate";
import { parseBook } from "../sheets/parse";
import { writeBook } from "../sheets/write";
import { contractWorkbook } from "../files/writeBookXlsx";
import { readXlsx } from "../files/readXlsx";
import { main } from "./main";
import type { RecordJson } from "./record";
import { captureIo } from "../../test/fixtures/cliIo";

const capture = () => captureIo({ year: 2024, month: 12, day: 28 });

// Each case writes and reads the whole Sa Pa book with exceljs a few times.
jest.setTimeout(60_000);

const dir = mkdtempSync(path.join(tmpdir(), "tdkt-record-"));
const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

async function writeCouncilBook(name: string): Promise<string> {
  const file = path.join(dir, name);
  await contractWorkbook(writeBook(councilBook())).xlsx.writeFile(file);
  return file;
}

async function record(args: string[]): Promise<{ code: number; json: RecordJson; io: ReturnType<typeof capture> }> {
  const io = capture();
  const code = await main(["record", ...args, "--json"], io);
  return { code, json: code === 0 ? (JSON.parse(io.stdout.join("\n")) as RecordJson) : (null as never), io };
}

describe("tdkt record", () => {
  it("appends every decided nomination to the history of a new book and leaves the book untouched", async () => {
    const book = await writeCouncilBook("so-2024.xlsx");
    const before = hash(book);
    const out = path.join(dir, "so-2024-da-ghi.xlsx");
    const { code, json } = await record([book, "--out", out]);

    expect(code).toBe(0);
    expect(hash(book)).toBe(before);
    const decided = (councilBook().nominations ?? []).filter((n) => n.decisionNumber && n.outcome === "approved");
    expect(json.appended).toHaveLength(decided.length);
    expect(json.sheet).toBe("Lịch sử khen thưởng");
    const first = json.appended[0];
    expect(first).toMatchObject({
      year: 2024,
      decisionDate: "25/12/2024",
      source: `Đề nghị khen thưởng, dòng ${first.nominationRow} (năm 2024)`,
    });
    expect(Object.values(DECISION_NUMBERS)).toContain(first.decisionNumber);

    // Read back: the rows are where the report says, in the contract's columns.
    const parsed = parseBook(await readXlsx(out));
    const history = parsed.book.history ?? [];
    for (const a of json.appended) {
      expect(history.find((h) => h.row === a.row)).toMatchObject({
        name: a.name,
        unit: a.unit,
        award: a.award,
        year: 2024,
        decisionNumber: a.decisionNumber,
        decisionDate: DECIDED_ON,
      });
    }
    // Who was awarded, as the statistics forms (0602–0603) count them, goes with the entry.
    for (const a of json.appended) {
      const nominated = parsed.book.nominations?.find((n) => n.row === a.nominationRow);
      const recorded = history.find((h) => h.row === a.row);
      expect(nominated?.subject).toBeTruthy();
      expect([recorded?.subject, recorded?.staffTier]).toEqual([nominated?.subject, nominated?.staffTier]);
    }
    // Every name the council decided is in the history once, the earlier years' rows kept.
    const sampleHistory = councilBook().history ?? [];
    expect(history).toHaveLength(sampleHistory.length + decided.length);
    expect(checkWorkbook(await readXlsx(out), { year: 2024, month: 12, day: 28 }).counts.error).toBe(
      checkWorkbook(await readXlsx(book), { year: 2024, month: 12, day: 28 }).counts.error,
    );
  });

  it("closes the loop: next year's check sees this year's CSTĐCS in the recorded history", async () => {
    const book = await writeCouncilBook("so-2024e.xlsx");
    const out = path.join(dir, "so-2024e-da-ghi.xlsx");
    await record([book, "--out", out]);
    // 2025: Lò Thị Hương (CSTĐCS 2023 in the history, 2024 decided this round) is proposed for Bằng khen tỉnh,
    // which needs two consecutive years of CSTĐCS.
    const nextYear = (b: Book): Book => ({
      ...b,
      plan: b.plan && { ...b.plan, year: 2025, decisionsFrom: null },
      nominations: [nomination("Lò Thị Hương", "PNV", "Bằng khen của Chủ tịch UBND tỉnh", { rating: "excellent" })],
    });
    const unproven = (b: Book) =>
      checkBook(nextYear(b), { today: { year: 2025, month: 11, day: 20 }, at: locatorFor({}) }).filter(
        (f) => f.code === "CRITERIA_NOT_MET" && f.ref === "BKT",
      );
    expect(unproven(parseBook(await readXlsx(book)).book)).toHaveLength(1);
    expect(unproven(parseBook(await readXlsx(out)).book)).toEqual([]);
  });

  it("running it again on the new book adds nothing", async () => {
    const book = await writeCouncilBook("so-2024b.xlsx");
    const once = path.join(dir, "lan-1.xlsx");
    const twice = path.join(dir, "lan-2.xlsx");
    const first = await record([book, "--out", once]);
    const second = await record([once, "--out", twice]);

    expect(second.json).toMatchObject({ appended: [], updated: [], unchanged: first.json.appended.length, kept: [] });
    expect(parseBook(await readXlsx(twice)).book.history).toEqual(parseBook(await readXlsx(once)).book.history);
  });

  it("a decision number corrected after recording updates the row it wrote", async () => {
    const book = await writeCouncilBook("so-2024c.xlsx");
    const once = path.join(dir, "lan-1c.xlsx");
    const { json } = await record([book, "--out", once]);
    const target = json.appended[0];

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(once);
    const sheet = wb.getWorksheet("Đề nghị khen thưởng") as ExcelJS.Worksheet;
    const header = (sheet.getRow(1).values as unknown[]).indexOf("Số quyết định");
    sheet.getCell(target.nominationRow, header).value = "4160/QĐ-UBND";
    const corrected = path.join(dir, "da-sua.xlsx");
    await wb.xlsx.writeFile(corrected);

    const again = await record([corrected, "--out", path.join(dir, "lan-2c.xlsx")]);
    expect(again.json.appended).toEqual([]);
    expect(again.json.updated).toEqual([
      expect.objectContaining({
        row: target.row,
        name: target.name,
        before: { decisionNumber: target.decisionNumber, decisionDate: "25/12/2024" },
        after: { decisionNumber: "4160/QĐ-UBND", decisionDate: "25/12/2024" },
      }),
    ]);
    const history = parseBook(await readXlsx(path.join(dir, "lan-2c.xlsx"))).book.history ?? [];
    expect(history.filter((h) => h.name === target.name && h.year === 2024 && h.award === target.award)).toEqual([
      expect.objectContaining({ row: target.row, decisionNumber: "4160/QĐ-UBND" }),
    ]);
  });

  it("prints what it wrote in words, and refuses to write over the book or without --out", async () => {
    const book = await writeCouncilBook("so-2024d.xlsx");
    const io = capture();
    expect(await main(["record", book, "--out", path.join(dir, "d2.xlsx")], io)).toBe(0);
    expect(io.stdout.join("\n")).toMatch(/Ghi vào sheet “Lịch sử khen thưởng”: \d+ dòng mới, 0 dòng cập nhật/);
    expect(io.stdout.join("\n")).toMatch(
      /\+ dòng \d+: .+ — Lao động tiên tiến năm 2024; quyết định 4150\/QĐ-UBND, 25\/12\/2024/,
    );

    const same = capture();
    expect(await main(["record", book, "--out", book], same)).toBe(2);
    expect(same.stderr).toEqual([expect.stringMatching(/phải khác tệp sổ gốc/)]);
    const none = capture();
    expect(await main(["record", book], none)).toBe(2);
    expect(none.stderr).toEqual([expect.stringMatching(/cần --out/)]);
  });
});
