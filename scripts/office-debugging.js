#!/usr/bin/env node
// `npm start` / `npm stop`: sideload the add-in into desktop Excel with office-addin-debugging.
// It is an optional dependency (it installs on Windows and macOS; on Linux its keytar peer cannot
// build), so say plainly what to do when it is missing instead of failing with "not found".
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

const action = process.argv[2] === "stop" ? "stop" : "start";
let bin;
try {
  bin = require.resolve("office-addin-debugging/cli.js");
} catch {
  process.stderr.write(
    [
      "office-addin-debugging is not installed (it is optional, and does not install on Linux).",
      "To use the add-in in Excel on this machine: run `npm run dev-server`, then in Excel on the web",
      "choose Home → Add-ins → More add-ins → Upload My Add-in, and pick manifest.xml.",
      "To try it without Excel: `npm run preview`, then open http://localhost:3000/taskpane.html",
      "",
    ].join("\n"),
  );
  process.exit(1);
}
const r = spawnSync(
  process.execPath,
  [bin, action, path.join(__dirname, "..", "manifest.xml"), ...process.argv.slice(3)],
  { stdio: "inherit" },
);
process.exit(r.status ?? 1);
