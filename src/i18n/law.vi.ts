/** Words about the law in force: which ruleset a book is checked by, and why (issue 10). */
export const lawVi = {
  "ruleset.line": "Quy định áp dụng: {name} — căn cứ {texts}.",
  "ruleset.fromPlan": "Năm {year}, {level}: theo sheet Kế hoạch.",
  "ruleset.assumed": "Năm {year}, {level}: giả định, vì sheet Kế hoạch chưa ghi đủ Năm và Cấp.",
  "level.province": "cấp tỉnh",
  "level.district": "cấp huyện",
  "level.commune": "cấp xã",
} satisfies Record<string, string>;
