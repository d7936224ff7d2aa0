#!/usr/bin/env node
"use strict";
const path = require("path");
const fs = require("fs");
const dist = path.join(__dirname, "..", "dist-cli", "cli");
if (!fs.existsSync(path.join(dist, "bounded.js"))) {
  process.stderr.write("tdkt: the command line is not built yet; run `npm run build:cli` (npm install does it).\n");
  process.exit(2);
}
// A reader that stops early (`tdkt check … | head`) closes the pipe: stop quietly, not with a trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e && e.code !== "EPIPE" && stream === process.stdout) {
      process.stderr.write(`tdkt: ${e.message}\n`);
      process.exit(2);
    }
    process.exit(process.exitCode ?? 0);
  });
}
// The work runs in a worker with a bounded heap (src/cli/bounded.ts): one plain line, never a V8 trace.
require(path.join(dist, "bounded.js"))
  .runBounded(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`tdkt: ${err && err.message ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
