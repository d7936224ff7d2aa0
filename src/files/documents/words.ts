/**
 * The fixed Vietnamese of the council's documents (NĐ 30/2020/NĐ-CP): dates, counts, money in figures
 * and in words, the names of bodies as headings write them, and the legal bases by date. Documents are
 * always Vietnamese, so these words live with the documents, not in src/i18n; the wording shared with
 * the council workbook (the national heading) is in ../officialWords.ts.
 */
import { compareDates } from "../../domain/dates";
import type { DateOnly, Level } from "../../domain/model";
import type { AnnexGroup, Counts } from "../../domain/documents/councilDocuments";
import { groupDigits } from "../../i18n/numbers";

/** "05" — NĐ 30 writes days below 10 and months below 3 with a leading zero. */
const two = (n: number) => String(n).padStart(2, "0");

/** Room to write a number or a day by hand: no-break spaces, which justified text does not squeeze. */
export const BLANK = "\u00a0".repeat(7);

/** "Sa Pa, ngày 25 tháng 12 năm 2024"; blanks to fill by hand when the date is not known yet. */
export function placeDateLine(place: string, date: DateOnly | null, year: number): string {
  const where = place ? `${place}, ` : "";
  if (!date) return `${where}ngày${BLANK}tháng${BLANK}năm ${year}`;
  const month = date.month < 3 ? two(date.month) : String(date.month);
  return `${where}ngày ${two(date.day)} tháng ${month} năm ${date.year}`;
}

/** "ngày 25 tháng 12 năm 2024" (the same, without the place). */
export function dateWords(date: DateOnly | null, year: number): string {
  return placeDateLine("", date, year);
}

export function shortDate(date: DateOnly | null): string {
  return date ? `${two(date.day)}/${two(date.month)}/${date.year}` : "";
}

export const GROUP_WORDS: Record<AnnexGroup, { one: string; title: string }> = {
  individual: { one: "cá nhân", title: "CÁ NHÂN" },
  collective: { one: "tập thể", title: "TẬP THỂ" },
  household: { one: "hộ gia đình", title: "HỘ GIA ĐÌNH" },
};

/** "25 cá nhân, 3 tập thể và 2 hộ gia đình". */
export function countsText(counts: Counts): string {
  const parts = (Object.keys(GROUP_WORDS) as AnnexGroup[])
    .filter((g) => counts[g] > 0)
    .map((g) => `${counts[g]} ${GROUP_WORDS[g].one}`);
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} và ${parts[parts.length - 1]}`;
}

export const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/** 1234500 → "1.234.500" (Vietnamese groups thousands with dots). */
export function money(amount: number): string {
  return groupDigits(amount);
}

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

/** Reads a number below 1000; `full` when a higher group precedes it ("không trăm linh năm"). */
function hundreds(n: number, full: boolean): string {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const words: string[] = [];
  if (h > 0 || full) words.push(DIGITS[h], "trăm");
  if (t > 1) {
    words.push(DIGITS[t], "mươi");
    if (u === 1) words.push("mốt");
    else if (u === 4) words.push("tư");
    else if (u === 5) words.push("lăm");
    else if (u > 0) words.push(DIGITS[u]);
  } else if (t === 1) {
    words.push("mười");
    if (u === 5) words.push("lăm");
    else if (u > 0) words.push(DIGITS[u]);
  } else if (u > 0) {
    if (h > 0 || full) words.push("linh");
    words.push(DIGITS[u]);
  }
  return words.join(" ");
}

/** 1880000 → "Một triệu tám trăm tám mươi nghìn" (capitalised, as "Bằng chữ:" writes it); below 10¹². */
export function numberWords(n: number): string {
  n = Math.round(n);
  if (n === 0) return "Không";
  const units = ["", "nghìn", "triệu", "tỷ"];
  const groups: number[] = [];
  for (let x = n; x > 0; x = Math.floor(x / 1000)) groups.push(x % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (g === 0) continue;
    words.push(hundreds(g, i < groups.length - 1));
    if (units[i]) words.push(units[i]);
  }
  const text = words.join(" ").replace(/\s+/g, " ").trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "UBND thị xã Sa Pa" → "Ủy ban nhân dân thị xã Sa Pa". */
export function fullName(body: string): string {
  return body.replace(/^UBND\b/u, "Ủy ban nhân dân").replace(/^HĐND\b/u, "Hội đồng nhân dân");
}

/** "UBND thị xã Sa Pa" → the heading's two lines: ["ỦY BAN NHÂN DÂN", "THỊ XÃ SA PA"]. */
export function headingLines(body: string): string[] {
  const full = fullName(body.trim());
  const m = /^(Ủy ban nhân dân|Hội đồng nhân dân)\s+(.+)$/iu.exec(full);
  return (m ? [m[1], m[2]] : [full]).map((s) => s.toLocaleUpperCase("vi"));
}

/** The kind of administrative unit an issuer names: "thị xã", "huyện", "tỉnh", "xã", "phường"… */
export function unitKind(issuer: string, level: Level): string {
  const m = /(thị xã|thành phố|huyện|quận|tỉnh|phường|xã|thị trấn|đặc khu)\s/iu.exec(fullName(issuer) + " ");
  if (m) return m[1].toLocaleLowerCase("vi");
  return level === "province" ? "tỉnh" : level === "district" ? "huyện" : "xã";
}

/** "PNV" from "Phòng Nội vụ": the initials a document symbol uses (TTr-PNV). */
export function initials(body: string): string {
  return body
    .trim()
    .split(/\s+/)
    .map((w) => w.charAt(0).toLocaleUpperCase("vi"))
    .join("")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-ZĐ]/g, "");
}

/** "Ông Hoàng Văn Tiến" / "Bà Lò Thị Hương"; a collective or household keeps its name. */
export function honorific(subject: string | null, female: boolean): string {
  return subject === "individual" ? (female ? "Bà" : "Ông") : "";
}

/**
 * The laws and decrees an award decision or submission cites, by the ruleset in force (dated data):
 * Law 06/2022/QH15 throughout; NĐ 98/2023 until 30/06/2025, then NĐ 152/2025; the local government
 * law of 2015 (amended 2019), then that of 2025.
 */
export function legalBases(rulesFrom: DateOnly): string[] {
  const after = compareDates(rulesFrom, { year: 2025, month: 7, day: 1 }) >= 0;
  return after
    ? [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;",
      ]
    : [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
      ];
}

/** The decree that sets award money, as Điều 2 of a decision cites it. */
export function moneyDecree(rulesFrom: DateOnly): string {
  return compareDates(rulesFrom, { year: 2025, month: 7, day: 1 }) >= 0
    ? "Nghị định số 152/2025/NĐ-CP"
    : "Nghị định số 98/2023/NĐ-CP";
}
