/**
 * The built-in Word layout of the council's documents, in the style of NĐ 30/2020/NĐ-CP: A4, margins
 * 20/15/20/30 mm, Times New Roman 13–14, the issuing body and the national heading side by side with
 * their short rules, number and place-date line, title and subject, "Căn cứ" lines, articles or body,
 * "Nơi nhận" and the signature block, page numbers from the second page, and the annex list on a page
 * of its own. Everything it prints comes from TemplateData (data.ts), as an office's template does.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
  type ISectionOptions,
} from "docx";
import { NATIONAL_MOTTO, NATIONAL_TITLE } from "../officialWords";
import type { CountRowData, GroupData, TemplateData } from "./data";

const FONT = "Times New Roman";
/** Twentieths of a point. A4 and the margins of NĐ 30 (top/bottom 20, right 15, left 30 mm). */
const MM = 56.7;
const PAGE = { width: 11906, height: 16838 };
const MARGIN = {
  top: Math.round(20 * MM),
  bottom: Math.round(20 * MM),
  left: Math.round(30 * MM),
  right: Math.round(15 * MM),
};
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const LEFT_HEAD = 3800;
const RIGHT_HEAD = TEXT_WIDTH - LEFT_HEAD;

type Run = IRunOptions & { text: string };

const run = (text: string, size: number, more: Omit<IRunOptions, "text" | "size"> = {}): TextRun =>
  new TextRun({ text, size: size * 2, font: FONT, ...more });

function para(runs: (TextRun | Run)[], options: Omit<IParagraphOptions, "children"> = {}): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 240 },
    ...options,
    children: runs.map((r) => (r instanceof TextRun ? r : new TextRun({ font: FONT, ...r }))),
  });
}

/** Centred heading lines at 1.1 lines: capitals with Vietnamese tone marks (Ủ, Ị) need the room. */
const centre = (text: string, size: number, more: Omit<IRunOptions, "text" | "size"> = {}, after = 0) =>
  para([run(text, size, more)], { alignment: AlignmentType.CENTER, spacing: { before: 0, after, line: 264 } });

/** A body paragraph: justified, first line indented 1 cm, 6 pt after, 1.15 lines (NĐ 30 allows 1–1.5). */
const body = (runs: TextRun[], indent = true) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: indent ? { firstLine: Math.round(10 * MM) } : undefined,
    spacing: { before: 0, after: 120, line: 276 },
    children: runs,
  });

/** The short solid rule under a heading line, `length` mm long, centred in a column `width` twips wide. */
function rule(width: number, length: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((width - length * MM) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after, line: 100, lineRule: "exact" },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [run("", 2)],
  });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function cell(children: Paragraph[], width: number, more: { columnSpan?: number; centre?: boolean } = {}): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    columnSpan: more.columnSpan,
    verticalAlign: more.centre ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

function lines(text: string, size: number, more: Omit<IRunOptions, "text" | "size"> = {}): Paragraph[] {
  return text
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => centre(l, size, more));
}

/** Issuing body | national heading, then number | place and date on one line (NĐ 30, Phụ lục I). */
function heading(d: TemplateData): Table {
  const left: Paragraph[] = [
    ...(d.co_quan_chu_quan ? lines(d.co_quan_chu_quan, 13) : []),
    ...lines(d.co_quan_ban_hanh, 13, { bold: true }),
    rule(LEFT_HEAD, 22),
  ];
  const right: Paragraph[] = [
    centre(NATIONAL_TITLE, 12.5, { bold: true }),
    centre(NATIONAL_MOTTO, 13.5, { bold: true }),
    rule(RIGHT_HEAD, 60),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_HEAD, RIGHT_HEAD],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({ children: [cell(left, LEFT_HEAD), cell(right, RIGHT_HEAD)] }),
      new TableRow({
        children: [
          cell([centre(`Số: ${d.so_ky_hieu}`, 13)], LEFT_HEAD),
          cell([centre(d.dia_danh_ngay, 13.5, { italics: true })], RIGHT_HEAD),
        ],
      }),
    ],
  });
}

function title(d: TemplateData): Paragraph[] {
  const out = [
    centre("", 14),
    centre(d.ten_van_ban, 14, { bold: true }),
    centre(d.trich_yeu, 14, { bold: true }),
    new Paragraph({ spacing: { before: 0, after: 0, line: 60, lineRule: "exact" }, children: [] }),
    rule(TEXT_WIDTH, 30, 120),
  ];
  if (d.tham_quyen) out.push(centre(d.tham_quyen, 14, { bold: true }, 240));
  if (d.kinh_gui) {
    out.push(
      para([run("Kính gửi: ", 14), run(d.kinh_gui, 14)], {
        alignment: AlignmentType.CENTER,
        spacing: { before: 120, after: 240, line: 276 },
      }),
    );
  }
  return out;
}

function signature(d: TemplateData): Table {
  const leftWidth = Math.round(TEXT_WIDTH * 0.5);
  const rightWidth = TEXT_WIDTH - leftWidth;
  const left = [
    para([run("Nơi nhận:", 12, { bold: true, italics: true })]),
    ...d.noi_nhan.map((n) => para([run(`- ${n.noi_dung}`, 11)])),
  ];
  const right = [
    ...lines(d.quyen_han_ky, 14, { bold: true }),
    ...lines(d.chuc_vu_ky, 14, { bold: true }),
    ...[0, 1, 2, 3, 4].map(() => centre("", 14)),
    centre(d.nguoi_ky, 14, { bold: true }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, leftWidth), cell(right, rightWidth)] })],
  });
}

function countTable(rows: CountRowData[]): Table {
  const widths = [700, TEXT_WIDTH - 700 - 4 * 1150, 1150, 1150, 1150, 1150];
  const header = ["STT", "Danh hiệu, hình thức khen thưởng", "Cá nhân", "Tập thể", "Hộ gia đình", "Cộng"];
  const row = (values: (string | number)[], bold = false) =>
    new TableRow({
      cantSplit: true,
      children: values.map((v, i) =>
        cell(
          [para([run(String(v), 13, { bold })], { alignment: i === 1 ? AlignmentType.LEFT : AlignmentType.CENTER })],
          widths[i],
          { centre: true },
        ),
      ),
    });
  const total = (key: keyof CountRowData) => rows.reduce((n, r) => n + Number(r[key]), 0);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((h, i) =>
          cell([para([run(h, 13, { bold: true })], { alignment: AlignmentType.CENTER })], widths[i], { centre: true }),
        ),
      }),
      ...rows.map((r) => row([r.stt, r.hinh_thuc, r.ca_nhan, r.tap_the, r.ho_gia_dinh, r.cong])),
      row(["", "Cộng", total("ca_nhan"), total("tap_the"), total("ho_gia_dinh"), total("cong")], true),
    ],
  });
}

/** The annex list: one table, a row per group heading (I., II., III. only for groups that have people). */
function annexTable(d: TemplateData): Table {
  const withMoney = d.la_quyet_dinh && d.co_tien_thuong;
  const withAchievement = d.la_to_trinh_cap_tren;
  const third = withMoney ? 2000 : withAchievement ? 3600 : 0;
  const widths = third ? [700, TEXT_WIDTH - 700 - third, third] : [700, TEXT_WIDTH - 700];
  const header = [
    "STT",
    "Họ và tên, chức vụ, đơn vị",
    ...(withMoney ? ["Tiền thưởng (đồng)"] : withAchievement ? ["Tóm tắt thành tích"] : []),
  ];
  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      children: header.map((h, i) =>
        cell([para([run(h, 13, { bold: true })], { alignment: AlignmentType.CENTER })], widths[i], { centre: true }),
      ),
    }),
  ];
  const group = (g: GroupData) => {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell([para([run(`${g.so_la_ma}. ${g.ten_nhom} (${g.so_luong})`, 13, { bold: true })])], TEXT_WIDTH, {
            columnSpan: widths.length,
          }),
        ],
      }),
    );
    for (const p of g.nguoi) {
      const third = withMoney ? p.tien_thuong : withAchievement ? p.thanh_tich : null;
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            cell([para([run(`${p.stt}.`, 13)], { alignment: AlignmentType.CENTER })], widths[0]),
            cell([para([run(p.dong, 13)])], widths[1]),
            ...(third === null
              ? []
              : [
                  cell(
                    [para([run(third, 13)], { alignment: withMoney ? AlignmentType.RIGHT : AlignmentType.LEFT })],
                    widths[2],
                  ),
                ]),
          ],
        }),
      );
    }
  };
  d.danh_sach.forEach(group);
  if (withMoney && d.tong_tien) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell(
            [para([run("Tổng cộng", 13, { bold: true })], { alignment: AlignmentType.CENTER })],
            widths[0] + widths[1],
            {
              columnSpan: 2,
            },
          ),
          cell([para([run(d.tong_tien, 13, { bold: true })], { alignment: AlignmentType.RIGHT })], widths[2]),
        ],
      }),
    );
  }
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    rows,
  });
}

function section(children: (Paragraph | Table)[]): ISectionOptions {
  return {
    properties: {
      page: { size: PAGE, margin: { ...MARGIN, header: Math.round(10 * MM), footer: Math.round(10 * MM) } },
      titlePage: true,
    },
    headers: {
      // NĐ 30: page numbers at the top centre, from the second page on.
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 26 })],
          }),
        ],
      }),
      first: new Header({ children: [] }),
    },
    children,
  };
}

function mainPart(d: TemplateData): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (d.du_thao) out.push(para([run("DỰ THẢO", 12, { bold: true })], { spacing: { after: 120 } }));
  out.push(heading(d), ...title(d));
  for (const c of d.can_cu) out.push(body([run(c.noi_dung, 14, { italics: true })]));
  if (d.la_quyet_dinh) {
    out.push(
      para([run("QUYẾT ĐỊNH:", 14, { bold: true })], {
        alignment: AlignmentType.CENTER,
        spacing: { before: 120, after: 120, line: 264 },
      }),
    );
    for (const a of d.dieu) out.push(body([run(`Điều ${a.so}. `, 14, { bold: true }), run(a.noi_dung, 14)]));
  }
  if (d.doan_mo_dau) out.push(body([run(d.doan_mo_dau, 14)]));
  d.doan.forEach((p, i) => {
    out.push(body([run(p.noi_dung, 14)]));
    if (d.la_to_trinh && i === 0 && d.bang_so_luong.length) out.push(countTable(d.bang_so_luong), centre("", 8));
    if (d.la_to_trinh && i === 1 && d.bang_cap_tren.length) out.push(countTable(d.bang_cap_tren), centre("", 8));
  });
  out.push(centre("", 14), signature(d));
  return out;
}

function annexPart(d: TemplateData): (Paragraph | Table)[] {
  return [
    centre("DANH SÁCH", 14, { bold: true }),
    centre(d.tieu_de_danh_sach, 14, { bold: true }),
    centre(d.kem_theo, 14, { italics: true }),
    new Paragraph({ spacing: { before: 0, after: 0, line: 60, lineRule: "exact" }, children: [] }),
    rule(TEXT_WIDTH, 30, 240),
    annexTable(d),
    ...(d.ghi_chu_tien_thuong && d.co_tien_thuong
      ? [para([run(d.ghi_chu_tien_thuong, 12, { italics: true })], { spacing: { before: 120, after: 0, line: 276 } })]
      : []),
    ...(d.tong_tien_bang_chu && d.co_tien_thuong
      ? [
          para([run(`Bằng chữ: ${d.tong_tien_bang_chu}.`, 13, { italics: true })], {
            spacing: { before: 120, after: 0, line: 276 },
          }),
        ]
      : []),
  ];
}

export function councilDocx(d: TemplateData): Document {
  const sections = [section(mainPart(d))];
  if (d.danh_sach.length) sections.push(section(annexPart(d)));
  return new Document({
    creator: "TĐKT cho Excel",
    title: `${d.ten_van_ban} ${d.trich_yeu}`,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections,
  });
}

/** The .docx bytes (Node and the browser alike). */
export async function councilDocxBytes(d: TemplateData): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(councilDocx(d)));
}
