/** The one sentence for a file that cannot be used, and for each reading warning, in the clerk's language. */
import { t, type Lang } from "../i18n";
import type { ReadWarning, UnusableFileError } from "./unusable";

export function unusableMessage(e: UnusableFileError, lang: Lang): string {
  const params = e.messageParams;
  if (typeof params.kind === "string") params.kind = t(lang, `file.kind.${params.kind}`);
  return t(lang, e.key, params);
}

export function warningMessage(w: ReadWarning, file: string, lang: Lang): string {
  return t(lang, w.key, { ...w.params, file });
}
