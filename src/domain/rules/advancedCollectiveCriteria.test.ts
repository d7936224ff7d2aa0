import { message } from "../../i18n";
import { advancedCollectiveCriteria } from "./advancedCollectiveCriteria";
import { book, codesAt, nomination, run, TODAY, without } from "./testBook";

const school = (more = {}) =>
  nomination("Trường PTDTBT THCS Tả Van", "X-TAVAN", "Tập thể lao động tiên tiến", { subject: "collective", ...more });

describe("CRITERIA_NOT_MET for Tập thể lao động tiên tiến", () => {
  it("12 of 20 members with LĐTT (60%) is below 70%: flagged with the share", () => {
    const f = run(
      advancedCollectiveCriteria,
      book({ nominations: [school({ memberCount: 20, advancedWorkerCount: 12 })] }),
    );
    expect(codesAt(f)).toEqual(["CRITERIA_NOT_MET@2"]);
    expect(f[0]).toMatchObject({ severity: "error", column: "Số LĐTT", ref: "TTLDTT" });
    expect(f[0].params.requirement).toEqual({
      kind: "advancedShareBelow",
      advanced: 12,
      members: 20,
      share: 60,
      minShare: 70,
    });
    expect(message(f[0], "vi")).toMatch(/12\/20.*60%.*70%/);
    expect(f[0].params.basis).toMatch(/Khoản 1 Điều 28/);
  });

  it("exactly 70% (14 of 20) is enough", () => {
    expect(
      run(advancedCollectiveCriteria, book({ nominations: [school({ memberCount: 20, advancedWorkerCount: 14 })] })),
    ).toEqual([]);
  });

  it("blank counts leave the share unproven: a warning", () => {
    const f = run(advancedCollectiveCriteria, book({ nominations: [school()] }));
    expect(f).toEqual([expect.objectContaining({ severity: "warning", column: "Số thành viên" })]);
  });

  it("a member disciplined with “Cảnh cáo” bars the collective; “Khiển trách” and “Không” do not", () => {
    const f = run(
      advancedCollectiveCriteria,
      book({
        nominations: [
          school({ memberCount: 10, advancedWorkerCount: 9, discipline: "Cảnh cáo (01 đảng viên)" }),
          school({ name: "Trạm Y tế xã Tả Van", memberCount: 10, advancedWorkerCount: 9, discipline: "Khiển trách" }),
          school({ name: "Công an xã Tả Van", memberCount: 10, advancedWorkerCount: 9, discipline: "Không" }),
        ],
      }),
    );
    expect(f.map((x) => `${x.row}:${x.column}`)).toEqual(["2:Kỷ luật"]);
  });

  it("without the Số thành viên column the share is not called unfilled: the column is said to be missing", () => {
    const f = run(
      advancedCollectiveCriteria,
      book({ nominations: [school({ advancedWorkerCount: 14 })] }),
      TODAY,
      without("memberCount"),
    );
    expect(f).toEqual([
      expect.objectContaining({
        severity: "warning",
        column: "Hình thức",
        params: expect.objectContaining({
          requirement: {
            kind: "columnsNotFound",
            columns: ["memberCount"],
            need: "memberShare",
            rating: null,
            minShare: 70,
          },
        }),
      }),
    ]);
    expect(message(f[0], "vi")).toContain(
      "sổ không có cột Số thành viên nên chưa xét được; cần ít nhất 70% thành viên",
    );
  });
});

describe("CRITERIA_NOT_MET for Tập thể lao động xuất sắc", () => {
  const excellent = (more = {}) =>
    nomination("Tổ Văn thư – Lưu trữ", "PNV", "Tập thể lao động xuất sắc", {
      subject: "collective",
      memberCount: 10,
      advancedWorkerCount: 8,
      ...more,
    });

  it("needs at least one member holding CSTĐCS: none is an error, a blank count a warning, one is quiet", () => {
    const sev = (more: object) =>
      run(advancedCollectiveCriteria, book({ nominations: [excellent(more)] })).map(
        (x) => `${x.severity}:${x.column}:${x.params.requirement.kind}`,
      );
    expect(sev({ grassrootsFighterCount: 0 })).toEqual(["error:Số CSTĐCS:noFighterMember"]);
    expect(sev({ grassrootsFighterCount: null })).toEqual(["warning:Số CSTĐCS:fighterMemberUnknown"]);
    expect(sev({ grassrootsFighterCount: 1 })).toEqual([]);
  });

  it("also needs 70% of members holding LĐTT, as Tập thể lao động tiên tiến does", () => {
    const f = run(
      advancedCollectiveCriteria,
      book({ nominations: [excellent({ advancedWorkerCount: 6, grassrootsFighterCount: 1 })] }),
    );
    expect(f.map((x) => x.params.requirement.kind)).toEqual(["advancedShareBelow"]);
  });

  it("a book without the Số CSTĐCS column is told so, never that the count was left blank", () => {
    const f = run(
      advancedCollectiveCriteria,
      book({ nominations: [excellent({ grassrootsFighterCount: null })] }),
      TODAY,
      without("grassrootsFighterCount"),
    );
    expect(f.map((x) => `${x.severity}:${x.column}:${x.params.requirement.kind}`)).toEqual([
      "warning:Hình thức:columnsNotFound",
    ]);
    expect(message(f[0], "vi")).toContain("sổ không có cột Số CSTĐCS nên chưa xét được");
  });
});
