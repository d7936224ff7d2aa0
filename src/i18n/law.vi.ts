/** Words about the law in force: which ruleset a book is checked by, and why (issue 10). */
export const lawVi = {
  "ruleset.line": "Quy định áp dụng: {name} — căn cứ {texts}.",
  "ruleset.fromPlan": "Năm {year}, {level}: theo sheet Kế hoạch.",
  "ruleset.assumed": "Năm {year}, {level}: giả định, vì sheet Kế hoạch chưa ghi đủ Năm và Cấp.",
  "demo.title.ward":
    "Sổ mẫu phường 2026 (minh họa: phường hình thành từ các đơn vị cũ của thị xã Sa Pa, sau sắp xếp ngày 01/07/2025)",
  "cli.badSample": "tdkt: không có sổ mẫu “{value}”; chọn một trong: {samples}.",
  "level.province": "cấp tỉnh",
  "level.district": "cấp huyện",
  "level.commune": "cấp xã",
} satisfies Record<string, string>;
