/**
 * The deadline tracker at the size issue 13 names: 500 units × 40 milestones (12 of them monthly,
 * every one owed by "Tất cả") with 50,000 Nộp rows, timed from the parsed model to the statuses.
 */
import { performance } from "perf_hooks";
import { trackDeadlines, countByStatus } from "../domain/deadlines";
import type { CellValue, DateOnly } from "../domain/model";
import { parseBook, type RawSheet } from "../sheets/parse";

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const RECURRENCES: [label: string, count: number][] = [
  ["Hàng tháng", 12],
  ["Hàng quý", 4],
  ["6 tháng", 2],
  ["Hàng năm", 2],
  ["Không", 20],
];

export function deadlineBook(units = 500, submissions = 50_000, seed = 13): RawSheet[] {
  const rnd = prng(seed);
  const unitCode = (i: number) => `DV${String(i).padStart(4, "0")}`;
  const unitRows: CellValue[][] = [["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Khối thi đua"]];
  for (let i = 1; i <= units; i++)
    unitRows.push([unitCode(i), `Đơn vị số ${i}`, "Cơ quan chuyên môn", `K${(i % 8) + 1}`]);

  const milestones: CellValue[][] = [["Mã", "Nội dung", "Hạn", "Đơn vị thực hiện", "Lặp lại", "Số lượng tối thiểu"]];
  const codes: string[] = [];
  for (const [recurrence, n] of RECURRENCES) {
    for (let k = 0; k < n; k++) {
      const code = `M${String(codes.length + 1).padStart(2, "0")}`;
      codes.push(code);
      const monthly = recurrence === "Hàng tháng";
      const due = monthly ? "31/01/2024" : `${10 + (k % 18)}/${String(1 + (k % 12)).padStart(2, "0")}/2024`;
      // Half the monthly milestones are counted (one or two items a month, like the news items).
      const count = monthly && k % 2 === 0 ? 1 + (k % 4 === 0 ? 1 : 0) : null;
      milestones.push([code, `Mốc số ${codes.length}`, due, "Tất cả", recurrence, count]);
    }
  }
  const log: CellValue[][] = [["Mã đơn vị", "Mã tiến độ", "Ngày nộp"]];
  for (let i = 0; i < submissions; i++) {
    const day = 1 + Math.floor(rnd() * 28);
    const month = 1 + Math.floor(rnd() * 12);
    log.push([
      unitCode(1 + Math.floor(rnd() * units)),
      codes[Math.floor(rnd() * codes.length)],
      `${day}/${month}/2024`,
    ]);
  }
  return [
    {
      name: "Kế hoạch",
      values: [
        ["Mục", "Giá trị"],
        ["Năm", 2024],
        ["Cấp", "Huyện"],
      ],
    },
    { name: "Đơn vị", values: unitRows },
    { name: "Tiến độ", values: milestones },
    { name: "Nộp", values: log },
  ];
}

export interface DeadlineBench {
  ms: number;
  obligations: number;
  overdue: number;
}

export function benchDeadlines(today: DateOnly, runs = 9): DeadlineBench {
  const { book } = parseBook(deadlineBook());
  let obligations = 0;
  let overdue = 0;
  const once = () => {
    const t = trackDeadlines(book, today, 2024);
    obligations = t.obligations.length;
    overdue = countByStatus(t.obligations).overdue;
  };
  once(); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    once();
    xs.push(performance.now() - t0);
  }
  xs.sort((a, b) => a - b);
  return { ms: xs[Math.floor(xs.length / 2)], obligations, overdue };
}
