/** Templates for units and collecting them back (issue 15), in English. Keys as in templates.vi.ts. */
import type { CollectFindingParams } from "../domain/collect/findingParams";
import type { FindingTexts } from "./language";
import type { templatesUiVi } from "./templates.vi";

export const templatesFindingsEn: Pick<FindingTexts, keyof CollectFindingParams> = {
  UNIT_MISMATCH: (p, f) =>
    `File “${p.file}”, sheet “${f.sheet}”, row ${f.row}: unit code “${p.value}” is not the template's unit (${p.expected}); the row is not merged.`,
  NOT_TEMPLATE: (p, f) =>
    `File “${p.file}” is not one of the templates sent out; sheet “${f.sheet}” was read by its headers: please review the merged rows.`,
  TEMPLATE_OTHER_BOOK: (p) =>
    `File “${p.file}” is a template made from another book (book id ${p.book}, this book is ${p.expected}); its rows are merged, please review them.`,
};

export const templatesUiEn: Record<keyof typeof templatesUiVi, string> = {
  "templates.guide.title": "HOW TO FILL IN THE NOMINATIONS AND TARGET REGISTRATION TEMPLATE FOR {year}",
  "templates.guide.unit": "Unit: {name} (unit code {code}).",
  "templates.guide.intro":
    "Sent by {agency}. Fill in the two sheets below and send this same file back (by email, Zalo or the shared folder).",
  "templates.guide.nominations.heading": "1. Sheet “{sheet}”: nominations",
  "templates.guide.nominations.rows":
    "One row per person, collective or household nominated, from row 2 down, without empty rows in between.",
  "templates.guide.nominations.lists":
    "Subject, award, kind of award, rating, movement and the yes/no columns have lists to choose from (click the cell, then the arrow). Click a header to see what its column takes.",
  "templates.guide.nominations.unit":
    "Column “{header}”: {code} (your unit's code) or blank; a blank is read as {code} when collected.",
  "templates.guide.nominations.dates": "Dates as dd/mm/yyyy, e.g. 15/03/{year}.",
  "templates.guide.targets.heading": "2. Sheet “{sheet}”: target registration",
  "templates.guide.targets.rows":
    "The assigned targets are listed ({count}). Write the registered level in “{registered}” (not below “{assigned}”, except for targets where lower is better) and the date in “{date}”.",
  "templates.guide.targets.none": "No targets are assigned to the unit in the book; this sheet needs nothing.",
  "templates.guide.deadline.heading": "3. Deadlines",
  "templates.guide.deadline.item": "{content}: due {due}.",
  "templates.guide.deadline.none": "As set in the guidance of {agency}.",
  "templates.guide.contact.heading": "4. Contact",
  "templates.guide.contact.office": "the standing office of the emulation and commendation council",
  "templates.guide.contact.unknown": "The standing office of the emulation and commendation council.",
  "templates.guide.contact.person": "contact: {person}",
  "templates.guide.contact.phone": "phone: {phone}",
  "templates.guide.contact.email": "email: {email}",
  "templates.guide.rules.heading": "5. Notes",
  "templates.guide.rules.keep":
    "Do not rename sheets or change headers; rows may be added. Save as Excel (.xlsx), also from LibreOffice or WPS; the file may be renamed.",
  "templates.guide.rules.protect":
    "The header row is locked against accidents, without a password. To unlock: Excel and WPS: Review → Unprotect Sheet; LibreOffice: Tools → Protect Sheet.",
  "templates.guide.rules.values":
    "Values only: formulas are taken as their results; links and macros never reach the master book.",
  "templates.guide.version": "Template version {version} · book id {book} · made on {date}.",
  "templates.prompt.unit": "Unit code: {code}. May be left blank.",
  "templates.prompt.movement": "Movement code, from the list.",

  "templates.missingOut": "tdkt templates: --out DIR is missing (where the templates go).",
  "templates.unknownUnit": "tdkt templates: the book has no unit with code “{code}” (Đơn vị sheet).",
  "templates.noUnits": "tdkt templates: the Đơn vị sheet of “{file}” lists no unit.",
  "templates.wrote": "Wrote {count} templates in {dir}:",
  "templates.item": "  {file}: {name} ({unit}), {targets} targets assigned",

  "import.missingOut": "tdkt import: --out MERGED.xlsx is missing (the master book is never overwritten).",
  "import.sameFile": "tdkt import: --out must differ from the master book “{file}”, which is never overwritten.",
  "import.noFiles": "tdkt import: no returned file or folder given.",
  "import.summary":
    "Merged {added} rows from {imported} files; {unchanged} files had nothing new; {rejected} files rejected. Merged book: {out}",
  "import.file.imported": "{file}: imported {added} rows.",
  "import.file.replaced":
    "{file}: a corrected copy of the template of {unit} for {year}; {replaced} rows imported earlier were replaced by its {added} rows.",
  "import.file.replacedFile":
    "{file}: imported before and changed since; {replaced} earlier rows were replaced by {added} rows.",
  "import.file.unchanged": "{file}: nothing new (imported before).",
  "import.file.rejected": "{file}: not imported. {reason}",
  "import.file.finding": "    {message}",
  "import.reason.otherYear": "It is a template for {year}; the book is for {expected}.",
  "import.reason.missingColumns": "Sheet “{sheet}” lacks the columns: {headers}.",
  "import.reason.noSheet": "No list of nominations (it needs the columns {headers}) or target registration found.",
  "import.reason.masterSheet": "The master book has a sheet “{sheet}” but its header row cannot be found.",
  "tab.templates": "Templates",
  "templates.pane.make.heading": "Templates for the units",
  "templates.pane.make.hint":
    "One .xlsx per unit: a guide, the nominations with drop-down lists, its assigned targets to register; opens in Excel, LibreOffice and WPS.",
  "templates.pane.unit": "Unit",
  "templates.pane.unit.all": "All units ({count})",
  "templates.pane.make": "Make templates",
  "templates.pane.zip": "Download {file} ({count} templates)",
  "templates.pane.one": "Download {file}",
  "templates.pane.noUnits": "The Đơn vị sheet lists no unit.",
  "templates.pane.collect.heading": "Collect and merge",
  "templates.pane.collect.hint":
    "Pick or drop the files the units sent back. Each is checked first; the book changes only with Merge into the book.",
  "templates.pane.pick": "Pick files…",
  "templates.pane.drop": "or drop them here",
  "templates.pane.status.imported": "To merge",
  "templates.pane.status.merged": "Merged",
  "templates.pane.status.unchanged": "Nothing new",
  "templates.pane.status.rejected": "Rejected",
  "templates.pane.merge": "Merge into the book",
  "templates.pane.undo": "Undo",
  "templates.pane.merged": "Merged {rows} rows into sheet “{sheet}”. Undo removes exactly these.",
  "templates.pane.mergedBoth":
    "Merged {rows} nomination rows into sheet “{sheet}” and {registered} target registrations into sheet “{targets}”. Undo removes exactly these changes.",
  "templates.pane.nothing": "No new rows to merge.",
  "templates.pane.undone": "Undone: {restored} cells are as before the merge.",
  "templates.pane.undoKept": "Undid {restored} cells; {kept} cells edited since the merge were kept.",
  "templates.pane.registrations":
    "The files hold {count} target registrations: Merge into the book writes them into sheet “{sheet}” too, in the same batch (Undo takes back both).",
  "templates.pane.working": "Working…",
  "templates.pane.changed":
    "The book changed during the merge and nothing was written; press Merge into the book again.",
  "templates.pane.error.make": "The templates could not be made.",
  "templates.pane.error.read": "The chosen files could not be read.",
  "templates.pane.error.merge": "The merge could not be written.",
  "templates.pane.error.undo": "Could not undo.",
};
