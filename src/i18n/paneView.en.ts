/** How the pane reads at 320 px (issue 12, items 3, 4 and 6), in English. */
import type { paneViewVi } from "./paneView.vi";

export const paneViewEn: Record<keyof typeof paneViewVi, string> = {
  "view.language": "Tiếng Việt – switch the pane to Vietnamese",
  "view.chips": "Filter by severity: press to hide or show",
  "view.chip.error": "Errors: {count}",
  "view.chip.warning": "Warnings: {count}",
  "view.chip.info": "Notes: {count}",
  "view.chip.on": "shown",
  "view.chip.off": "hidden",
  "view.clean": "No errors, warnings or notes.",
  "view.search": "Search the findings",
  "view.search.placeholder": "Search names, codes, text…",
  "view.unit": "Unit",
  "view.unit.placeholder": "All units",
  "view.unit.all": "All units",
  "view.unit.count": "{unit} ({count})",
  "view.noMatch": "No findings match the filters.",
  "view.clearFilters": "Clear filters",
  "view.notes.show": "Show {count} notes",
  "view.notes.hide": "Hide {count} notes",
  "view.list": "Findings (use the arrow keys to move between them)",
  "view.new": "New",
  "view.firstCell": "Go to the first of the duplicates: cell {cell}",
  "view.newCount": "{count} new findings",
  "view.moreTabs": "More",
  "view.moreTabs.label": "More features",
};
