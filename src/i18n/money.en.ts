import type { moneyVi } from "./money.vi";

/** Award money (tdkt money) in English. */
export const moneyEn: Record<keyof typeof moneyVi, string> = {
  "money.book": "Book: {file} ({year}, {level})",
  "money.salary": "Base salary {amount} đ ({basis}); each amount rounded up to the next 10,000 đ.",
  "money.salaryBook": "Base salary {amount} đ (from the plan sheet); each amount rounded up to the next 10,000 đ.",
  "money.here": "Paid by this level, by award:",
  "money.above": "Paid by the level above (awards it decides):",
  "money.byUnit": "By unit:",
  "money.col.award": "Award",
  "money.col.count": "Number",
  "money.col.amount": "Amount (đ)",
  "money.col.unit": "Unit",
  "money.col.here": "This level (đ)",
  "money.col.above": "Level above (đ)",
  "money.sum": "Total",
  "money.none": "  (none)",
  "money.total": "This level pays {here} đ ({hereCount} awards); the level above pays {above} đ ({aboveCount} awards).",
  "money.notCounted": "Not paid:",
  "money.superseded":
    "  Row {row}: {name} — {award}: same period as a higher title on row {other}; only the highest is paid.",
  "money.duplicate": "  Row {row}: {name} — {award}: the same proposal as row {other}; paid once.",
  "money.rejected": "  Row {row}: {name} — {award}: rejected by the council.",
  "money.unknownAward": "  Row {row}: {name} — “{award}” is not in the award catalogue.",
  "money.wrongSubject": "  Row {row}: {name} — {award} is not given to a {subject}.",
  "money.unknownAmount":
    "  Row {row}: {name} — {award}: no amount known for a {subject}; set Hệ số tiền thưởng in the Danh mục khen thưởng sheet.",
  "money.unconfirmed":
    "Multiples not checked against the decree's text (secondary sources or inferred): {awards}. Check them and set the office's own in the Hệ số tiền thưởng column of Danh mục khen thưởng.",
  "money.noNominations":
    "tdkt: the book “{file}” has no Đề nghị khen thưởng sheet: there is no award money to work out.",
  "subject.individual": "individual",
  "subject.collective": "collective",
  "subject.household": "household",
  "subject.village": "village",
  "subject.unknown": "subject not given",
  "level.province": "province level",
  "level.district": "district level",
  "level.commune": "commune level",
};
