import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { deflateRawSync } from "zlib";
import { bookParts, packageParts, sheetXml, styledEmptyRowXml, rowXml, SharedStrings } from "./xlsxWriter";
import { zipBytes, type ZipInput } from "../bench/zipWriter";
import { buildSampleSheets } from "../sample";
import { contractWorkbook } from "./writeBookXlsx";
import { inflateFflate } from "./inflateFflate";
import { readXlsxSource } from "./readBook";
import { readXlsxBook, readXlsxWithExceljs } from "./readXlsx";
import { bytesSource } from "./source";
import { UnusableFileError } from "./unusable";
import { unusableMessage } from "./messages";
import type { ReadLimits } from "./zipLimits";
import { choicesOf, encodeChoices, noChoices } from "../sheets/readingMap";

const UNITS = [
  ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
  ["X-TAVAN", "UBND xã Tả Van", "Xã, phường"],
];

/** Reads with the browser's inflater; the Node path (zlib) is read below through files. */
async function read(parts: ZipInput[] | Uint8Array, file = "so.xlsx", limits: Partial<ReadLimits> = {}) {
  const bytes = parts instanceof Uint8Array ? parts : zipBytes(parts);
  return readXlsxSource(bytesSource(bytes), { file, inflate: inflateFflate, limits });
}

async function refusal(parts: ZipInput[] | Uint8Array, file = "so.xlsx", limits: Partial<ReadLimits> = {}) {
  try {
    await read(parts, file, limits);
  } catch (e) {
    if (e instanceof UnusableFileError) return { reason: e.reason, key: e.key, vi: unusableMessage(e, "vi") };
    throw e;
  }
  throw new Error("the file was read");
}

function replace(parts: ZipInput[], name: string, change: Partial<ZipInput> | null): ZipInput[] {
  const out = parts.filter((p) => p.name !== name || change !== null);
  return out.map((p) => (p.name === name && change ? { ...p, ...change } : p));
}

const dir = mkdtempSync(path.join(tmpdir(), "tdkt-readbook-"));

describe("the streamed reader gives the parser what exceljs gave it", () => {
  it("the Sa Pa sample, written by exceljs, reads to the same values as exceljs' own read", async () => {
    const file = path.join(dir, "sa-pa.xlsx");
    await contractWorkbook(buildSampleSheets()).xlsx.writeFile(file);
    const streamed = (await readXlsxBook(file)).sheets;
    const full = await readXlsxWithExceljs(file);
    for (const s of streamed) {
      const same = full.find((f) => f.name === s.name);
      expect(same).toBeDefined();
      expect(s.values).toEqual(same?.values);
    }
    expect(streamed.map((s) => s.name)).toContain("Đề nghị khen thưởng");
  });

  it("reads shared and inline strings, numbers, dates by style, booleans, errors and formulas' results", async () => {
    const strings = new SharedStrings();
    const header = rowXml(1, ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức", "Ngày đề nghị"], strings);
    const sheet = [
      ...sheetXml([
        header,
        `<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>Cá nhân</t></is></c>` +
          `<c r="C2" t="inlineStr"><is><r><t>Lý Thị </t></r><r><rPr><b/></rPr><t>Hoà</t></r><rPh><t>ホア</t></rPh></is></c>` +
          `<c r="D2" t="str"><f>"X-"&amp;"TAVAN"</f><v>X-TAVAN</v></c><c r="E2" t="e"><f>1/0</f><v>#DIV/0!</v></c>` +
          `<c r="F2" s="1"><v>45616</v></c><c r="G2" t="b"><v>1</v></c><c r="H2"><f>G2*2</f></c>` +
          `<c r="I2" t="inlineStr"><is><t>a &lt;b&gt; _x000D_c</t></is></c></row>`,
        styledEmptyRowXml(3, 22),
        styledEmptyRowXml(50_000, 22),
      ]),
    ].join("");
    const parts = packageParts(["Đề nghị khen thưởng", "Đơn vị"]);
    parts.push({ name: "xl/worksheets/sheet1.xml", data: sheet });
    parts.push({
      name: "xl/worksheets/sheet2.xml",
      data: [...sheetXml(UNITS.map((r, i) => rowXml(i + 1, r, strings)))].join(""),
    });
    parts.push({ name: "xl/sharedStrings.xml", data: [...strings.xml()].join("") });
    const { sheets, warnings } = await read(parts);
    expect(warnings).toEqual([]);
    const nominations = sheets.find((s) => s.name === "Đề nghị khen thưởng");
    // The styled empty rows below the data add nothing.
    expect(nominations?.values).toHaveLength(2);
    expect(nominations?.values[1]).toEqual([
      1,
      "Cá nhân",
      "Lý Thị Hoà",
      "X-TAVAN",
      "#DIV/0!",
      new Date(Date.UTC(2024, 10, 20)),
      true,
      null,
      "a <b> \rc",
    ]);
  });

  it("inflates neither media nor sheets the contract does not name: a broken image does not matter", async () => {
    const parts = bookParts({ "Đơn vị": UNITS, "Ghi chú của chị Hà": [["rác"]] });
    const junk = Buffer.alloc(4096, 0xee);
    const broken = replace(parts, "xl/worksheets/sheet2.xml", { data: junk, store: true, declaredCrc: 1 });
    broken.push({ name: "xl/media/image1.png", data: junk, store: true, declaredCrc: 1 });
    const { sheets } = await read(broken);
    expect(sheets.map((s) => s.name)).toEqual(["Đơn vị"]);
  });
});

describe("a zip bomb is refused before it is inflated, or the moment it passes what it declared", () => {
  it("a part that declares more than a gigabyte is refused by name, without inflating it", async () => {
    const parts = bookParts({ "Đơn vị": UNITS });
    parts.push({
      name: "xl/media/image1.png",
      data: "x",
      declaredSize: 1_200_000_000,
      declaredCompressedSize: 3_000_000,
    });
    const r = await refusal(parts);
    expect(r).toMatchObject({ reason: "limit", key: "file.limit.part" });
    expect(r.vi).toBe(
      "tệp “so.xlsx” bị từ chối: phần “xl/media/image1.png” khi giải nén là 1145 MB, quá giới hạn 1024 MB mỗi phần.",
    );
  });

  it("a part compressed more than 100 times is refused by name", async () => {
    const parts = bookParts({ "Đơn vị": UNITS });
    parts.push({ name: "xl/media/image1.emf", data: "x", declaredSize: 50_000_000, declaredCompressedSize: 50_000 });
    const r = await refusal(parts);
    expect(r.key).toBe("file.limit.ratio");
    expect(r.vi).toMatch(/phần “xl\/media\/image1\.emf” nén nhỏ đi 1000 lần, quá giới hạn 100 lần/);
  });

  it("parts that together declare more than 2 GB are refused, naming the largest", async () => {
    const parts = bookParts({ "Đơn vị": UNITS });
    for (let i = 1; i <= 3; i++) {
      parts.push({
        name: `xl/media/image${i}.png`,
        data: "x",
        declaredSize: 900 * 2 ** 20 + i,
        declaredCompressedSize: 10 * 2 ** 20,
      });
    }
    const r = await refusal(parts);
    expect(r.key).toBe("file.limit.total");
    expect(r.vi).toMatch(/2701 MB, quá giới hạn 2048 MB \(lớn nhất là “xl\/media\/image3\.png”\)/);
  });

  it("a sheet that declares 2 KB but inflates to 2 MB of rows is stopped at 2 KB", async () => {
    const parts = bookParts({ "Đơn vị": UNITS });
    const rows = Array.from({ length: 20_000 }, (_, i) => styledEmptyRowXml(i + 1, 5));
    const big = [...sheetXml(rows)].join("");
    const r = await refusal(replace(parts, "xl/worksheets/sheet1.xml", { data: big, declaredSize: 2048 }));
    expect(r.key).toBe("file.limit.overflow");
    expect(r.vi).toMatch(/phần “xl\/worksheets\/sheet1\.xml” giải nén ra nhiều hơn 2048 byte đã khai báo/);
  });

  it("the row limit stops the read with one sentence naming the sheet", async () => {
    const rows = [UNITS[0], ...Array.from({ length: 30 }, (_, i) => [`DV${i}`, `Đơn vị ${i}`, "Khác"])];
    const r = await refusal(bookParts({ "Đơn vị": rows }), "so.xlsx", { maxRows: 20 });
    expect(r.reason).toBe("tooManyRows");
    expect(r.vi).toMatch(/sheet “Đơn vị” làm số dòng có dữ liệu vượt giới hạn 20 dòng/);
  });
});

describe("a damaged package is damaged; what Excel repairs is read with a warning", () => {
  it("a sheet the workbook lists whose part is missing", async () => {
    const parts = replace(
      bookParts({ "Đơn vị": UNITS, "Phong trào": [["Mã phong trào"]] }),
      "xl/worksheets/sheet2.xml",
      null,
    );
    const r = await refusal(parts);
    expect(r.vi).toBe(
      "tệp “so.xlsx” bị hỏng: sheet “Phong trào” trỏ tới phần “xl/worksheets/sheet2.xml” không có trong tệp.",
    );
  });

  it("a sheet whose relationship is not in the workbook's relationships", async () => {
    const parts = bookParts({ "Đơn vị": UNITS });
    const wb = parts.find((p) => p.name === "xl/workbook.xml")?.data as string;
    const r = await refusal(replace(parts, "xl/workbook.xml", { data: wb.replace('r:id="rId1"', 'r:id="rId9"') }));
    expect(r.vi).toBe("tệp “so.xlsx” bị hỏng: quan hệ “rId9” không có trong “xl/_rels/workbook.xml.rels”.");
  });

  it("a part whose checksum is wrong, and a cell pointing past the shared strings", async () => {
    const parts = bookParts({ "Đơn vị": UNITS });
    expect((await refusal(replace(parts, "xl/worksheets/sheet1.xml", { declaredCrc: 12345 }))).key).toBe(
      "file.damaged.crc",
    );
    const sheet = [...sheetXml([`<row r="1"><c r="B1" t="s"><v>99</v></c></row>`])].join("");
    const r = await refusal(replace(parts, "xl/worksheets/sheet1.xml", { data: sheet }));
    expect(r.vi).toMatch(/ô B1 của sheet “Đơn vị” trỏ tới một chuỗi không có trong bảng chuỗi/);
  });

  it("overlapping merged ranges are read, with a warning naming both", async () => {
    const strings = new SharedStrings();
    const rows = UNITS.map((r, i) => rowXml(i + 1, r, strings));
    const tail = '<mergeCells count="2"><mergeCell ref="A5:C6"/><mergeCell ref="B6:D7"/></mergeCells>';
    const parts = packageParts(["Đơn vị"]);
    parts.push({ name: "xl/worksheets/sheet1.xml", data: [...sheetXml(rows, tail)].join("") });
    parts.push({ name: "xl/sharedStrings.xml", data: [...strings.xml()].join("") });
    const { sheets, warnings } = await read(parts);
    expect(sheets[0].values[1]).toEqual(UNITS[1]);
    expect(warnings).toEqual([{ key: "warn.overlappingMerge", params: { sheet: "Đơn vị", a: "A5:C6", b: "B6:D7" } }]);
  });

  it("a real .xlsx named .xls is read, with a warning", async () => {
    const { sheets, warnings } = await read(bookParts({ "Đơn vị": UNITS }), "so-cu.xls");
    expect(sheets[0].values[1]).toEqual(UNITS[1]);
    expect(warnings).toEqual([{ key: "warn.wrongExtension", params: { ext: ".xls" } }]);
  });
});

describe("what is not a spreadsheet is named for what it is", () => {
  const ole = (name: string) => {
    const b = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
    Buffer.from(name, "utf16le").copy(b, 1024);
    b.writeUInt16LE((name.length + 1) * 2, 1024 + 64);
    return b;
  };
  const cases: [string, Uint8Array, RegExp][] = [
    ["rỗng", Buffer.alloc(0), /đây là tệp rỗng \(0 byte\)\.$/],
    ["CSV", Buffer.from("Mã đơn vị;Tên đơn vị\nX-TAVAN;UBND xã Tả Van\n"), /đây là tệp văn bản CSV/],
    ["PDF", Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj"), /đây là tài liệu PDF\.$/],
    ["Word .docx", zipBytes([{ name: "word/document.xml", data: "<w:document/>" }]), /tài liệu Word \(\.docx\)/],
    [
      "ODS",
      zipBytes([
        { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", store: true },
        { name: "content.xml", data: "<office:document-content/>" },
      ]),
      /bảng tính OpenDocument \(\.ods\)/,
    ],
    ["Word .doc", ole("WordDocument"), /tài liệu Word 97-2003 \(\.doc\)/],
    ["Excel .xls", ole("Workbook"), /sổ Excel 97-2003 \(\.xls\)/],
    [
      "ngẫu nhiên",
      Buffer.from(Array.from({ length: 500 }, (_, i) => (i * 7919) % 251)),
      /không phải tệp Excel \(\.xlsx\)\.$/,
    ],
  ];
  it.each(cases)("%s", async (_kind, bytes, expected) => {
    const r = await refusal(bytes);
    expect(r.reason).toBe("notXlsx");
    expect(r.vi).toMatch(expected);
  });

  it("an encrypted (password-protected) .xlsx says to remove the password", async () => {
    expect((await refusal(ole("EncryptedPackage"))).vi).toMatch(/được đặt mật khẩu; hãy bỏ mật khẩu/);
  });
});

describe("the Node path (zlib) reads files the same way", () => {
  it("a bomb in a file on disk is refused with the same sentence", async () => {
    const parts = bookParts({ "Đơn vị": UNITS });
    const sheet = Buffer.from(
      [...sheetXml(Array.from({ length: 5000 }, (_, i) => styledEmptyRowXml(i + 1, 5)))].join(""),
    );
    const file = path.join(dir, "bom.xlsx");
    writeFileSync(file, zipBytes(replace(parts, "xl/worksheets/sheet1.xml", { data: sheet, declaredSize: 1000 })));
    await expect(readXlsxBook(file)).rejects.toMatchObject({ key: "file.limit.overflow" });
    expect(deflateRawSync(sheet).length).toBeLessThan(sheet.length);
  });
});

describe("the browser page reads a picked file with the same limits and messages", () => {
  it("a File (a Blob) is read slice by slice; a bomb in one gets the same sentence", async () => {
    const { readXlsxBlob } = await import("./readBlob");
    const good = new Blob([new Uint8Array(zipBytes(bookParts({ "Đơn vị": UNITS })))]);
    const { sheets } = await readXlsxBlob(good, "don-vi.xlsx");
    expect(sheets[0].values[1]).toEqual(UNITS[1]);
    const parts = bookParts({ "Đơn vị": UNITS });
    parts.push({
      name: "xl/media/image1.png",
      data: "x",
      declaredSize: 1_200_000_000,
      declaredCompressedSize: 3_000_000,
    });
    const bomb = new Blob([new Uint8Array(zipBytes(parts))]);
    const e = await readXlsxBlob(bomb, "bom.xlsx").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UnusableFileError);
    expect(unusableMessage(e as UnusableFileError, "en")).toBe(
      "“bom.xlsx” refused: part “xl/media/image1.png” inflates to 1145 MB, more than the limit of 1024 MB a part.",
    );
  });
});

describe("sheets whose names say nothing, and the clerk's choices", () => {
  const NOMINATIONS = [
    ["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức"],
    [1, "Cá nhân", "Giàng Thị Sùng", "X-TAVAN", "Lao động tiên tiến"],
  ];

  it("reads whole a sheet its header makes the nominations, and only the first rows of a long unrelated one", async () => {
    const notes = Array.from({ length: 5_000 }, (_, i) => [`Ghi chú ${i + 1}`]);
    const { sheets, others } = await read(
      bookParts({ "Đơn vị": UNITS, Sheet1: NOMINATIONS, "Ghi chú của chị Hà": notes }),
      "so.xlsx",
      // The long sheet's rows would pass this limit: only its first rows are read.
      { maxRows: 100 },
    );
    expect(sheets.map((s) => [s.name, s.values.length, s.partial ?? false])).toEqual([
      ["Đơn vị", 2, false],
      ["Sheet1", 2, false],
    ]);
    expect(others).toEqual(["Ghi chú của chị Hà"]);
  });

  it("reads the choices kept in _tdkt_map, and the sheet they choose", async () => {
    const store = encodeChoices({ ...noChoices(), sheets: { nominations: "Trang tính1" } });
    const odd = [["TT", "Tên người", "Đơn vị", "Khen"], ...NOMINATIONS.slice(1)];
    const { sheets } = await read(bookParts({ "Đơn vị": UNITS, "Trang tính1": odd, _tdkt_map: store }));
    expect(sheets.map((s) => s.name)).toEqual(["Đơn vị", "Trang tính1", "_tdkt_map"]);
    expect(choicesOf(sheets).sheets).toEqual({ nominations: "Trang tính1" });
  });
});

describe("the web page reads every sheet of the clerk's book (everySheet)", () => {
  it("whole, in the workbook's order, whatever their names, with hidden tabs named hidden", async () => {
    const notes = Array.from({ length: 5_000 }, (_, i) => [`Ghi chú ${i + 1}`]);
    const parts = bookParts({ "Ghi chú của chị Hà": notes, "Đơn vị": UNITS, _tdkt_undo: [["Hoàn tác"]] });
    const withStates = parts.map((p) =>
      p.name === "xl/workbook.xml"
        ? {
            ...p,
            data: String(p.data)
              .replace('name="Đơn vị"', 'name="Đơn vị" state="hidden"')
              .replace('name="_tdkt_undo"', 'name="_tdkt_undo" state="veryHidden"'),
          }
        : p,
    );
    const seen: string[] = [];
    const { sheets, states, others } = await readXlsxSource(bytesSource(zipBytes(withStates)), {
      file: "so-phuong-sa-pa.xlsx",
      inflate: inflateFflate,
      everySheet: true,
      onSheet: (done, total) => seen.push(`${done}/${total}`),
    });
    expect(sheets.map((s) => [s.name, s.values.length])).toEqual([
      ["Ghi chú của chị Hà", 5_000],
      ["Đơn vị", 2],
      ["_tdkt_undo", 1],
    ]);
    expect(states).toEqual({ "Ghi chú của chị Hà": "visible", "Đơn vị": "hidden", _tdkt_undo: "veryHidden" });
    expect(others).toBeUndefined();
    expect(seen).toEqual(["0/3", "1/3", "2/3", "3/3"]);
  });

  it("counts every sheet's rows against the limit", async () => {
    const notes = Array.from({ length: 300 }, (_, i) => [`Ghi chú ${i + 1}`]);
    const bytes = zipBytes(bookParts({ "Đơn vị": UNITS, "Ghi chú của chị Hà": notes }));
    await expect(
      readXlsxSource(bytesSource(bytes), {
        file: "so.xlsx",
        inflate: inflateFflate,
        everySheet: true,
        limits: { maxRows: 200 },
      }),
    ).rejects.toMatchObject({ reason: "tooManyRows" });
  });
});
