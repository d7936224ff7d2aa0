import { duplicateNomination } from "./duplicateNomination";
import { book, codesAt, nomination, run } from "./testBook";

describe("DUPLICATE_NOMINATION", () => {
  it("the same person proposed twice for LĐTT in one unit is flagged on the second row, naming the first", () => {
    const f = run(
      duplicateNomination,
      book({
        nominations: [
          nomination("Giàng Thị Sùng", "X-TAVAN", "Lao động tiên tiến"),
          nomination("Lò Văn Minh", "X-TAVAN", "LĐTT"),
          nomination("Giàng Thị Sùng", "X-TAVAN", "LDTT"),
        ],
      }),
    );
    expect(codesAt(f)).toEqual(["DUPLICATE_NOMINATION@4"]);
    expect(f[0]).toMatchObject({
      severity: "error",
      column: "Họ và tên",
      unit: "X-TAVAN",
      ref: "2",
      params: { firstRow: 2, award: "Lao động tiên tiến", year: 2024 },
    });
  });

  it("names match across NFD, old tone marks, spaces and case: Lý Thị Hòa = LÝ THỊ  HOÀ", () => {
    const f = run(
      duplicateNomination,
      book({
        nominations: [
          nomination("Lý Thị Hòa", "X-TAPHIN", "LĐTT"),
          nomination(" LÝ THỊ  HOÀ ".normalize("NFD"), "x-taphin", "LĐTT"),
        ],
      }),
    );
    expect(codesAt(f)).toEqual(["DUPLICATE_NOMINATION@3"]);
  });

  it("Đặng Thị Thuỷ and Đặng Thị Thủy are the same; Nguyễn Văn Khoẻ and Nguyễn Văn Khỏe too", () => {
    const f = run(
      duplicateNomination,
      book({
        nominations: [
          nomination("Đặng Thị Thuỷ", "PNV", "CSTĐCS"),
          nomination("Nguyễn Văn Khoẻ", "PNV", "CSTĐCS"),
          nomination("Đặng Thị Thủy", "PNV", "CSTĐCS"),
          nomination("Nguyễn Văn Khỏe", "PNV", "CSTĐCS"),
        ],
      }),
    );
    expect(codesAt(f)).toEqual(["DUPLICATE_NOMINATION@4", "DUPLICATE_NOMINATION@5"]);
  });

  it("names that differ only by diacritics are different people (Sa Pa is not Sa Pả)", () => {
    const f = run(
      duplicateNomination,
      book({
        nominations: [
          nomination("Tổ dân phố Sa Pa", "P-SAPA", "GKH", { subject: "collective" }),
          nomination("Tổ dân phố Sa Pả", "P-SAPA", "GKH", { subject: "collective" }),
        ],
      }),
    );
    expect(f).toEqual([]);
  });

  it("the same name in another unit is another person", () => {
    const f = run(
      duplicateNomination,
      book({
        nominations: [
          nomination("Giàng Thị Sùng", "X-TAVAN", "LĐTT"),
          nomination("Giàng Thị Sùng", "X-TAPHIN", "LĐTT"),
        ],
      }),
    );
    expect(f).toEqual([]);
  });

  it("two ad-hoc (đột xuất) awards for two deeds are not duplicates; two movements neither", () => {
    const f = run(
      duplicateNomination,
      book({
        nominations: [
          nomination("Sần Văn Lâm", "X-TAVAN", "GKH", {
            kind: "adHoc",
            achievement: "Cứu người bị lũ cuốn ở suối Mường Hoa ngày 10/9/2024",
          }),
          nomination("Sần Văn Lâm", "X-TAVAN", "GKH", {
            kind: "adHoc",
            achievement: "Bắt giữ đối tượng trộm cắp tài sản ngày 02/11/2024",
          }),
          nomination("Sần Văn Lâm", "X-TAVAN", "GKH", { kind: "thematic", movement: "PT-DVK" }),
          nomination("Sần Văn Lâm", "X-TAVAN", "GKH", { kind: "thematic", movement: "PT-NTM" }),
        ],
      }),
    );
    expect(f).toEqual([]);
  });

  it("the same ad-hoc award for the same deed (or none written) twice is flagged", () => {
    const deed = "Cứu người bị lũ cuốn ở suối Mường Hoa";
    const f = run(
      duplicateNomination,
      book({
        nominations: [
          nomination("Sần Văn Lâm", "X-TAVAN", "GKH", { kind: "adHoc", achievement: deed }),
          nomination("Sần Văn Lâm", "X-TAVAN", "GKH", { kind: "adHoc", achievement: ` ${deed.toUpperCase()} ` }),
          nomination("Lò Thị Hương", "X-TAVAN", "GKH", { kind: "adHoc" }),
          nomination("Lò Thị Hương", "X-TAVAN", "GKH", { kind: "adHoc" }),
        ],
      }),
    );
    expect(codesAt(f)).toEqual(["DUPLICATE_NOMINATION@3", "DUPLICATE_NOMINATION@5"]);
  });

  it("the same thematic award for the same movement twice is flagged", () => {
    const f = run(
      duplicateNomination,
      book({
        nominations: [
          nomination("Sần Văn Lâm", "X-TAVAN", "GKH", { kind: "thematic", movement: "PT-DVK" }),
          nomination("Sần Văn Lâm", "X-TAVAN", "GKH", { kind: "thematic", movement: "pt-dvk" }),
        ],
      }),
    );
    expect(codesAt(f)).toEqual(["DUPLICATE_NOMINATION@3"]);
  });

  it("an award the catalogue does not know is still compared as written, its year and “của” aside", () => {
    const f = run(
      duplicateNomination,
      book({
        nominations: [
          nomination("Lý Thị Hòa", "P-SAPA", "Giấy khen của Hội Nông dân năm 2024"),
          nomination("Lý Thị Hòa", "P-SAPA", "Giấy khen Hội Nông dân"),
          nomination("Lý Thị Hòa", "P-SAPA", "Giấy khen Hội Phụ nữ"),
        ],
      }),
    );
    expect(codesAt(f)).toEqual(["DUPLICATE_NOMINATION@3"]);
  });

  it("the same title written once in full and once as decisions write it is one proposal twice", () => {
    const f = run(
      duplicateNomination,
      book({
        nominations: [
          nomination("Lý Thị Hòa", "P-SAPA", "LĐTT"),
          nomination("Lý Thị Hòa", "P-SAPA", "Danh hiệu “Lao động tiên tiến” năm 2024"),
        ],
      }),
    );
    expect(codesAt(f)).toEqual(["DUPLICATE_NOMINATION@3"]);
  });
});
