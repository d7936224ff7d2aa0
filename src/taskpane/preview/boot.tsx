/**
 * Starts preview mode: the Sa Pa sample book in the in-memory host, behind the real adapter.
 * Loaded lazily, so the pane that runs inside Excel never downloads the sample or the grid.
 */
import type { Root } from "react-dom/client";
import { checkCapabilities } from "../../excel/capabilities";
import { createMemoryHost } from "../../excel/memory";
import { servicesFor } from "../host";
import { previewSheets } from "./previewSheets";
import { PreviewShell } from "./PreviewShell";

export function startPreview(root: Root): void {
  const host = createMemoryHost(previewSheets());
  // The memory host answers isSetSupported like a current Excel, so the capability path runs too.
  const services = servicesFor(
    host.run,
    "preview",
    () => checkCapabilities((set, version) => host.isSetSupported(set, version)).missing,
  );
  root.render(<PreviewShell host={host} services={services} />);
}
