import type { Book } from "../domain/model";
import { parseBook } from "./parse";
import { writeBook } from "./write";

const book: Book = {
  plan: {
    year: 2024,
    issuer: "UBND thị xã Sa Pa",
    level: "district",
    number: "15/KH-UBND",
    issuedOn: { year: 2024, month: 1, day: 25 },
    standingAgency: "Phòng Nội vụ",
    rows: { year: 2, issuer: 3, level: 4, number: 5, issuedOn: 6, standingAgency: 7 },
    extraItems: [{ key: "Ghi chú", value: "Bản thử", row: 8 }],
  },
  units: [
    {
      row: 2,
      extra: { "Địa chỉ": "Số 1 Xuân Viên" },
      code: "PNV",
      name: "Phòng Nội vụ",
      type: "agency",
      block: "K1",
      difficultArea: false,
      headcount: 9,
      advancedWorkerCount: null,
      contactPerson: "Lò Thị Mai",
      phone: "0214 3871 234",
      email: null,
    },
    {
      row: 3,
      extra: { "Địa chỉ": null },
      code: "X-TAVAN",
      name: "UBND xã Tả Van",
      type: "communeWard",
      block: "K4",
      difficultArea: true,
      headcount: 21,
      advancedWorkerCount: 15,
      contactPerson: null,
      phone: null,
      email: "tavan@laocai.gov.vn",
    },
  ],
  blocks: [],
  movements: null,
  targets: null,
  nominations: [
    {
      row: 2,
      extra: {},
      seq: 1,
      subject: "individual",
      name: "Giàng Thị Sùng",
      position: "Công chức Văn hóa - Xã hội",
      unit: "X-TAVAN",
      award: "Lao động tiên tiến",
      kind: "regular",
      movement: null,
      achievement: "Hoàn thành tốt nhiệm vụ",
      rating: "good",
      initiative: null,
      directWorker: true,
      female: true,
      ethnicMinority: true,
      recruitedOn: { year: 2019, month: 3, day: 1 },
      discipline: null,
      memberCount: null,
      advancedWorkerCount: null,
      grassrootsFighterCount: null,
      proposedOn: { year: 2024, month: 11, day: 20 },
      outcome: "proposed",
      source: null,
      staffTier: "directWorker",
      enterprise: null,
      birthDate: { year: 1990, month: 5, day: 19 },
      idNumber: "010190001234",
      decisionNumber: null,
      decisionDate: null,
    },
  ],
  history: [
    {
      row: 2,
      extra: {},
      name: "Lý Thị Hoà",
      unit: "P-SAPA",
      award: "Giấy khen của Chủ tịch UBND thị xã",
      year: 2024,
      decisionNumber: "125/QĐ-UBND",
      decisionDate: { year: 2024, month: 9, day: 2 },
      kind: "adHoc",
      subject: "individual",
      staffTier: null,
      enterprise: null,
    },
  ],
  catalogue: [
    {
      row: 2,
      extra: {},
      code: "TDPVH",
      name: "Thôn, tổ dân phố văn hóa",
      subjects: ["village", "household"],
      decidingLevel: "district",
      maxRatio: null,
      ratioBase: null,
      legalBasis: null,
    },
  ],
  milestones: null,
  submissions: null,
  mergers: [
    {
      row: 2,
      extra: {},
      oldCode: "P-SAPA2",
      oldName: "UBND phường Sa Pả",
      newCode: "P-SAPA",
      mergedOn: { year: 2025, month: 7, day: 1 },
      note: "Nghị quyết sắp xếp đơn vị hành chính cấp xã (minh họa)",
    },
  ],
};

describe("the sheet contract round trip", () => {
  it("parse(write(book)) gives the same book back, extra columns included", () => {
    const out = writeBook(book).map((s) => ({ name: s.name, values: s.values }));
    const parsed = parseBook(out);
    expect(parsed.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(parsed.book).toEqual(book);
  });
});
