/**
 * @jest-environment jsdom
 *
 * The dev manifest.xml (sideloaded by `npm start`, uploaded in Excel on the web during development):
 * every URL on https://localhost:3000, each naming a file the build produces from these sources.
 */
import * as fs from "fs";
import * as path from "path";
import { describeManifest } from "./manifestChecks";

const ROOT = path.join(__dirname, "..");
const BASE = "https://localhost:3000/";

/** The files the build emits (webpack.config.js): the HTML pages and assets/*.png. */
function sourceOf(url: string): string | null {
  const p = new URL(url).pathname.replace(/^\//, "");
  const pages: Record<string, string> = {
    "taskpane.html": "src/taskpane/taskpane.html",
    "commands.html": "src/commands/commands.html",
    "help.html": "src/taskpane/help.html",
  };
  if (pages[p]) return path.join(ROOT, pages[p]);
  if (p.startsWith("assets/")) return path.join(ROOT, p);
  return null;
}

describeManifest("manifest.xml (development, https://localhost:3000)", () => ({
  doc: new DOMParser().parseFromString(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"), "application/xml"),
  base: BASE,
  fileFor: (url) => (url.startsWith(BASE) ? sourceOf(url) : null),
}));
