/**
 * For the browser page (the preview today, the web page later): read the .xlsx file a clerk picked,
 * with the same limits and the same messages as `tdkt check`, before anything of it is loaded whole.
 * Nothing here uses Node; inflating is fflate's.
 *
 *   import { readXlsxBlob } from "../files/readBlob";
 *   import { unusableMessage, warningMessage } from "../files/messages";
 *   try {
 *     const { sheets, warnings } = await readXlsxBlob(input.files[0]);   // a File is a Blob
 *     warnings.forEach((w) => show(warningMessage(w, file.name, lang)));
 *     const check = checkWorkbook(sheets, today);
 *   } catch (e) {
 *     if (e instanceof UnusableFileError) show(unusableMessage(e, lang)); else throw e;
 *   }
 *
 * The page reads the file slice by slice (Blob.slice), so a 100 MB zip bomb is refused after reading
 * its central directory only. Limits: zipLimits.ts (README, "Limits").
 */
import { inflateFflate } from "./inflateFflate";
import { readXlsxSource, type BookRead, type ReadOptions } from "./readBook";
import { blobSource } from "./source";
import type { ReadLimits } from "./zipLimits";

export { UnusableFileError } from "./unusable";

export async function readXlsxBlob(
  blob: Blob,
  name: string = (blob as Blob & { name?: string }).name ?? "sổ.xlsx",
  limits: Partial<ReadLimits> = {},
  options: Pick<ReadOptions, "anySheet" | "everySheet" | "onSheet"> = {},
): Promise<BookRead> {
  return readXlsxSource(blobSource(blob), { file: name, inflate: inflateFflate, limits, ...options });
}
