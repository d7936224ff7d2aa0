/**
 * What the command line and the pane share about the units' returned files (issue 15): the limits a
 * returned file is read with, and each file's outcome in one sentence. Browser-safe.
 */
import { t, type Lang } from "../i18n";
import type { FileOutcome, Reason } from "../sheets/collect";
import type { UnusableFileError } from "./unusable";
import { MB, type ReadLimits } from "./zipLimits";

/**
 * A returned file is one unit's rows: larger ones are refused before they are read (README, "Limits").
 * The zip's other limits (parts, total, ratio) are the defaults of zipLimits.ts.
 */
export const RETURNED_LIMITS: Partial<ReadLimits> = { maxFileBytes: 20 * MB, maxRows: 20_000 };

/** Why a file could not be read, as a reason of the merge (kinds of file named in the clerk's language). */
export function unusableReason(e: UnusableFileError, lang: Lang): Reason {
  const params = { ...e.messageParams };
  if (typeof params.kind === "string") params.kind = t(lang, `file.kind.${params.kind}`);
  return { key: e.key, params };
}

export function outcomeMessage(o: FileOutcome, lang: Lang): string {
  const file = o.file;
  if (o.status === "rejected") {
    const reason = o.reason ? t(lang, o.reason.key, o.reason.params) : "";
    return t(lang, "import.file.rejected", { file, reason });
  }
  if (o.status === "unchanged") return t(lang, "import.file.unchanged", { file });
  if (o.replaced > 0) {
    return o.template
      ? t(lang, "import.file.replaced", {
          file,
          unit: o.template.unit,
          year: o.template.year,
          replaced: o.replaced,
          added: o.added,
        })
      : t(lang, "import.file.replacedFile", { file, replaced: o.replaced, added: o.added });
  }
  return t(lang, "import.file.imported", { file, added: o.added });
}
