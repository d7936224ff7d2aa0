#!/usr/bin/env node
// `npm run docs`: rewrites the contract tables of docs/workbook-format.md from src/sheets/contract.ts
// (through the CLI build in dist-cli/). test/docs.test.ts fails when they differ.
"use strict";
const fs = require("fs");
const path = require("path");
const { withContract } = require("../dist-cli/sheets/formatDoc");

const file = path.join(__dirname, "..", "docs", "workbook-format.md");
const before = fs.readFileSync(file, "utf8");
const after = withContract(before);
if (after !== before) fs.writeFileSync(file, after);
console.log(after === before ? "docs/workbook-format.md is up to date" : "docs/workbook-format.md rewritten");
