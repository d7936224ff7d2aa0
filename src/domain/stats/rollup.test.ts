import { makeContext } from "../context";
import type { Book } from "../model";
import { book, nomination, plan, unit } from "../rules/testBook";
import { CrossBookDuplicates, digestBook, idKey, totalAwards } from "./rollup";

const TODAY = { year: 2025, month: 12, day: 5 };
const LDTT = "Lao động tiên tiến";
const GKX = "Giấy khen của Chủ tịch UBND xã";

const ward = (issuer: string, nominations: ReturnType<typeof nomination>[], year = 2025): Book =>
  book({ plan: { ...plan(year, "commune"), issuer }, units: [unit("VP", "Văn phòng HĐND và UBND")], nominations });

describe("a book's digest for the roll-up", () => {
  const digest = digestBook(
    makeContext(
      ward("UBND phường Sa Pa", [
        nomination("Lý Thị Mẩy", "VP", LDTT),
        nomination("Giàng A Sử", "VP", LDTT, { outcome: "approved" }),
        nomination("Tổ dân phố số 3", "VP", GKX, { subject: "collective" }),
        nomination("Vàng Seo Chứ", "VP", GKX, { outcome: "rejected" }),
      ]),
      TODAY,
    ),
  );

  it("names the ward, level and year, and counts by subject and outcome", () => {
    expect([digest.ward, digest.level, digest.year]).toEqual(["UBND phường Sa Pa", "commune", 2025]);
    expect(digest.counts.bySubject).toMatchObject({ individual: 2, collective: 1 });
    expect(digest.counts.byStatus).toEqual({ awarded: 1, pending: 2, forwarded: 0, rejected: 1 });
    expect(digest.list.map((r) => r.row)).toEqual([2, 3, 4, 5]);
  });

  it("adds up the awards of many books, rejected nominations left out", () => {
    const other = digestBook(makeContext(ward("UBND xã Tả Van", [nomination("Sùng A Páo", "VP", LDTT)]), TODAY));
    const totals = totalAwards([digest, other]);
    // "…UBND xã" is the 2025 commune award, totalled under its catalogue name.
    expect(totals.map((t) => [t.name, t.total, t.bySubject.individual, t.bySubject.collective])).toEqual([
      [LDTT, 3, 3, 0],
      ["Giấy khen của Chủ tịch UBND xã, phường", 1, 0, 1],
    ]);
  });
});

describe("the same person nominated by two books", () => {
  const find = (books: Book[]) => {
    const dup = new CrossBookDuplicates();
    books.forEach((b, i) => dup.add(i, digestBook(makeContext(b, TODAY)).candidates));
    return dup.found;
  };

  it("is found by name (old-style tone mark, NFD) for the same award and year, naming both rows", () => {
    const found = find([
      ward("UBND phường Sa Pa", [nomination("Nguyễn Thị Thu Hoà", "VP", LDTT), nomination("Lý A Dua", "VP", LDTT)]),
      ward("UBND xã Tả Van", [
        nomination("Lò Văn Tiến", "VP", LDTT),
        nomination("Nguyễn Thị Thu Hòa".normalize("NFD"), "VP", "LĐTT"),
      ]),
    ]);
    expect(found).toEqual([
      {
        name: "Nguyễn Thị Thu Hòa".normalize("NFD"),
        award: LDTT,
        year: 2025,
        first: { book: 0, row: 2 },
        second: { book: 1, row: 3 },
        matchedBy: "name",
      },
    ]);
  });

  it("is not found without diacritics, for another award, another year, or within one book", () => {
    expect(
      find([
        ward("UBND phường Sa Pa", [nomination("Lý Thị Mẩy", "VP", LDTT), nomination("Lý Thị Mẩy", "VP", LDTT)]),
        ward("UBND xã Tả Van", [nomination("Ly Thi May", "VP", LDTT), nomination("Lý Thị Mẩy", "VP", GKX)]),
        ward("UBND xã Tả Phìn", [nomination("Lý Thị Mẩy", "VP", LDTT)], 2024),
      ]),
    ).toEqual([]);
  });

  it("uses the ID number, then the date of birth, where both books give one", () => {
    const born = (d: number) => ({ year: 1990, month: 5, day: d });
    const found = find([
      ward("UBND phường Sa Pa", [
        nomination("Giàng Thị Sao", "VP", LDTT, { idNumber: "010 190 001 234" }),
        nomination("Vàng A Lử", "VP", LDTT, { birthDate: born(19) }),
        nomination("Thào Seo Chứ", "VP", LDTT, { idNumber: "010190009999" }),
      ]),
      ward("UBND xã Tả Van", [
        // Same name, other ID: two people.
        nomination("Giàng Thị Sao", "VP", LDTT, { idNumber: "010190005555" }),
        // Same name, other birthday: two people.
        nomination("Vàng A Lử", "VP", LDTT, { birthDate: born(20) }),
        // Same ID written with spaces.
        nomination("Thào Seo Chứ", "VP", LDTT, { idNumber: "0101 9000 9999", birthDate: born(1) }),
      ]),
      ward("UBND xã Tả Phìn", [nomination("Vàng A Lử", "VP", LDTT, { birthDate: born(19) })]),
    ]);
    expect(found.map((d) => [d.name, d.first, d.second, d.matchedBy])).toEqual([
      ["Thào Seo Chứ", { book: 0, row: 4 }, { book: 1, row: 4 }, "idNumber"],
      ["Vàng A Lử", { book: 0, row: 3 }, { book: 2, row: 2 }, "birthDate"],
    ]);
    expect(idKey(" 0101-9000-9999 ")).toBe("010190009999");
  });
});
