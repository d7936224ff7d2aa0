/**
 * Where each field prints on an office's pre-printed certificate blank (phôi giấy khen), in
 * millimetres from the blank's top-left corner: the Mẫu in phôi sheet's rows, or the default below
 * for an A4 landscape blank. Rows of the sheet may name an award (Hình thức): its blank's layout;
 * rows without one apply to every award. A field's Nội dung is printed instead of its own value and
 * may use the same {placeholders} as the Word templates.
 */
import type { Align, CertificateField, CertificateFieldKey, FontStyle } from "../domain/model";

export interface FieldBox {
  field: CertificateFieldKey;
  x: number;
  y: number;
  /** 0 = no box: the text starts (or, centred, is centred) at x. */
  width: number;
  /** 0 = one line (shrunk to fit the width); otherwise lines wrap and shrink to fit the box. */
  height: number;
  fontSize: number;
  style: FontStyle;
  align: Align;
  /** Text with {placeholders}. */
  content: string;
}

export interface BlankLayout {
  /** mm */
  width: number;
  height: number;
  fields: FieldBox[];
}

/** What each field prints when the sheet gives no Nội dung. */
export const FIELD_CONTENT: Record<CertificateFieldKey, string> = {
  page: "",
  honorific: "{danh_xung}",
  name: "{ho_ten}",
  positionUnit: "{chuc_vu_don_vi}",
  achievement: "{thanh_tich}",
  decisionNumber: "{so_quyet_dinh}",
  decisionDate: "{ngay_quyet_dinh}",
  placeDate: "{dia_danh_ngay}",
  signerTitle: "{quyen_han_ky}\n{chuc_vu_ky}",
  signerName: "{nguoi_ky}",
  registerNumber: "{so_vao_so}",
  text: "",
};

const box = (
  field: CertificateFieldKey,
  x: number,
  y: number,
  width: number,
  height: number,
  fontSize: number,
  style: FontStyle,
  align: Align,
  content = FIELD_CONTENT[field],
): FieldBox => ({ field, x, y, width, height, fontSize, style, align, content });

/**
 * An A4 landscape blank (297 × 210 mm) as most Giấy khen blanks are printed: the emblem, the title
 * and "Tặng" pre-printed above 85 mm, the lower third left for the decision and the signature.
 */
export const DEFAULT_LAYOUT: BlankLayout = {
  width: 297,
  height: 210,
  fields: [
    box("honorific", 55, 86, 22, 0, 16, "regular", "right"),
    box("name", 80, 84, 160, 0, 22, "bold", "left"),
    box("positionUnit", 55, 99, 190, 12, 15, "regular", "left"),
    box("achievement", 55, 114, 190, 26, 15, "italic", "left"),
    box("placeDate", 165, 146, 110, 0, 14, "italic", "center"),
    box("signerTitle", 165, 154, 110, 14, 14, "bold", "center"),
    box("signerName", 165, 188, 110, 0, 15, "bold", "center"),
    box(
      "decisionNumber",
      25,
      172,
      120,
      0,
      12,
      "regular",
      "left",
      "Quyết định số {so_quyet_dinh}, ngày {ngay_quyet_dinh}",
    ),
    box("registerNumber", 25, 180, 120, 0, 12, "regular", "left", "Số vào sổ: {so_vao_so}"),
  ],
};

/** The default layout as rows of a new Mẫu in phôi sheet (the page first), for set-up and tests. */
export function defaultLayoutRows(): Omit<CertificateField, "row" | "extra">[] {
  return [
    {
      award: null,
      field: "page",
      x: 0,
      y: 0,
      width: DEFAULT_LAYOUT.width,
      height: DEFAULT_LAYOUT.height,
      fontSize: null,
      style: null,
      align: null,
      content: null,
    },
    ...DEFAULT_LAYOUT.fields.map((f) => ({
      award: null,
      field: f.field,
      x: f.x,
      y: f.y,
      width: f.width || null,
      height: f.height || null,
      fontSize: f.fontSize,
      style: f.style,
      align: f.align,
      content: f.content === FIELD_CONTENT[f.field] ? null : f.content,
    })),
  ];
}

function toBox(r: CertificateField): FieldBox | null {
  if (r.field === "page" || r.x === null || r.y === null) return null;
  return {
    field: r.field,
    x: r.x,
    y: r.y,
    width: r.width ?? 0,
    height: r.height ?? 0,
    fontSize: r.fontSize ?? 14,
    style: r.style ?? "regular",
    align: r.align ?? "left",
    content: r.content ?? FIELD_CONTENT[r.field],
  };
}

/**
 * The blank for an award: the sheet's rows naming it (by `matches`), else its rows naming none,
 * else the default. A layout without a Khổ phôi row keeps A4 landscape.
 */
export function layoutFor(
  rows: readonly CertificateField[] | null | undefined,
  matches: (award: string) => boolean,
): BlankLayout {
  const all = (rows ?? []).filter((r) => r.field);
  const own = all.filter((r) => r.award && matches(r.award));
  const chosen = own.length ? own : all.filter((r) => !r.award);
  if (!chosen.length) return DEFAULT_LAYOUT;
  const page = chosen.find((r) => r.field === "page");
  return {
    width: page?.width ?? DEFAULT_LAYOUT.width,
    height: page?.height ?? DEFAULT_LAYOUT.height,
    fields: chosen.map(toBox).filter((b): b is FieldBox => b !== null),
  };
}
