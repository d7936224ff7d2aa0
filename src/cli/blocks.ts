/**
 * `tdkt blocks BOOK [--json] [--out FILE.xlsx] [--max-rows N]`: each emulation block's units ranked with total,
 * band and rank, and the unit proposed for the flag with the reason. `--out` writes the ranking
 * workbook (one sheet per block, official style). Exit codes: 0 ranked; 1 the score sheets have
 * errors (the ranking is still printed, with out-of-range scores brought within range); 2 the file
 * cannot be used, has nothing to rank, or the command line is wrong.
 */
import path from "path";
import type { DateOnly } from "../domain/model";
import { placeName } from "../domain/summary/nominationList";
import { scoreBlocks, type BlockResult } from "../domain/scoring";
import { codeKey } from "../domain/text";
import { t, type Lang } from "../i18n";
import { formatPoints, leaderReason } from "../i18n/blocks";
import { checkWorkbook } from "../sheets/checkWorkbook";
import { warningMessage } from "../files/messages";
import { readXlsxBook } from "../files/readXlsx";
import { UsageError } from "./args";
import type { Io } from "./main";

export interface BlocksOptions {
  json: boolean;
  out: string | undefined;
  today: DateOnly;
  lang: Lang;
  /** --max-rows (else the reader's default limit). */
  maxRows?: number;
}

/** The public JSON shape of `tdkt blocks --json`. */
export interface BlocksJson {
  blocks: {
    block: string;
    leader: string | null;
    reason: string;
    units: {
      unit: string;
      total: number | null;
      band: string | null;
      rank: number | null;
      tied: boolean;
      criteria: { criterion: string; score: number; source: string }[];
    }[];
  }[];
}

export function blocksJson(blocks: readonly BlockResult[], lang: Lang): BlocksJson {
  return {
    blocks: blocks.map((b) => ({
      block: b.block,
      leader: b.leader.leader,
      reason: leaderReason(b, lang),
      units: b.units.map((u) => ({
        unit: u.unit,
        total: u.total,
        band: u.band?.name ?? null,
        rank: u.rank,
        tied: u.tied,
        criteria: u.criteria.map((c) => ({ criterion: c.code, score: c.score, source: c.source })),
      })),
    })),
  };
}

/** Width of a text as a terminal shows it (Vietnamese in NFC is one column a letter). */
const width = (s: string) => [...s.normalize("NFC")].length;
const padEnd = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => " ".repeat(Math.max(0, n - width(s))) + s;

export function blocksText(blocks: readonly BlockResult[], lang: Lang): string[] {
  const lines: string[] = [];
  for (const b of blocks) {
    const names = b.units.map((u) => `${u.name} (${u.unit})`);
    const w = Math.max(20, ...names.map(width));
    const unitHeader = t(lang, "blocks.cli.header", { pad: "" }).split("  ")[1] ?? "";
    lines.push("", t(lang, "blocks.cli.block", { block: b.block, name: b.name ?? "" }));
    lines.push(t(lang, "blocks.cli.header", { pad: " ".repeat(Math.max(0, w - width(unitHeader))) }));
    b.units.forEach((u, i) => {
      const rank = u.rank === null ? "  -  " : padStart(`${u.rank}${u.tied ? "=" : ""}`, 3) + "  ";
      const total = u.scored ? formatPoints(u.total, lang) : t(lang, "blocks.cli.unscored");
      const band = u.band?.name ?? "";
      lines.push(
        `${rank} ${padEnd(names[i], w)}  ${padStart(total, 9)}  ${band}${u.tied ? ` ${t(lang, "blocks.cli.tie")}` : ""}`,
      );
    });
    const leader = b.units.find((u) => u.unit === b.leader.leader);
    lines.push(
      leader
        ? t(lang, "blocks.cli.leader", { unit: `${leader.name} (${leader.unit})` })
        : t(lang, "blocks.cli.noLeader"),
    );
    lines.push(t(lang, "blocks.cli.reason", { reason: leaderReason(b, lang) }));
  }
  return lines;
}

export async function runBlocks(files: readonly string[], opts: BlocksOptions, io: Io): Promise<number> {
  const { lang } = opts;
  if (files.length === 0) throw new UsageError("blocks.cli.missingFile");
  if (files.length > 1) throw new UsageError("blocks.cli.oneBook");
  if (opts.out !== undefined && path.extname(opts.out).toLowerCase() !== ".xlsx")
    throw new UsageError("blocks.cli.badOut");
  const [file] = files;
  io.reading?.(file);
  const { sheets, warnings } = await readXlsxBook(file, opts.maxRows === undefined ? {} : { maxRows: opts.maxRows });
  for (const w of warnings) io.err(`tdkt: ${warningMessage(w, file, lang)}`);
  const check = checkWorkbook(sheets, opts.today);
  const { book, layouts } = check.parsed;
  const { blocks } = scoreBlocks(book);
  if (blocks.length === 0) {
    io.err(t(lang, "blocks.cli.noScoreSheet", { file }));
    return 2;
  }
  // Errors in the sheets the ranking reads make it unreliable: exit 1, the ranking still shown.
  const read = new Set(
    (["criteria", "scores", "bands", "blocks"] as const).map((k) => layouts[k]?.name).filter((n) => n !== undefined),
  );
  const errors = check.findings.filter((f) => f.severity === "error" && f.sheet !== null && read.has(f.sheet)).length;

  if (opts.out !== undefined) {
    const units = new Map(book.units.filter((u) => u.code).map((u) => [codeKey(u.code), u.name]));
    const heading = {
      issuer: book.plan?.issuer ?? "",
      place: placeName(book.plan?.issuer ?? null),
      year: book.plan?.year ?? opts.today.year,
    };
    // exceljs is loaded only when a workbook is to be written.
    const { blockRankingWorkbook } = await import("../files/blockRankingWorkbook");
    const wb = blockRankingWorkbook(blocks, heading, (code) => units.get(codeKey(code)) ?? null);
    await wb.xlsx.writeFile(opts.out);
  }

  if (opts.json) io.out(JSON.stringify(blocksJson(blocks, lang), null, 2));
  else {
    const lines = [t(lang, "report.book", { file: path.resolve(file) }), ...blocksText(blocks, lang)];
    if (errors > 0) lines.push("", t(lang, "blocks.cli.errors", { count: errors }));
    if (opts.out !== undefined) lines.push("", t(lang, "blocks.cli.wrote", { file: path.resolve(opts.out) }));
    io.out(lines.join("\n"));
  }
  return errors > 0 ? 1 : 0;
}
