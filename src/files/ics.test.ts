import ICAL from "ical.js";
import { trackDeadlines } from "../domain/deadlines";
import { buildSampleBook } from "../sample";
import { deadlineCalendar } from "./deadlineCalendar";
import { escapeText, foldLine, writeIcs } from "./ics";

const STAMP = new Date(Date.UTC(2024, 6, 10, 8, 30, 0));

/** The file as bytes, cut at CRLF: what a calendar program reads. */
function physicalLines(text: string): Buffer[] {
  const bytes = Buffer.from(text, "utf8");
  const out: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      out.push(bytes.subarray(start, i));
      start = i + 2;
    }
  }
  expect(start).toBe(bytes.length); // the file ends with CRLF
  return out;
}

/** RFC 5545 3.1: unfolding removes every CRLF followed by one space or tab. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

describe("folding and escaping", () => {
  // NFD on purpose: "Tả Phìn" typed on a Mac keyboard is base letters plus combining marks.
  const title =
    "Báo cáo kết quả thi đua thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số của xã Tả Phìn".normalize(
      "NFD",
    );

  it("folds at 75 octets without cutting a Vietnamese letter in two, and unfolds to the same text", () => {
    const line = `SUMMARY:${escapeText(title)}`;
    const folded = foldLine(line);
    const decoder = new TextDecoder("utf-8", { fatal: true });
    for (const physical of physicalLines(`${folded}\r\n`)) {
      expect(physical.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(physical)).not.toThrow();
    }
    expect(folded.split("\r\n").length).toBeGreaterThan(2);
    expect(
      folded
        .split("\r\n")
        .slice(1)
        .every((l) => l.startsWith(" ")),
    ).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it("a line of exactly 75 octets stays whole; one more octet folds", () => {
    expect(foldLine("X".repeat(75))).toBe("X".repeat(75));
    expect(foldLine("X".repeat(76))).toBe(`${"X".repeat(75)}\r\n X`);
    // "ố" is 3 octets in UTF-8: 74 + 3 > 75, so it starts the next line.
    expect(foldLine(`${"X".repeat(74)}ố`)).toBe(`${"X".repeat(74)}\r\n ố`);
  });

  it("escapes backslash, semicolon, comma and new lines as the RFC says", () => {
    expect(escapeText("Báo cáo 6 tháng; hạn 20/06, gửi C:\\TDKT\nLần 2")).toBe(
      "Báo cáo 6 tháng\\; hạn 20/06\\, gửi C:\\\\TDKT\\nLần 2",
    );
  });
});

describe("an iCalendar file read back by ical.js (Mozilla's parser)", () => {
  const text = writeIcs({
    prodId: "-//tdkt//test//VI",
    name: "Tiến độ thi đua, khen thưởng năm 2024",
    stamp: STAMP,
    events: [
      {
        uid: "2024-BC-6T-once@tdkt",
        date: { year: 2024, month: 6, day: 20 },
        summary: "BC-6T: Báo cáo sơ kết 6 tháng; thị xã Sa Pa, tỉnh Lào Cai",
        description: `${"Đơn vị thực hiện: Tất cả (64 đơn vị)"}\nQuá hạn: X-BANHO, HTX-TAPHIN\n${"Ghi chú dài ".repeat(12)}`,
        alarm: { description: "Ngày mai đến hạn: BC-6T", daysBefore: 1 },
      },
      { uid: "2024-TIN-2024-12@tdkt", date: { year: 2024, month: 12, day: 31 }, summary: "TIN-TDKT (tháng 12/2024)" },
    ],
  });

  it("uses CRLF only, and no line longer than 75 octets", () => {
    expect(text).not.toMatch(/[^\r]\n/);
    for (const line of physicalLines(text)) expect(line.length).toBeLessThanOrEqual(75);
  });

  it("gives back each all-day event, its escaped text, and an alarm the day before", () => {
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstPropertyValue("version")).toBe("2.0");
    const events = cal.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.uid)).toEqual(["2024-BC-6T-once@tdkt", "2024-TIN-2024-12@tdkt"]);
    const [report, news] = events;
    expect(report.summary).toBe("BC-6T: Báo cáo sơ kết 6 tháng; thị xã Sa Pa, tỉnh Lào Cai");
    expect(report.description).toBe(
      `Đơn vị thực hiện: Tất cả (64 đơn vị)\nQuá hạn: X-BANHO, HTX-TAPHIN\n${"Ghi chú dài ".repeat(12)}`,
    );
    expect(report.startDate.isDate).toBe(true);
    expect(report.startDate.toString()).toBe("2024-06-20");
    expect(report.endDate.toString()).toBe("2024-06-21");
    expect(news.endDate.toString()).toBe("2025-01-01");
    const alarm = report.component.getFirstSubcomponent("valarm");
    expect(alarm?.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect(String(alarm?.getFirstPropertyValue("trigger"))).toBe("-P1D");
    expect(news.component.getFirstSubcomponent("valarm")).toBeNull();
  });
});

describe("the Sa Pa plan's deadlines as a calendar", () => {
  const book = buildSampleBook();
  const exportOn = (day: number, month: number, stamp: Date) =>
    deadlineCalendar(book, trackDeadlines(book, { year: 2024, month, day }, 2024), "vi", stamp).text;

  it("one all-day event per occurrence: the monthly news item twelve times, the rest once", () => {
    const text = exportOn(10, 7, STAMP);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    const singles = (book.milestones ?? []).filter((m) => m.recurrence !== "monthly").length;
    expect(events).toHaveLength(singles + 12);
    const news = events.filter((e) => e.summary.startsWith("TIN-TDKT"));
    expect(news.map((e) => e.startDate.toString())).toContain("2024-02-29");
    expect(news[3].summary).toMatch(/^TIN-TDKT \(tháng 04\/2024\): Đăng tin, bài/);
    const report = events.find((e) => e.summary.startsWith("BC-6T:"));
    expect(report?.description).toContain("Đơn vị thực hiện: Tất cả (64 đơn vị)");
    expect(report?.description).toMatch(/Ngày 10\/07\/2024: 8 quá hạn · 0 sắp đến hạn · 9 nộp muộn · 47 đã nộp/);
    for (const e of events) expect(e.component.getFirstSubcomponent("valarm")).not.toBeNull();
  });

  it("UIDs are unique and stay the same on another day's export, so a new import updates the events", () => {
    const uids = (text: string) =>
      new ICAL.Component(ICAL.parse(text))
        .getAllSubcomponents("vevent")
        .map((c) => String(c.getFirstPropertyValue("uid")));
    const july = uids(exportOn(10, 7, STAMP));
    const december = uids(exportOn(10, 12, new Date(Date.UTC(2024, 11, 10))));
    expect(new Set(july).size).toBe(july.length);
    expect(december).toEqual(july);
    expect(july).toContain(`2024-TIN-TDKT-2024-03-${july[0].split("-").pop()}`);
  });
});
