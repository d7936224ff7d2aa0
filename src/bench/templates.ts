/**
 * Issue 15's timings: templates for 500 units, and an import of 200 returned files of 30 rows each
 * (goal: under 10 s), in files per second. The returned files are filled with exceljs beforehand, as
 * units would, and are not timed.
 */
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { performance } from "perf_hooks";
import { main } from "../cli/main";
import { contractWorkbook } from "../files/writeBookXlsx";
import { templateBytes } from "../files/templateWorkbook";
import { parseBook } from "../sheets/parse";
import { unitTemplate } from "../sheets/template";
import { writeBook } from "../sheets/write";
import { generateBook } from "./generate";

const TODAY = { year: 2024, month: 12, day: 10 };
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

export async function benchTemplates(
  rows: [string, string, string][],
  figures: Record<string, number | null>,
): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "tdkt-bench-templates-"));
  try {
    const { book } = parseBook(
      generateBook({ units: Number(process.env.TDKT_BENCH_UNITS ?? 500), nominations: 0, targets: 1_500, history: 0 }),
    );
    mkdirSync(path.join(dir, "mau"));
    let t0 = performance.now();
    const files: string[] = [];
    for (const unit of book.units) {
      const tpl = unitTemplate(book, unit, TODAY);
      const file = path.join(dir, "mau", tpl.fileName);
      writeFileSync(file, await templateBytes(tpl));
      files.push(file);
    }
    const generate = (performance.now() - t0) / 1000;
    figures.templates500Seconds = round(generate, 2);
    figures.templatesPerSecond = round(book.units.length / generate);
    rows.push([
      "templates for 500 units (.xlsx written)",
      `${round(generate, 2)} s, ${round(book.units.length / generate)} files/s`,
      "",
    ]);

    // 200 units send back 30 nominations each.
    const master = path.join(dir, "so.xlsx");
    await contractWorkbook(writeBook(book), { today: TODAY }).xlsx.writeFile(master);
    mkdirSync(path.join(dir, "tra-ve"));
    for (const [i, file] of files.slice(0, 200).entries()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet("Đề nghị khen thưởng") as ExcelJS.Worksheet;
      const col = new Map<string, number>();
      ws.getRow(1).eachCell((c, n) => col.set(String(c.value), n));
      for (let r = 0; r < 30; r++) {
        const row = ws.getRow(r + 2);
        row.getCell(col.get("STT") as number).value = r + 1;
        row.getCell(col.get("Đối tượng") as number).value = "Cá nhân";
        row.getCell(col.get("Họ và tên") as number).value = `Nguyễn Văn Bình ${i}-${r}`;
        row.getCell(col.get("Hình thức") as number).value = "Lao động tiên tiến";
        row.getCell(col.get("Xếp loại") as number).value = "Hoàn thành tốt nhiệm vụ";
        row.getCell(col.get("Ngày tuyển dụng") as number).value = new Date(Date.UTC(2015, 2, 1));
      }
      await wb.xlsx.writeFile(path.join(dir, "tra-ve", `tra-ve-${i}.xlsx`));
    }
    const quiet = { out: () => undefined, err: () => undefined, today: () => TODAY };
    t0 = performance.now();
    const code = await main(["import", master, path.join(dir, "tra-ve"), "--out", path.join(dir, "gop.xlsx")], quiet);
    const imported = (performance.now() - t0) / 1000;
    figures.import200FilesSeconds = round(imported, 2);
    figures.importFilesPerSecond = round(200 / imported);
    rows.push([
      "import 200 returned files × 30 rows",
      `${round(imported, 2)} s, ${round(200 / imported)} files/s${code === 0 ? "" : ` (exit ${code})`}`,
      "target < 10 s",
    ]);
  } finally {
    if (!process.env.TDKT_BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
    else console.log(dir);
  }
}
