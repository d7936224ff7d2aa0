/**
 * Interface text for running in a real office (English): starting inside Excel, Excel's errors in
 * plain words with what to do next, the features an older Excel lacks, and unexpected failures.
 */
import type { officeVi } from "./office.vi";

export const officeEn: Record<keyof typeof officeVi, string> = {
  "startup.title": "The pane could not open on an Excel workbook",
  "startup.officeMissing":
    "Office.js, the Microsoft library the pane needs to work with Excel, could not be loaded. Check that this computer is online and that the office network (firewall, proxy) lets it reach https://appsforoffice.microsoft.com; then close the pane and open it again with “Check the book” on the Home tab.",
  "startup.officeFailed":
    "Office.js reported an error while starting. Close the pane and open it again; if that does not help, close Excel and reopen the workbook.",
  "startup.officeSlow":
    "Excel is taking longer than usual to start the pane (over 10 seconds). The pane opens by itself when Excel is ready. If it takes long, close the pane and open it again, and check the network's access to https://appsforoffice.microsoft.com.",
  "startup.notInOffice":
    "This page is an Excel pane and does not work on its own in a browser. Open the workbook in Excel (desktop or web) and choose “Check the book” on the Home tab.",
  "startup.notExcel":
    "This pane runs in Excel only. Open the emulation and commendation workbook in Excel and choose “Check the book” on the Home tab.",
  "busy.office": "Waiting for Excel…",
  "startup.previewHint": "Preview build: add ?preview to the address to open the pane on the Sa Pa sample book.",

  "failed.check": "The book could not be read for checking.",
  "failed.mark": "The cells could not be marked.",
  "failed.clear": "The marks could not be cleared.",
  "failed.setup": "The sheets could not be added.",
  "failed.select": "Could not go to this cell.",
  "failed.live": "Automatic checking could not read the book (it tried again once).",

  "excelError.cellEdit":
    "Excel is editing a cell (the cursor is blinking in a cell). Press Enter or Esc to leave that cell, then try again.",
  "excelError.protected":
    "The workbook or sheet is protected, or the workbook is open read-only. Unprotect it (Review → Unprotect Sheet / Workbook) or open it for editing, then try again.",
  "excelError.notFound":
    "A sheet was renamed or deleted while the pane was working. Choose “Check the book” to read the book again, then try again.",
  "excelError.tooLarge":
    "The book is too large for Excel to send to the pane, even in parts. Use desktop Excel, or move some rows to another workbook.",
  "excelError.apiMissing":
    "This version of Excel lacks a feature this needs (code {code}). Update Excel or use Excel on the web.",
  "excelError.inactive": "This workbook is no longer the one selected in Excel. Click a cell of it, then try again.",
  "excelError.none": "Choose “Check the book” to try again; if that does not help, close and reopen the pane.",
  "excelError.other":
    "Excel reported error {code}. Try again; if it happens again, close and reopen the pane, and give this code to your IT staff.",

  "notice.findingGone": "This finding is no longer in the book (it was fixed); the list has just been updated.",

  "capability.feature.live": "automatic checking after each edit",
  "capability.feature.marks": "marking the error cells",
  "capability.feature.setup": "setting up the book",
  "capability.feature.edits":
    "writing into the book and undoing it (Record in the history, Write the TH summary sheets)",

  "crash.title": "The pane ran into an unexpected error",
  "crash.text":
    "The workbook is not affected: what was written to it is still there. Choose “Reopen the pane”; if the error comes back, close the pane and open it again.",
  "crash.retry": "Reopen the pane",
  "error.unexpected":
    "The pane ran into an unexpected error. The workbook is not affected; try again, and if it happens again, close and reopen the pane.",
};
