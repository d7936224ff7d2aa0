import { codeKey, hasInvisible, looseKey, nameKey, tidy } from "./text";

describe("comparing Vietnamese names", () => {
  it("treats old and new tone-mark placement as the same name", () => {
    expect(nameKey("Lý Thị Hoà")).toBe(nameKey("Lý Thị Hòa"));
    expect(nameKey("Nguyễn Thị Thuỷ")).toBe(nameKey("Nguyễn Thị Thủy"));
    expect(nameKey("Trạm Y tế xã Tả Van khoẻ mạnh")).toBe(nameKey("Trạm Y tế xã Tả Van khỏe mạnh"));
    expect(nameKey("Vàng A Quý")).toBe(nameKey("vàng a quý"));
  });

  it("leaves qu- syllables alone: quý and quả keep their tone where both styles put it", () => {
    expect(nameKey("Quý")).not.toBe(nameKey("Qúy"));
    expect(nameKey("Hoàng Văn Quả")).toBe("hoàng văn quả");
  });

  it("matches text typed in decomposed Unicode (NFD) with composed text (NFC)", () => {
    const nfd = "Giàng Thị Sùng".normalize("NFD");
    expect(nfd).not.toBe("Giàng Thị Sùng");
    expect(nameKey(nfd)).toBe(nameKey("Giàng Thị Sùng"));
  });

  it("ignores case and extra spaces, including non-breaking spaces", () => {
    expect(nameKey("  THÀO  seo\u00a0Chứ ")).toBe(nameKey("Thào Seo Chứ"));
  });

  it("never drops diacritics: phường Sa Pa and phường Sa Pả are two wards", () => {
    expect(nameKey("phường Sa Pa")).not.toBe(nameKey("phường Sa Pả"));
    expect(nameKey("Lý Thị Mỷ")).not.toBe(nameKey("Lý Thị My"));
  });

  it("keeps a tone on a syllable followed by a consonant where it is", () => {
    expect(nameKey("Hoàng")).toBe("hoàng");
    expect(nameKey("Khuyến")).toBe("khuyến");
  });
});

describe("recognising headers and sheet names", () => {
  it("ignores diacritics, đ, case and punctuation", () => {
    expect(looseKey("Đơn vị")).toBe("don vi");
    expect(looseKey("DON VI")).toBe("don vi");
    expect(looseKey(" don  vi ")).toBe("don vi");
    expect(looseKey("Danh hiệu/Hình thức")).toBe("danh hieu hinh thuc");
    expect(looseKey("Tỷ lệ tối đa (%)")).toBe("ty le toi da %");
  });
});

describe("codes", () => {
  it("compare case-insensitively after trimming", () => {
    expect(codeKey(" x-tavan ")).toBe(codeKey("X-TAVAN"));
  });
  it("tidy keeps the letters and only folds white space", () => {
    expect(tidy(" Phàn  Thị   Mẩy ")).toBe("Phàn Thị Mẩy");
  });
});

describe("characters that show nothing", () => {
  it("a zero-width space, a soft hyphen or a BOM pasted into a code or a name does not make it another", () => {
    expect(codeKey("X-TA\u200bVAN")).toBe(codeKey("X-TAVAN"));
    expect(codeKey("\ufeffP-SAPA")).toBe(codeKey("P-SAPA"));
    expect(nameKey("Giàng Thị Sù\u00adng")).toBe(nameKey("Giàng Thị Sùng"));
    expect(looseKey("Mã\u200b đơn vị")).toBe("ma don vi");
    expect(hasInvisible("X-TA\u200bVAN")).toBe(true);
    expect(hasInvisible("X-TAVAN")).toBe(false);
  });
});
