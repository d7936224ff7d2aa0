/**
 * The pane's services over the web page's open book: the preview's, on the clerk's file (the same
 * `PaneServices` seam and adapter code as in Excel). Kept apart from the page's React code, so the
 * page's worker makes its check of the book as opened with these very services (openingCheck.ts).
 */
import { checkCapabilities } from "../excel/capabilities";
import type { MemoryHost } from "../excel/memory";
import { servicesFor } from "../taskpane/host";
import type { PaneServices } from "../taskpane/services";
import type { CheckResult } from "../taskpane/state";

/**
 * `openingCheck`: the worker's check of the book as opened, handed to the pane's first check once;
 * every later check reads the book on the page as it is then.
 */
export function appServices(host: MemoryHost, openingCheck?: () => Promise<CheckResult | null>): PaneServices {
  const services = servicesFor(
    host.run,
    "preview",
    () => checkCapabilities((set, version) => host.isSetSupported(set, version)).missing,
  );
  let given = false;
  return {
    ...services,
    mode: "app",
    ...(openingCheck && {
      openingCheck: async () => {
        if (given) return null;
        given = true;
        return openingCheck();
      },
    }),
  };
}
