/**
 * The ribbon's function file (commands.html), which the manifest must name. The ribbon's one button
 * opens the task pane itself (ShowTaskpane), so there is no command to run yet: the file only tells
 * Office it has loaded, and does nothing at all outside Office. Later ribbon commands register here.
 */
function start(): void {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return;
  void office.onReady();
}

start();
export {};
