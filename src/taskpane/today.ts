/**
 * The clerk's calendar day for the pane's tabs: the one local-date function of the pane, set-up and
 * the command line (src/domain/today.ts), under the name the tabs import.
 */
export { localToday as today } from "../domain/today";
