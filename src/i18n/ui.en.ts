/** Interface text in English (task pane, command line), keyed by UI key. */
export const uiEn: Record<string, string> = {
  "severity.error": "Error",
  "severity.warning": "Warning",
  "severity.info": "Note",
};
