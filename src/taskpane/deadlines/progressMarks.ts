/**
 * What "Tô màu Tiến độ" writes: the `Mã` cell of each milestone row of `Tiến độ` in the colour of its
 * status on the reference day (the status that most needs the clerk among its units and periods), with
 * a note saying it in words. Pure: the tab hands the marks to PaneServices.colourProgress.
 */
import { formatDate } from "../../domain/dates";
import { milestoneRows, type Tracker } from "../../domain/deadlines";
import type { Lang } from "../../i18n";
import { countsText, dt, statusWord } from "../../i18n/deadlinesView";
import { columnLetter, type SheetLayout } from "../../sheets/parse";
import type { ColourMark } from "../services";
import { STATUS_FILL } from "./colours";

/** At most this many overdue units are named in a note; the count says the rest. */
const NAMED = 12;

export function progressMarks(tracker: Tracker, layout: SheetLayout | undefined, lang: Lang): ColourMark[] {
  const code = layout?.columns.code;
  if (!layout || !code) return [];
  const today = formatDate(tracker.today);
  return milestoneRows(tracker).map((r) => {
    const lines = [
      dt(lang, "pane.note", { today, status: statusWord(r.status, lang), counts: countsText(r.counts, lang) }),
    ];
    if (r.overdue.length) {
      const names = r.overdue.slice(0, NAMED).map((u) => u?.code ?? dt(lang, "office"));
      if (r.overdue.length > NAMED) names.push("…");
      lines.push(dt(lang, "pane.note.overdue", { units: names.join(", ") }));
    }
    return {
      sheet: layout.name,
      cell: `${columnLetter(code.index)}${r.milestone.row}`,
      note: lines.join("\n"),
      fill: STATUS_FILL[r.status],
    };
  });
}
