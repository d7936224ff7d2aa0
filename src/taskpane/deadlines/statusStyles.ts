import { makeStyles } from "@fluentui/react-components";
import { STATUS_FILL, STATUS_TEXT } from "./colours";

/** One class per status: its fill and a text colour that reads on it. */
export const useStatusStyles = makeStyles({
  overdue: { backgroundColor: STATUS_FILL.overdue, color: STATUS_TEXT.overdue },
  due_soon: { backgroundColor: STATUS_FILL.due_soon, color: STATUS_TEXT.due_soon },
  late: { backgroundColor: STATUS_FILL.late, color: STATUS_TEXT.late },
  done: { backgroundColor: STATUS_FILL.done, color: STATUS_TEXT.done },
  open: { backgroundColor: STATUS_FILL.open, color: STATUS_TEXT.open },
});
