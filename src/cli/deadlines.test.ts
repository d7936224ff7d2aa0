import ICAL from "ical.js";
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import { contractWorkbook } from "../files/writeBookXlsx";
import { buildSampleSheets } from "../sample";
import { main } from "./main";
import { captureIo } from "../../test/fixtures/cliIo";
import { tempBooks } from "../../test/fixtures/tempBooks";

const capture = () => captureIo({ year: 2024, month: 12, day: 10 });

const { dir, book } = tempBooks("tdkt-deadlines-");
const sample = path.join(dir, "so-tdkt-sa-pa-2024.xlsx");

// Writing the sample .xlsx takes a few seconds on a busy machine.
beforeAll(async () => {
  await contractWorkbook(buildSampleSheets()).xlsx.writeFile(sample);
}, 60_000);

const UNITS = [
  ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
  ["X-BANHO", "UBND xã Bản Hồ", "Xã, phường"],
];

describe("tdkt deadlines on the Sa Pa sample", () => {
  it("on 10/07/2024: a table of who is overdue, by unit, then what is due within 7 days; exit 1", async () => {
    const io = capture();
    expect(await main(["deadlines", sample, "--today", "2024-07-10"], io)).toBe(1);
    const text = io.stdout.join("\n");
    expect(text).toContain("Tiến độ ngày 10/07/2024: 12 quá hạn · 0 sắp đến hạn · 16 nộp muộn");
    expect(text).toMatch(/Quá hạn \(12\)\n {2}Đơn vị +Mốc +Hạn +Đã quá +Nội dung\n/);
    expect(text).toMatch(/ {2}HTX-BANHO +✗ DK-CT +29\/02\/2024 +132 ngày +Các đơn vị đăng ký chỉ tiêu/);
    expect(text).toMatch(/\n {14}✗ BC-6T +20\/06\/2024 +20 ngày/);
    expect(text).toMatch(/TTVHTTTT +✗ TIN-TDKT tháng 04\/2024 +30\/04\/2024 +71 ngày +\(có 0\/1\) Đăng tin/);
    expect(text).toContain("Đến hạn trong 7 ngày tới (0)\n  Không có.");
    // The hand-ins after 10/07 are in the book but have not happened yet on that day.
    expect(text).toContain("Chưa tính 89 lần nộp");
    expect(io.stderr).toEqual([]);
  });

  it("on the demo day the year-end report is due within the week for those who have not sent it", async () => {
    const io = capture();
    await main(["deadlines", sample, "--today", "2024-12-10", "--lang", "en"], io);
    const text = io.stdout.join("\n");
    expect(text).toContain("Due within 7 days (59)");
    expect(text).toMatch(/VPTU +◷ BC-NAM +15\/12\/2024 +5 d +Báo cáo tổng kết/);
  });

  it("--json prints today and every obligation in the public shape", async () => {
    const io = capture();
    expect(await main(["deadlines", sample, "--today", "2024-07-10", "--json"], io)).toBe(1);
    const report = JSON.parse(io.stdout.join(""));
    expect(Object.keys(report)).toEqual(["today", "obligations"]);
    expect(report.today).toBe("2024-07-10");
    for (const o of report.obligations) {
      expect(Object.keys(o)).toEqual(["milestone", "unit", "period", "due", "status", "handedIn", "count", "required"]);
    }
    const find = (milestone: string, unit: string, period: string | null = null) =>
      report.obligations.find(
        (o: { milestone: string; unit: string; period: string | null }) =>
          o.milestone === milestone && o.unit === unit && o.period === period,
      );
    expect(find("BC-6T", "LDLD")).toEqual({
      milestone: "BC-6T",
      unit: "LDLD",
      period: null,
      due: "2024-06-20",
      status: "overdue",
      handedIn: null,
      count: 0,
      required: 1,
    });
    expect(find("BC-6T", "X-MUONGBO")).toMatchObject({ status: "late", handedIn: "2024-06-28", count: 1 });
    expect(find("TIN-TDKT", "TTVHTTTT", "2024-04")).toMatchObject({ status: "overdue", count: 0, required: 1 });
    expect(find("TIN-TDKT", "TTVHTTTT", "2024-07")).toMatchObject({ due: "2024-07-31", status: "open" });
    expect(find("CT-2024", "PNV")).toMatchObject({ status: "done", handedIn: "2024-01-24" });
    expect(find("SK-K6", "X-TAVAN")).toMatchObject({ status: "open", handedIn: null });
  });

  it("--reminders prints a polite reminder per unit listing everything it owes", async () => {
    const io = capture();
    expect(await main(["deadlines", sample, "--today", "2024-12-10", "--reminders"], io)).toBe(1);
    const text = io.stdout.join("\n");
    const reminders = text.split(/\n\n—+\n\n/);
    const banHo = reminders.find((r) => r.startsWith("Kính gửi: Hợp tác xã Nông nghiệp và Du lịch cộng đồng Bản Hồ."));
    expect(banHo).toBeDefined();
    expect(banHo).toContain("đến ngày 10/12/2024 Phòng Nội vụ chưa nhận được của đơn vị:");
    expect(banHo).toContain("(DK-CT): hạn 29/02/2024, đã quá hạn 285 ngày;");
    expect(banHo).toContain("(BC-NAM): hạn 15/12/2024, còn 5 ngày.");
    expect(banHo).toContain("Trân trọng cảm ơn!");
    // Units that have sent everything due get none: P-SAPA sent its year-end report on 06/12.
    expect(reminders.some((r) => r.startsWith("Kính gửi: UBND phường Sa Pa."))).toBe(false);
    expect(reminders).toHaveLength(io.stdout.join("\n").split("Kính gửi:").length - 1);
  });

  it("--ics writes a calendar Outlook and Google can import, and says where", async () => {
    const file = path.join(dir, "tien-do.ics");
    const io = capture();
    await main(["deadlines", sample, "--today", "2024-07-10", "--ics", file], io);
    expect(io.stdout.join("\n")).toContain(`Đã ghi lịch (45 sự kiện): ${file}`);
    const cal = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
    expect(cal.getAllSubcomponents("vevent")).toHaveLength(45); // 33 milestones once, the news item monthly
  });
});

describe("tdkt deadlines on other books", () => {
  it("nothing overdue exits 0", async () => {
    const p = await book("dung-han.xlsx", {
      "Đơn vị": UNITS,
      "Tiến độ": [
        ["Mã", "Nội dung", "Hạn", "Đơn vị thực hiện"],
        ["BC-6T", "Báo cáo sơ kết 6 tháng", "20/06/2024", "Tất cả"],
      ],
      Nộp: [
        ["Mã đơn vị", "Mã tiến độ", "Ngày nộp"],
        ["X-BANHO", "BC-6T", "20/06/2024"],
      ],
    });
    const io = capture();
    expect(await main(["deadlines", p, "--today", "2024-07-10"], io)).toBe(0);
    expect(io.stdout.join("\n")).toContain("0 quá hạn · 0 sắp đến hạn · 0 nộp muộn · 1 đã nộp");
  });

  it("a book without the Tiến độ sheet says so and exits 0", async () => {
    const p = await book("khong-tien-do.xlsx", { "Đơn vị": UNITS });
    const io = capture();
    expect(await main(["deadlines", p, "--json"], io)).toBe(0);
    expect(JSON.parse(io.stdout.join(""))).toEqual({ today: "2024-12-10", obligations: [] });
    const text = capture();
    await main(["deadlines", p], text);
    expect(text.stdout.join("\n")).toContain("Sổ chưa có sheet Tiến độ");
  });

  it("bad input in the sheets is counted, never a crash", async () => {
    const p = await book("sai.xlsx", {
      "Đơn vị": UNITS,
      "Tiến độ": [
        ["Mã", "Nội dung", "Hạn", "Đơn vị thực hiện", "Lặp lại", "Số lượng tối thiểu"],
        ["BC-6T", "Báo cáo sơ kết 6 tháng", "31/06/2024", "Tất cả", null, null],
        ["TIN", "Tin bài", "31/01/2024", "X-BANHO", "Hai tuần", "1,5"],
      ],
      Nộp: [
        ["Mã đơn vị", "Mã tiến độ", "Ngày nộp"],
        ["X-BANHO", "TIN", "hôm qua"],
      ],
    });
    const io = capture();
    expect(await main(["deadlines", p, "--today", "2024-07-10"], io)).toBe(1);
    expect(io.stdout.join("\n")).toContain("Sheet Tiến độ và Nộp có 4 ô cần sửa");
  });

  it("an unusable file, a bad date, a missing book or an unwritable calendar: exit 2, one plain line", async () => {
    const unwritable = path.join(dir, "la-tep");
    writeFileSync(unwritable, "không phải thư mục");
    for (const argv of [
      ["deadlines", path.join(dir, "khong-co.xlsx")],
      ["deadlines", sample, "--today", "10/07/2024"],
      ["deadlines"],
      ["deadlines", sample, "--ics"],
      ["deadlines", sample, "--ics", path.join(unwritable, "lich.ics")],
    ]) {
      const io = capture();
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0]).not.toMatch(/\n|at .*\.js/);
    }
  });
});
