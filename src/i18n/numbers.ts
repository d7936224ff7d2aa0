/** Numbers as a clerk reads them: 1234500 → "1.234.500" in Vietnamese, "1,234,500" in English. */
export function groupDigits(n: number, lang: "vi" | "en" = "vi"): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
}
