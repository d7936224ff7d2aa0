/** Messages about files that cannot be used, and warnings while reading one (English). */
import type { filesVi } from "./files.vi";

export const filesEn: Record<keyof typeof filesVi, string> = {
  "file.missing": "file “{file}” not found.",
  "file.directory": "“{file}” is a folder, not an Excel (.xlsx) book.",
  "file.unreadable": "cannot read “{file}” ({detail}).",
  "file.tooLarge": "“{file}” is too large ({size} MB); the limit is {limit} MB.",
  "file.notXlsx": "“{file}” is not an Excel (.xlsx) file.",
  "file.notXlsxKind": "“{file}” is not an Excel (.xlsx) file: it is {kind}.",
  "file.kind.empty": "an empty file (0 bytes)",
  "file.kind.csv": "a CSV text file; open it in Excel and save it as an Excel Workbook (.xlsx)",
  "file.kind.text": "a text file",
  "file.kind.html": "an HTML page; open it in Excel and save it as an Excel Workbook (.xlsx)",
  "file.kind.xml2003": "an XML Spreadsheet 2003; open it in Excel and save it as an Excel Workbook (.xlsx)",
  "file.kind.pdf": "a PDF document",
  "file.kind.rtf": "an RTF document",
  "file.kind.image": "an image",
  "file.kind.ods": "an OpenDocument spreadsheet (.ods); save it as an Excel Workbook (.xlsx)",
  "file.kind.odt": "an OpenDocument text (.odt)",
  "file.kind.docx": "a Word document (.docx)",
  "file.kind.doc": "a Word 97-2003 document (.doc)",
  "file.kind.pptx": "a PowerPoint presentation (.pptx)",
  "file.kind.ppt": "a PowerPoint 97-2003 presentation (.ppt)",
  "file.kind.xls": "an Excel 97-2003 book (.xls); open it in Excel and save it as .xlsx",
  "file.kind.xlsb": "an Excel binary book (.xlsb); save it as .xlsx",
  "file.kind.zip": "a ZIP archive",
  "file.encrypted":
    "“{file}” is password-protected or an Excel 97-2003 (.xls) file; remove the password and save it as .xlsx.",
  "file.passwordProtected":
    "“{file}” is password-protected; remove the password (File › Info › Protect Workbook) and save it.",
  "file.corrupt": "“{file}” is damaged and cannot be read.",
  "file.damaged.zip": "“{file}” is damaged: its zip directory cannot be read.",
  "file.damaged.part": "“{file}” is damaged: part “{part}” cannot be read.",
  "file.damaged.method": "“{file}” is damaged: part “{part}” uses an unsupported compression ({method}).",
  "file.damaged.size": "“{file}” is damaged: part “{part}” does not have the size it declares.",
  "file.damaged.crc": "“{file}” is damaged: part “{part}” fails its checksum (CRC).",
  "file.damaged.inflate": "“{file}” is damaged: part “{part}” cannot be decompressed.",
  "file.damaged.xml": "“{file}” is damaged: part “{part}” is not valid XML ({detail}).",
  "file.damaged.missingPart": "“{file}” is damaged: part “{part}” is missing.",
  "file.damaged.brokenRel": "“{file}” is damaged: relationship “{rel}” is not in “{part}”.",
  "file.damaged.missingSheetPart":
    "“{file}” is damaged: sheet “{sheet}” points at part “{part}”, which is not in the file.",
  "file.damaged.noSheets": "“{file}” is damaged: the book has no sheets.",
  "file.damaged.sharedString":
    "“{file}” is damaged: cell {cell} of sheet “{sheet}” points at a string the string table lacks.",
  "file.limit.entries": "“{file}” refused: it holds {count} parts, more than the limit of {limit}.",
  "file.limit.part": "“{file}” refused: part “{part}” inflates to {size} MB, more than the limit of {limit} MB a part.",
  "file.limit.total":
    "“{file}” refused: its parts inflate to {size} MB together, more than the limit of {limit} MB (the largest is “{part}”).",
  "file.limit.ratio":
    "“{file}” refused: part “{part}” is compressed {ratio} times, more than the limit of {limit} (a sign of a zip bomb).",
  "file.limit.overflow":
    "“{file}” refused: part “{part}” inflates to more than the {size} bytes it declares (a sign of a zip bomb).",
  "file.limit.rows":
    "“{file}”: sheet “{sheet}” takes the rows holding data past the limit of {limit}; split the book or set --max-rows.",
  "file.outOfMemory": "not enough memory to check “{file}” (limit {limit} MB); split the book into smaller files.",
  "warn.wrongExtension": "warning: “{file}” is an Excel (.xlsx) book though its name ends in “{ext}”; read as .xlsx.",
  "warn.overlappingMerge":
    "warning: sheet “{sheet}” of “{file}” has two overlapping merged ranges ({a} and {b}); Excel repairs this, the cells' values are read.",
  "warn.rowOrder":
    "warning: sheet “{sheet}” of “{file}” writes row {row} out of order; Excel repairs this, every cell is read.",
};
