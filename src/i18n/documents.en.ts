/** From council to decision (issue 17), in English. Keys as in documents.vi.ts. */
import type { CouncilFindingCode } from "../domain/councilFindings";
import { formatDate } from "../domain/dates";
import type { documentsUiVi } from "./documents.vi";
import type { FindingTexts } from "./language";
import { ofUnitEn, proposedByEn } from "./units";

export const documentsFindingsEn: Pick<FindingTexts, CouncilFindingCode> = {
  VOTE_SHORT: (p, f) =>
    `Row ${f.row}: ${p.award} for “${p.name}”${ofUnitEn(f)} got ${p.votes} of ${p.members} votes (${p.share}%), short of ${p.minShare}% of all council members (at least ${p.needed} votes; ${p.basis}${p.confirmed ? "" : "; this share is not confirmed under the text in force and can be changed in the Danh mục khen thưởng sheet"}).`,
  DECISION_MISSING: (p, f) =>
    `Row ${f.row}: the council approved ${p.award} for “${p.name}”${ofUnitEn(f)} but no decision number is recorded (the award decisions are issued from ${formatDate(p.from)}).`,
  DECISION_BEFORE_NOMINATION: (p, f) =>
    `Row ${f.row}: the decision date ${formatDate(p.decisionDate)}${p.decision ? ` (no. ${p.decision})` : ""} for “${p.name}”${proposedByEn(f)} is before the nomination date ${formatDate(p.proposedOn)}; please check one of the two dates.`,
};

export const documentsUiEn: Record<keyof typeof documentsUiVi, string> = {
  "tab.documents": "Documents",
  "documents.pane.docs": "Submissions and decisions",
  "documents.pane.docsHint":
    "Drafts the standing office's submission, a decision for each award this level decides and a submission to the level above, from the council's outcomes (Kết quả column).",
  "documents.pane.make": "Draft the documents",
  "documents.pane.template": "Use the office's .docx template…",
  "documents.pane.templateChosen": "Template: {file}",
  "documents.pane.templateClear": "No template",
  "documents.pane.working": "Working…",
  "documents.pane.submission": "Submission proposing the awards ({count} awardees)",
  "documents.pane.decision": "Decision awarding {award} ({count})",
  "documents.pane.upward": "Submission to the level above: {award} ({count})",
  "documents.pane.pdf": "{file} ({count} pages)",
  "documents.pane.skipped":
    "Rows {rows} of the nominations sheet are not in the documents (decided by a lower level, or not in the catalogue).",
  "documents.pane.record": "Record in the history",
  "documents.pane.recordHint":
    "Writes the nominations with a decision number into the award history sheet, so next year's chains can be checked. Recording again adds no duplicates; it can be undone.",
  "documents.pane.recordRun": "Record in the history",
  "documents.pane.undo": "Undo",
  "documents.pane.print": "Print certificates",
  "documents.pane.printHint":
    "One page per awardee, printed onto the blanks at the positions (mm) of the Mẫu in phôi sheet. Print the calibration page first; print at “Actual size”.",
  "documents.pane.start": "First register number",
  "documents.pane.certificates": "Make the certificate PDF",
  "documents.pane.calibrate": "Calibration page",
  "documents.record.done":
    "Recorded in the history: {appended} new rows, {updated} rows with a changed decision ({unchanged} already there). {kept} rows typed by hand with another decision were left as they are.",
  "documents.record.nothing":
    "The history is complete: all {unchanged} nominations with a decision number are recorded.",
  "documents.undo.done": "Undone: {restored} cells are back as they were.",
  "documents.undo.kept": "Undone for {restored} cells; {kept} cells changed since recording were left as they are.",
  "documents.badStart": "The first register number must be a positive whole number.",
  "documents.error.changed": "The award history sheet has just changed; please press “Record in the history” again.",
  "documents.error.documents":
    "The documents could not be drafted. With the office's template, please check its {…} fields.",
  "documents.error.record": "The history could not be written; the book was not changed.",
  "documents.error.undo": "Could not undo.",
  "documents.error.certificates": "The certificate PDF could not be made.",
  "documents.error.calibrate": "The calibration page could not be made.",
  "record.missingOut":
    "tdkt: --out NEW_BOOK.xlsx is needed: the book is left as it is and the result goes to a new file.",
  "record.sameFile": "tdkt: --out must differ from the book “{file}”: the book is left as it is.",
  "record.noHeader":
    "tdkt: sheet “{sheet}” of “{file}” has no header row of an award history (Họ và tên, Mã đơn vị, Hình thức, Năm).",
  "record.summary":
    "Written to sheet “{sheet}”: {appended} new rows, {updated} rows with a changed decision, {unchanged} nominations already in the history.",
  "record.appended": "  + row {row}: {name} ({unit}) — {award} {year}; decision {decision}",
  "record.updated": "  ~ row {row}: {name} — {award}: decision {before} → {after}",
  "record.kept":
    "  ! row {row} of “{sheet}”, typed by hand, records another decision than the nomination on row {nominationRow}: left as it is, please check.",
  "record.wrote": "New book written: {file}",
  "certificates.missingOut": "tdkt: --out FILE.pdf is needed for the certificate pages.",
  "certificates.badStart": "tdkt: --start “{value}” must be a positive whole number (the first register number).",
  "certificates.none":
    "No certificates to print: the council has approved no nomination for an award this level decides.",
  "certificates.wrote": "{pages} certificate pages written to {file}:",
  "certificates.wroteCalibration": "{pages} calibration pages written to {file}:",
  "certificates.run.sheet": "  Pages {pages}: {award} (positions from the Mẫu in phôi sheet)",
  "certificates.run.default":
    "  Pages {pages}: {award} (default positions for an A4 landscape blank; adjust in Mẫu in phôi)",
  "certificates.print":
    "When printing: choose the blank's paper size and “Actual size” (no scaling); print the calibration page (--calibrate) first.",
  "certificates.calibrationTitle": "Blank calibration page (red boxes: where fields print; 5 mm grid)",
  "documents.missingOut": "tdkt: --out FOLDER is needed for the documents.",
  "documents.template.notDocx": "tdkt: the template “{file}” is not a Word .docx file ({detail}).",
  "documents.template.badTags":
    "tdkt: the template “{file}” has fields that cannot be filled: {detail}. README lists the fields.",
  "documents.wrote": "{count} documents written to {dir}:",
  "documents.item.submission": "  {file} — submission proposing the awards ({count} awardees)",
  "documents.item.decision": "  {file} — decision awarding {award} ({count} awardees)",
  "documents.item.upward": "  {file} — submission to the level above for {award} ({count} awardees)",
  "documents.none":
    "No documents to draft: the council has approved no nomination (Kết quả column) for an award this level decides or sends up.",
  "documents.draft":
    "The council has recorded no outcome (Kết quả column) yet: the documents are DRAFTS, made from the proposals.",
  "documents.skipped.below": "Rows {rows} are not in the documents: the award is decided by a lower level.",
  "documents.skipped.subjectMismatch":
    "Rows {rows} are not in the documents: the award is not for that kind of nominee.",
  "documents.skipped.unknownAward": "Rows {rows} are not in the documents: the award is not in the catalogue.",
};
