/** Interface text in Vietnamese (task pane, command line), keyed by UI key. */
export const uiVi: Record<string, string> = {
  "severity.error": "Lỗi",
  "severity.warning": "Cảnh báo",
  "severity.info": "Lưu ý",
};
