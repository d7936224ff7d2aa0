/**
 * The roll-up workbook of many books: the books (each with its ward, level, counts and open
 * findings, or why it could not be used), the totals by award and subject, the same person nominated
 * by two books, and every nomination of every book naming its source book, sheet and row.
 * Written as a stream: a hundred books of two thousand rows make one list of 200,000.
 */
import type { BookDigest, CrossBookDuplicate, ListRow, SubjectKey, AwardTotal } from "../domain/stats/rollup";
import type { Lang } from "../i18n";
import { st as t } from "../i18n/stats";
import { tableSheet, writeReport } from "./reportWorkbook";

export interface RollupBook {
  file: string;
  /** The workbook's name of its nominations sheet. */
  nominationsSheet: string | null;
  digest: BookDigest | null;
  findings: { error: number; warning: number; info: number } | null;
  /** Why the book could not be used (a sentence), null when it was rolled up. */
  problem: string | null;
}

export interface RollupWorkbookInput {
  books: readonly RollupBook[];
  totals: readonly AwardTotal[];
  duplicates: readonly CrossBookDuplicate[];
  lang: Lang;
}

const SUBJECTS: SubjectKey[] = ["individual", "collective", "household", "village", "unknown"];

export async function writeRollupWorkbook(file: string, input: RollupWorkbookInput): Promise<void> {
  const { lang, books } = input;
  // The same few labels repeat over every row of the list: each is worded once.
  const worded = new Map<string, string>();
  const tr = (k: string, p?: Record<string, string | number>) => {
    if (p) return t(lang, k, p);
    let text = worded.get(k);
    if (text === undefined) worded.set(k, (text = t(lang, k)));
    return text;
  };
  const level = (l: string | null) => (l ? tr(`rollup.level.${l}`) : null);
  await writeReport(file, async (wb) => {
    const booksSheet = tableSheet(wb, {
      name: tr("rollup.sheet.books"),
      title: tr("rollup.books.title"),
      landscape: true,
      columns: [
        { header: tr("stats.col.seq"), width: 6, kind: "integer" },
        { header: tr("stats.col.file"), width: 30 },
        { header: tr("rollup.col.ward"), width: 28 },
        { header: tr("rollup.col.level"), width: 8 },
        { header: tr("rollup.col.year"), width: 7, kind: "integer" },
        { header: tr("rollup.col.units"), width: 9, kind: "integer" },
        { header: tr("rollup.col.nominations"), width: 10, kind: "integer" },
        ...SUBJECTS.map((s) => ({ header: tr(`rollup.col.${s}`), width: 10, kind: "integer" as const })),
        { header: tr("rollup.col.approved"), width: 10, kind: "integer" },
        { header: tr("rollup.col.errors"), width: 10, kind: "integer" },
        { header: tr("rollup.col.warnings"), width: 10, kind: "integer" },
        { header: tr("rollup.col.status"), width: 40 },
      ],
    });
    books.forEach((b, i) => {
      const d = b.digest;
      booksSheet.add([
        i + 1,
        b.file,
        d?.ward ?? null,
        level(d?.level ?? null),
        d?.year ?? null,
        d?.counts.units ?? null,
        d?.counts.nominations ?? null,
        ...SUBJECTS.map((s) => d?.counts.bySubject[s] ?? null),
        d?.counts.byStatus.awarded ?? null,
        b.findings?.error ?? null,
        b.findings?.warning ?? null,
        b.problem ?? tr("rollup.status.ok"),
      ]);
    });
    booksSheet.done();

    const totals = tableSheet(wb, {
      name: tr("rollup.sheet.totals"),
      title: tr("rollup.totals.title"),
      columns: [
        { header: tr("rollup.col.award"), width: 44 },
        ...SUBJECTS.map((s) => ({ header: tr(`rollup.col.${s}`), width: 11, kind: "integer" as const })),
        { header: tr("rollup.col.total"), width: 10, kind: "integer" },
      ],
    });
    const sum = Object.fromEntries(SUBJECTS.map((s) => [s, 0])) as Record<SubjectKey, number>;
    for (const a of input.totals) {
      totals.add([a.name, ...SUBJECTS.map((s) => a.bySubject[s]), a.total]);
      for (const s of SUBJECTS) sum[s] += a.bySubject[s];
    }
    totals.add([
      tr("rollup.grandTotal"),
      ...SUBJECTS.map((s) => sum[s]),
      input.totals.reduce((n, a) => n + a.total, 0),
    ]);
    totals.done();

    const dup = tableSheet(wb, {
      name: tr("rollup.sheet.duplicates"),
      title: tr("rollup.duplicates.title"),
      landscape: true,
      columns: [
        { header: tr("stats.col.seq"), width: 6, kind: "integer" },
        { header: tr("stats.col.name"), width: 26 },
        { header: tr("rollup.col.award"), width: 30 },
        { header: tr("rollup.col.year"), width: 7, kind: "integer" },
        { header: tr("rollup.col.first"), width: 28 },
        { header: tr("stats.col.sheet"), width: 18 },
        { header: tr("stats.col.row"), width: 7, kind: "integer" },
        { header: tr("rollup.col.second"), width: 28 },
        { header: tr("stats.col.sheet"), width: 18 },
        { header: tr("stats.col.row"), width: 7, kind: "integer" },
        { header: tr("rollup.col.basis"), width: 30 },
      ],
    });
    input.duplicates.forEach((d, i) => {
      const a = books[d.first.book];
      const b = books[d.second.book];
      dup.add([
        i + 1,
        d.name,
        d.award,
        d.year,
        a.file,
        a.nominationsSheet,
        d.first.row,
        b.file,
        b.nominationsSheet,
        d.second.row,
        tr(`rollup.matchedBy.${d.matchedBy}`),
      ]);
    });
    dup.done();

    const list = tableSheet(wb, {
      name: tr("rollup.sheet.list"),
      title: tr("rollup.list.title"),
      landscape: true,
      columns: [
        { header: tr("stats.col.seq"), width: 8, kind: "integer" },
        { header: tr("stats.col.file"), width: 26 },
        { header: tr("stats.col.sheet"), width: 18 },
        { header: tr("stats.col.row"), width: 7, kind: "integer" },
        { header: tr("rollup.col.ward"), width: 24 },
        { header: tr("stats.col.name"), width: 26 },
        { header: tr("rollup.col.subject"), width: 12 },
        { header: tr("rollup.col.unit"), width: 12 },
        { header: tr("rollup.col.award"), width: 30 },
        { header: tr("rollup.col.kind"), width: 13 },
        { header: tr("rollup.col.outcome"), width: 13 },
      ],
    });
    let seq = 0;
    const subject = (r: ListRow) => (r.subject ? tr(`rollup.subject.${r.subject}`) : null);
    for (const b of books) {
      if (!b.digest) continue;
      for (const r of b.digest.list) {
        list.add([
          ++seq,
          b.file,
          b.nominationsSheet,
          r.row,
          b.digest.ward,
          r.name,
          subject(r),
          r.unit,
          r.award,
          tr(`rollup.kind.${r.kind}`),
          tr(`rollup.status.${r.status}`),
        ]);
      }
    }
    list.done();
  });
}
