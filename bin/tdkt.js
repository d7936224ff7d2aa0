#!/usr/bin/env node
"use strict";
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "dist-cli", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("tdkt: the command line is not built yet; run `npm run build:cli` (npm install does it).\n");
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`tdkt: ${err && err.message ? err.message : String(err)}\n`);
      process.exit(2);
    },
  );
