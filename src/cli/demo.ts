/** `tdkt demo`: the built-in Sa Pa 2024 sample, written, read back, checked and summarised. */
import { promises as fs } from "fs";
import path from "path";
import { formatDate } from "../domain/dates";
import type { DateOnly } from "../domain/model";
import { councilList } from "../domain/summary/nominationList";
import { t, type Lang } from "../i18n";
import { SAMPLES, type BuiltInSample } from "../sample";
import { checkWorkbook } from "../sheets/checkWorkbook";
import { councilWorkbook } from "../files/councilWorkbook";
import { COUNCIL_BODY } from "../files/officialWords";
import { readXlsx } from "../files/readXlsx";
import { contractWorkbook } from "../files/writeBookXlsx";
import { countsLine, textFindings } from "./report";
import type { Io } from "./main";

export interface DemoOptions {
  outDir: string;
  lang: Lang;
  today: DateOnly | null;
  /** Which built-in sample (default the Sa Pa 2024 book). */
  sample?: BuiltInSample;
}

export const SAMPLE_FILE = SAMPLES[0].bookFile;
export const COUNCIL_FILE = SAMPLES[0].councilFile;

export async function runDemo(opts: DemoOptions, io: Io): Promise<number> {
  const { lang } = opts;
  const sample = opts.sample ?? SAMPLES[0];
  const today = opts.today ?? sample.today;
  await fs.mkdir(opts.outDir, { recursive: true });
  const bookFile = path.resolve(opts.outDir, sample.bookFile);
  const councilFile = path.resolve(opts.outDir, sample.councilFile);

  // The sample book as a clerk would keep it, including the deliberate mistakes in raw cells.
  await contractWorkbook(sample.sheets(), { lang, today }).xlsx.writeFile(bookFile);

  // Read it back from the file, as `tdkt check` would, and check it.
  const check = checkWorkbook(await readXlsx(bookFile), today);
  const list = councilList(check.parsed.book, today);
  const nominationsSheet = check.parsed.layouts.nominations?.name;
  const review = new Set(
    check.findings
      .filter((f) => f.severity === "error" && f.sheet === nominationsSheet && f.row !== null)
      .map((f) => f.row as number),
  );
  const council = councilWorkbook(
    list.groups,
    {
      issuer: check.parsed.book.plan?.issuer ?? "",
      body: COUNCIL_BODY,
      place: list.place,
      year: list.year,
    },
    review,
  );
  await council.xlsx.writeFile(councilFile);

  const b = check.parsed.book;
  io.out(
    [
      t(lang, sample.titleKey),
      t(lang, "demo.book", {
        units: b.units.length,
        blocks: b.blocks?.length ?? 0,
        movements: b.movements?.length ?? 0,
        nominations: b.nominations?.length ?? 0,
      }),
      "",
      t(lang, "demo.wroteBook", { file: bookFile }),
      t(lang, "demo.wroteCouncil", { file: councilFile }),
      "",
      t(lang, "demo.checked", { today: formatDate(today) }),
      countsLine(check, lang),
      ...textFindings(
        check.findings.filter((f) => f.severity !== "info"),
        lang,
        30,
      ),
      "",
      t(lang, "demo.groups"),
      ...list.groups.map((g) => t(lang, "demo.group", { title: g.title, count: g.items.length })),
      "",
      t(lang, "demo.next", { file: path.relative(process.cwd(), bookFile) || bookFile }),
    ].join("\n"),
  );
  return 0;
}
