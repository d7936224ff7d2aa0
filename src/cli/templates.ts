/**
 * `tdkt templates BOOK --out DIR [--units CODE,CODE] [--json]`: one template per unit (README, "Templates
 * for units"). BOOK is only read. Exit 0 (written), 2 (unusable book, unknown unit, command line).
 */
import { promises as fs } from "fs";
import path from "path";
import type { DateOnly, Unit } from "../domain/model";
import { codeKey } from "../domain/text";
import { t, type Lang } from "../i18n";
import { parseBook } from "../sheets/parse";
import { unitTemplate } from "../sheets/template";
import { readXlsx } from "../files/readXlsx";
import { templateBytes } from "../files/templateWorkbook";
import { UsageError } from "./args";
import type { Io } from "./main";

export interface TemplatesOptions {
  file: string | undefined;
  out: string | undefined;
  units: string | undefined;
  json: boolean;
  today: DateOnly;
  lang: Lang;
}

export interface TemplatesJson {
  book: string;
  out: string;
  year: number;
  templates: { unit: string; name: string; file: string; targets: number }[];
}

/** The units asked for, in the order asked, or every unit of the book once (the first of a duplicated code). */
export function chooseUnits(units: readonly Unit[], asked: string | undefined): Unit[] {
  const byCode = new Map<string, Unit>();
  for (const u of units) if (u.code && !byCode.has(codeKey(u.code))) byCode.set(codeKey(u.code), u);
  if (asked === undefined) return [...byCode.values()];
  const codes = asked
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean);
  return codes.map((code) => {
    const unit = byCode.get(codeKey(code));
    if (!unit) throw new UsageError("templates.unknownUnit", { code });
    return unit;
  });
}

export async function runTemplates(opts: TemplatesOptions, io: Io): Promise<number> {
  const { file, out, lang } = opts;
  if (!file) throw new UsageError("cli.missingFile");
  if (!out) throw new UsageError("templates.missingOut");
  const { book } = parseBook(await readXlsx(file));
  if (book.units.length === 0) throw new UsageError("templates.noUnits", { file });
  const units = chooseUnits(book.units, opts.units);
  await fs.mkdir(out, { recursive: true });
  const report: TemplatesJson = { book: file, out, year: 0, templates: [] };
  for (const unit of units) {
    const tpl = unitTemplate(book, unit, opts.today);
    report.year = tpl.identity.year;
    await fs.writeFile(path.join(out, tpl.fileName), await templateBytes(tpl));
    report.templates.push({ unit: unit.code, name: unit.name, file: tpl.fileName, targets: tpl.targetCount });
  }
  if (opts.json) {
    io.out(JSON.stringify(report, null, 2));
    return 0;
  }
  io.out(
    [
      t(lang, "templates.wrote", { count: report.templates.length, dir: path.resolve(out) }),
      ...report.templates.map((x) => t(lang, "templates.item", { ...x })),
    ].join("\n"),
  );
  return 0;
}
