/**
 * An office's own Word template: its .docx with {placeholders} and {#loops}…{/loops} (docxtemplater),
 * filled from the same TemplateData as the built-in layout. A template that does not parse, or uses
 * a tag we do not fill, is reported by name rather than printed with holes.
 */
import Docxtemplater from "docxtemplater";
import PizZip from "pizzip";
import type { TemplateData } from "./data";

export class TemplateError extends Error {
  constructor(
    readonly reason: "notDocx" | "badTags",
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

interface DocxtemplaterError {
  properties?: { errors?: { properties?: { explanation?: string; xtag?: string } }[]; explanation?: string };
}

function explain(e: unknown): string {
  const p = (e as DocxtemplaterError).properties;
  const each = p?.errors?.map((x) => x.properties?.explanation ?? x.properties?.xtag ?? "").filter(Boolean) ?? [];
  return (each.length ? each : [p?.explanation ?? String(e)]).slice(0, 3).join("; ");
}

/** Tags the template uses that TemplateData does not fill (a typo such as {ho_tenn}). */
export function unknownTags(template: Uint8Array, data: TemplateData): string[] {
  const unknown = new Set<string>();
  render(template, data, (part) => {
    if (part.value) unknown.add(String(part.value));
    return "";
  });
  return [...unknown];
}

function render(
  template: Uint8Array,
  data: TemplateData,
  nullGetter?: (part: { value?: string }) => string,
): Uint8Array {
  let zip: PizZip;
  try {
    zip = new PizZip(template);
  } catch (e) {
    throw new TemplateError("notDocx", String((e as Error).message ?? e));
  }
  if (!zip.file("word/document.xml")) throw new TemplateError("notDocx", "word/document.xml");
  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true, ...(nullGetter ? { nullGetter } : {}) });
    doc.render(data);
  } catch (e) {
    throw new TemplateError("badTags", explain(e));
  }
  return doc.getZip().generate({ type: "uint8array", compression: "DEFLATE" });
}

/** The filled .docx. Unknown tags are an error naming them (a clerk's typo must not print blank). */
export function fillTemplate(template: Uint8Array, data: TemplateData): Uint8Array {
  const unknown = unknownTags(template, data);
  if (unknown.length) throw new TemplateError("badTags", unknown.map((t) => `{${t}}`).join(", "));
  return render(template, data);
}
