/** The web page for clerks without the add-in (app.html): interface text in English. */
import type { appUiVi } from "./app.vi";

export const appUiEn: Record<keyof typeof appUiVi, string> = {
  "app.title": "Emulation and Commendation",
  "app.tagline":
    "Open your office's emulation and commendation book (.xlsx) in the browser: check it, edit it, save it back.",
  "app.open": "Open a book (.xlsx)",
  "app.drop": "or drop an .xlsx file here",
  "app.samples": "Open a sample book",
  "app.sample.sa-pa-2024": "Sample: Sa Pa town, 2024",
  "app.sample.phuong-2026": "Sample: Sa Pa ward, 2026 (after the merger)",
  "app.privacy.title": "Your data stays on this computer",
  "app.privacy":
    "The file is read and saved in this browser and uploaded nowhere: the page's security policy blocks every network connection. After the first visit the page also works offline. The browser remembers only your language, and recent files if you choose to keep them.",
  "app.limits": "Files up to 100 MB and 500,000 rows of data.",
  "app.stage.check": "Checking the file…",
  "app.stage.sheets": "Read {done} of {total} sheets…",
  "app.reading": "Opening “{file}”",
  "app.save": "Save to this computer",
  "app.saving": "Saving…",
  "app.saved": "“{file}” was saved to the browser's downloads folder.",
  "app.saveFailed": "The book could not be saved: {reason}",
  "app.other": "Open another book",
  "app.discard": "The book has changes that are not saved. Discard them and open another book?",
  "app.unsaved": "Unsaved changes",
  "app.keeps":
    "Saving keeps the file's other sheets, formats, column widths, drop-down lists and formulas; charts, pivot tables and macros are not kept.",
  "app.warning": "Note: {text}",
  "app.openFailed": "The book could not be opened: {reason}",
  "app.noWorker": "This browser cannot run a Web Worker; the book is read on the page itself.",
  "app.language": "Tiếng Việt",
  "app.languageLabel": "Chuyển sang tiếng Việt",
  "app.recent.keep": "Remember recently opened files on this computer (kept in the browser, sent nowhere)",
  "app.recent.title": "Recent files",
  "app.recent.forget": "Forget recent files",
  "app.recent.failed": "“{file}” is no longer kept in the browser.",
  "app.cannotSave":
    "The page can check and edit this book but cannot save the file ({reason}); make the changes in Excel.",
  // The grid (shared by the preview and the page): its keys are described here.
  "grid.cells": "The sheet's cells",
  "grid.keysHint":
    "Type to replace a cell; F2 or double-click to edit; Enter saves, Esc cancels; Ctrl+Z undoes; paste a block from Excel.",
};
