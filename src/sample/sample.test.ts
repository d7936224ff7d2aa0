import { compareDates } from "../domain/dates";
import type { Nomination } from "../domain/model";
import { indexAwards, rulesetFor, AWARD } from "../domain/ruleset";
import { codeKey, looseKey, nameKey } from "../domain/text";
import { EVERY_UNIT, PLAN_ITEMS, columnSpec, sheetSpec } from "../sheets/contract";
import { parseBook } from "../sheets/parse";
import { recordsOf, writeBook } from "../sheets/write";
import { SAMPLE_MISTAKES, SAMPLE_RAW_PATCHES, SAMPLE_TODAY, buildSampleBook, buildSampleSheets } from "./index";

const book = buildSampleBook();
const nominations = book.nominations ?? [];
const endOfYear = { year: 2024, month: 12, day: 31 };
const awards = indexAwards(rulesetFor("district", endOfYear).awards);
const awardOf = (n: Nomination) => awards.find(n.award)?.code ?? null;
const person = (name: string, unit: string) => `${nameKey(name)}|${codeKey(unit)}`;
const unitCodes = new Set(book.units.map((u) => codeKey(u.code)));

/** Rows of the nominations sheet planted with a mistake of this code. */
const planted = (code: string, sheet = "nominations") =>
  SAMPLE_MISTAKES.filter((m) => m.code === code && m.sheet === sheet)
    .map((m) => m.row)
    .sort((a, b) => a - b);
const rowsWhere = (pred: (n: Nomination) => boolean) => nominations.filter(pred).map((n) => n.row);

describe("the Sa Pa 2024 sample book", () => {
  it("is the town's 2024 plan, checked as of 10/12/2024", () => {
    expect(book.plan).toMatchObject({
      year: 2024,
      issuer: "UBND thị xã Sa Pa",
      level: "district",
      standingAgency: "Phòng Nội vụ",
    });
    expect(book.plan?.number).toMatch(/giả định/);
    expect(SAMPLE_TODAY).toEqual({ year: 2024, month: 12, day: 10 });
  });

  it("has the 6 wards and 10 communes, phường Sa Pa and phường Sa Pả being two wards", () => {
    const wards = book.units.filter((u) => u.name.startsWith("UBND phường"));
    const communes = book.units.filter((u) => u.name.startsWith("UBND xã"));
    expect(wards).toHaveLength(6);
    expect(communes).toHaveLength(10);
    expect([...wards, ...communes].every((u) => u.type === "communeWard")).toBe(true);
    expect(communes.every((u) => u.difficultArea)).toBe(true);
    const sapa = book.units.find((u) => u.name === "UBND phường Sa Pa");
    const sapaa = book.units.find((u) => u.name === "UBND phường Sa Pả");
    expect(sapa && sapaa).toBeTruthy();
    expect(sapa?.code).not.toBe(sapaa?.code);
    // Same letters without diacritics: only the tone mark tells them apart.
    expect(looseKey(sapa?.name ?? "")).toBe(looseKey(sapaa?.name ?? ""));
    expect(nameKey(sapa?.name ?? "")).not.toBe(nameKey(sapaa?.name ?? ""));
  });

  it("has between 55 and 70 units with distinct codes, each in a block", () => {
    expect(book.units.length).toBeGreaterThanOrEqual(55);
    expect(book.units.length).toBeLessThanOrEqual(70);
    expect(unitCodes.size).toBe(book.units.length);
    const blocks = new Set((book.blocks ?? []).map((b) => b.code));
    expect(book.units.every((u) => u.block !== null && blocks.has(u.block))).toBe(true);
  });

  it("has the regular movement and the eleven thematic ones of plan III.2", () => {
    const movements = book.movements ?? [];
    expect(movements.filter((m) => m.type === "regular")).toHaveLength(1);
    expect(movements.filter((m) => m.type === "thematic")).toHaveLength(11);
    expect(movements.map((m) => m.name).join(" | ")).toMatch(/Chuyển đổi số|chuyển đổi số/);
    expect(new Set(movements.map((m) => m.code)).size).toBe(movements.length);
  });

  it("has about eighty nominations for 2024, numbered from 1 and dated in November", () => {
    expect(nominations.length).toBeGreaterThanOrEqual(75);
    expect(nominations.length).toBeLessThanOrEqual(85);
    expect(nominations.map((n) => n.seq)).toEqual(nominations.map((_, i) => i + 1));
    const patchedRows = SAMPLE_RAW_PATCHES.map((p) => p.row);
    for (const n of nominations) {
      if (patchedRows.includes(n.row)) expect(n.proposedOn).toBeNull();
      else expect(n.proposedOn).toMatchObject({ year: 2024, month: 11 });
    }
  });
});

describe("rows and the written workbook", () => {
  it("puts every record on the Excel row writeBook gives it", () => {
    const written = writeBook(book);
    for (const sheet of written) {
      if (sheet.key === "plan") continue;
      const records = (recordsOf(book, sheet.key) ?? []) as { row: number; extra: object }[];
      records.forEach((r, i) => {
        expect(r.row).toBe(i + 2);
        expect(r.extra).toEqual({});
      });
      expect(sheet.values).toHaveLength(records.length + 1);
    }
    const plan = written.find((s) => s.key === "plan");
    for (const [field, row] of Object.entries(book.plan?.rows ?? {})) {
      expect(plan?.values[row - 1][0]).toBe(PLAN_ITEMS.find((item) => item.key === field)?.header);
    }
    for (const item of book.plan?.extraItems ?? []) expect(plan?.values[item.row - 1]).toEqual([item.key, item.value]);
  });

  it("reads back from its sheets as the same book, the mistyped date aside", () => {
    const parsed = parseBook(buildSampleSheets());
    expect(parsed.book).toEqual(book);
    const header = columnSpec("nominations", "proposedOn").header;
    expect(parsed.findings).toEqual(
      SAMPLE_RAW_PATCHES.map((p) =>
        expect.objectContaining({
          code: "INVALID_DATE",
          severity: "error",
          sheet: sheetSpec(p.sheet).name,
          row: p.row,
          column: header,
          params: expect.objectContaining({ value: p.value }),
        }),
      ),
    );
  });

  it("has exactly one patched cell, the Ngày đề nghị typed as 31/02/2024", () => {
    expect(SAMPLE_RAW_PATCHES).toEqual([
      { sheet: "nominations", row: expect.any(Number), field: "proposedOn", value: "31/02/2024" },
    ]);
    const sheet = buildSampleSheets().find((s) => s.name === sheetSpec("nominations").name);
    const col = sheet?.values[0].indexOf(columnSpec("nominations", "proposedOn").header) ?? -1;
    expect(sheet?.values[SAMPLE_RAW_PATCHES[0].row - 1][col]).toBe("31/02/2024");
  });
});

describe("references between the sheets", () => {
  const known = (code: string | null) => code === null || unitCodes.has(codeKey(code));

  it("names only existing units, except the nomination typed with the village Lao Chải", () => {
    const unknown = [
      ...nominations.filter((n) => !known(n.unit)).map((n) => `nominations:${n.row}:${n.unit}`),
      ...(book.targets ?? []).filter((t) => !known(t.unit)).map((t) => `targets:${t.row}`),
      ...(book.submissions ?? []).filter((s) => !known(s.unit)).map((s) => `submissions:${s.row}`),
      ...(book.blocks ?? []).filter((b) => !known(b.head) || !known(b.deputy)).map((b) => `blocks:${b.row}`),
      ...(book.movements ?? []).filter((m) => !known(m.standingUnit)).map((m) => `movements:${m.row}`),
    ];
    expect(unknown).toEqual(planted("UNKNOWN_UNIT").map((row) => `nominations:${row}:X-LAOCHAI`));
  });

  it("has block heads and deputies inside their own blocks", () => {
    const blockOf = new Map(book.units.map((u) => [u.code, u.block]));
    for (const b of book.blocks ?? []) {
      expect(blockOf.get(b.head ?? "")).toBe(b.code);
      expect(blockOf.get(b.deputy ?? "")).toBe(b.code);
    }
  });

  it("assigns milestones to a unit, a block or every unit, and logs submissions only against them", () => {
    const blocks = new Map((book.blocks ?? []).map((b) => [b.code, b]));
    const milestones = new Map((book.milestones ?? []).map((m) => [m.code, m]));
    for (const m of milestones.values()) {
      expect(m.assignee === EVERY_UNIT || unitCodes.has(m.assignee ?? "") || blocks.has(m.assignee ?? "")).toBe(true);
    }
    for (const s of book.submissions ?? []) {
      const m = milestones.get(s.milestone);
      expect(m).toBeDefined();
      const a = m?.assignee ?? "";
      const owes = a === EVERY_UNIT || a === s.unit || book.units.some((u) => u.code === s.unit && u.block === a);
      expect(owes).toBe(true);
    }
  });

  it("names only movements of the movements sheet", () => {
    const codes = new Set((book.movements ?? []).map((m) => m.code));
    const refs = [...nominations.map((n) => n.movement), ...(book.targets ?? []).map((t) => t.movement)];
    expect(refs.filter((r) => r !== null && !codes.has(r))).toEqual([]);
    expect(nominations.filter((n) => (n.kind === "thematic") !== (n.movement !== null))).toEqual([]);
  });

  it("points every deliberate mistake at a row that exists", () => {
    expect(SAMPLE_MISTAKES.length).toBeGreaterThanOrEqual(8);
    expect(SAMPLE_MISTAKES.length).toBeLessThanOrEqual(12);
    for (const m of SAMPLE_MISTAKES) {
      const records = (m.sheet === "plan" ? [] : (recordsOf(book, m.sheet) ?? [])) as { row: number }[];
      expect(records.some((r) => r.row === m.row)).toBe(true);
      expect(m.field === null || sheetSpec(m.sheet).columns.some((c) => c.key === m.field)).toBe(true);
    }
    const keys = SAMPLE_MISTAKES.map((m) => `${m.sheet}:${m.row}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("the clean rows are clean and the planted ones are not", () => {
  it("types every award so the 2024 town catalogue knows it, except the Giấy khen of the province", () => {
    expect(rowsWhere((n) => awardOf(n) === null)).toEqual(planted("UNKNOWN_AWARD"));
    const unknownRow = planted("UNKNOWN_AWARD")[0];
    expect(nominations.find((n) => n.row === unknownRow)?.award).toBe("Giấy khen của Chủ tịch UBND tỉnh");
  });

  it("nominates for each award only the subjects it is for, except a collective for Lao động tiên tiến", () => {
    const ruleset = rulesetFor("district", endOfYear);
    const mismatched = rowsWhere((n) => {
      const award = ruleset.awards.find((a) => a.code === awardOf(n));
      return award !== undefined && n.subject !== null && !award.subjects.includes(n.subject);
    });
    expect(mismatched).toEqual(planted("AWARD_SUBJECT_MISMATCH"));
  });

  it("proposes each person once per award, except Lý Thị Hoà typed again with the old tone mark", () => {
    const seen = new Set<string>();
    const again = rowsWhere((n) => {
      if (n.kind === "adHoc") return false;
      const key = `${person(n.name, n.unit)}|${awardOf(n) ?? n.award}`;
      const dup = seen.has(key);
      seen.add(key);
      return dup;
    });
    expect(again).toEqual(planted("DUPLICATE_NOMINATION"));
    const dup = nominations.find((n) => n.row === again[0]);
    const first = nominations.find((n) => n.row !== dup?.row && nameKey(n.name) === nameKey(dup?.name ?? ""));
    expect(dup?.name).not.toBe(first?.name);
  });

  it("gives nobody two forms of commendation for the year's regular work, except Nguyễn Thị Thu Hà", () => {
    const forms = new Set<string>([AWARD.districtMerit, AWARD.provincialMerit]);
    const seen = new Set<string>();
    const twice = rowsWhere((n) => {
      const code = awardOf(n);
      if (!code || !forms.has(code) || (n.kind !== null && n.kind !== "regular")) return false;
      const key = person(n.name, n.unit);
      const dup = seen.has(key);
      seen.add(key);
      return dup;
    });
    expect(twice).toEqual(planted("MULTIPLE_FORMS"));
    expect(nominations.find((n) => n.row === twice[0])?.name).toBe("Nguyễn Thị Thu Hà");
  });

  it("meets the criteria on every row but the three planted ones", () => {
    const history = book.history ?? [];
    const held = (n: Nomination, code: string, year: number) =>
      history.some(
        (h) =>
          person(h.name, h.unit) === person(n.name, n.unit) && awards.find(h.award)?.code === code && h.year === year,
      );
    const nominatedFor = (n: Nomination, code: string) =>
      nominations.some((o) => person(o.name, o.unit) === person(n.name, n.unit) && awardOf(o) === code);
    const serviceFrom = { year: 2024, month: 7, day: 1 };
    const failing = rowsWhere((n) => {
      switch (awardOf(n)) {
        case AWARD.advancedWorker:
          if (n.subject !== "individual") return false; // a subject mismatch, not a criterion
          return (
            !n.recruitedOn ||
            compareDates(n.recruitedOn, serviceFrom) >= 0 ||
            !(n.rating === "good" || n.rating === "excellent") ||
            n.discipline !== null
          );
        case AWARD.grassrootsEmulationFighter:
          return !nominatedFor(n, AWARD.advancedWorker) || !(n.rating === "excellent" || n.initiative !== null);
        case AWARD.provincialEmulationFighter:
          return (
            ![2021, 2022, 2023].every((y) => held(n, AWARD.grassrootsEmulationFighter, y)) || n.initiative === null
          );
        case AWARD.provincialMerit:
          return ![2022, 2023].every((y) => held(n, AWARD.grassrootsEmulationFighter, y));
        case AWARD.advancedCollective:
          return (
            n.memberCount === null ||
            n.advancedWorkerCount === null ||
            n.advancedWorkerCount < 0.7 * n.memberCount ||
            n.discipline !== null
          );
        default:
          return false;
      }
    });
    expect(failing).toEqual(planted("CRITERIA_NOT_MET"));
  });

  it("keeps every unit's Chiến sĩ thi đua cơ sở within 15% of its Lao động tiên tiến", () => {
    const over: string[] = [];
    for (const u of book.units) {
      const ofUnit = nominations.filter((n) => codeKey(n.unit) === codeKey(u.code));
      const fighters = ofUnit.filter((n) => awardOf(n) === AWARD.grassrootsEmulationFighter).length;
      if (fighters === 0) continue;
      const base = u.advancedWorkerCount ?? ofUnit.filter((n) => awardOf(n) === AWARD.advancedWorker).length;
      if (fighters > 0.15 * base) over.push(u.code);
      if (u.advancedWorkerCount !== null) {
        expect(ofUnit.filter((n) => awardOf(n) === AWARD.advancedWorker).length).toBeLessThanOrEqual(
          u.advancedWorkerCount,
        );
      }
    }
    expect(over).toEqual([]);
  });

  it("registers every target at or beyond what was assigned, except at Cầu Mây and Ô Quý Hồ", () => {
    const below = (book.targets ?? [])
      .filter(
        (t) =>
          t.assigned !== null &&
          t.registered !== null &&
          (t.direction === "down" ? t.registered > t.assigned : t.registered < t.assigned),
      )
      .map((t) => t.row);
    expect(below).toEqual(planted("TARGET_BELOW_ASSIGNED", "targets"));
    expect(below.map((row) => book.targets?.find((t) => t.row === row)?.unit)).toEqual(["P-CAUMAY", "P-OQUYHO"]);
  });
});

describe("deadlines in the sample", () => {
  const submissions = book.submissions ?? [];
  const milestones = book.milestones ?? [];

  it("marks every deadline the plan does not give as assumed", () => {
    const fromPlan = ["KN-0302", "KN-0705", "KN-1905", "KN-2212", "HN-TAPHUAN"];
    for (const m of milestones) {
      if (fromPlan.includes(m.code)) continue;
      expect(`${m.code}: ${m.note}`).toMatch(/giả định/i);
    }
  });

  it("has the monthly news item with April and August left empty", () => {
    const news = milestones.find((m) => m.recurrence === "monthly");
    expect(news).toMatchObject({ assignee: "TTVHTTTT", minCount: 1, basis: "IV.5" });
    const months = new Set(submissions.filter((s) => s.milestone === news?.code).map((s) => s.submittedOn?.month));
    expect([...Array(11)].map((_, i) => i + 1).filter((m) => !months.has(m))).toEqual([4, 8]);
    expect(submissions.filter((s) => s.milestone === news?.code).every((s) => s.note)).toBe(true);
  });

  it("has some units late and some missing for the half-year report", () => {
    const report = milestones.find((m) => m.code === "BC-6T");
    const handed = submissions.filter((s) => s.milestone === "BC-6T");
    const late = handed.filter((s) => report?.due && s.submittedOn && compareDates(s.submittedOn, report.due) > 0);
    expect(late.length).toBeGreaterThan(0);
    expect(handed.length).toBeLessThan(book.units.length);
  });

  it("logs submissions in order of arrival, none after the demo day", () => {
    const days = submissions.map((s) => s.submittedOn);
    for (let i = 1; i < days.length; i++) expect(compareDates(days[i - 1]!, days[i]!)).toBeLessThanOrEqual(0);
    expect(days.every((d) => d && compareDates(d, SAMPLE_TODAY) <= 0)).toBe(true);
  });

  it("has every nominating unit hand in its dossier", () => {
    const sent = new Set(submissions.filter((s) => s.milestone === "HS-KT").map((s) => s.unit));
    const missing = [...new Set(nominations.map((n) => n.unit))].filter((u) => unitCodes.has(u) && !sent.has(u));
    expect(missing).toEqual([]);
  });
});
