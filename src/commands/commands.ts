/**
 * The ribbon's function file (commands.html). The ribbon's one button opens the task pane itself
 * (ShowTaskpane), so there is nothing to run yet; this registers a placeholder action that later
 * ribbon commands replace, and does nothing at all outside Office.
 */

/** Completes an add-in command event; commands must always call this, or Excel shows a spinner. */
export function placeholderCommand(event?: Office.AddinCommands.Event): void {
  event?.completed();
}

function register(): void {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return;
  void office.onReady(() => {
    try {
      office.actions?.associate("tdktPlaceholder", placeholderCommand);
    } catch (err) {
      // Office.actions needs SharedRuntime or a recent Excel; the ribbon button works without it.
      console.warn("tdkt: commands not registered", err);
    }
  });
}

register();
