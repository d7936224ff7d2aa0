/** `npm run test:excel`: the clerk's session in desktop Excel (Windows or macOS, with Excel installed). */
const project = require("../../jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...project,
  rootDir: "../..",
  roots: ["<rootDir>/test/excel"],
  testMatch: ["**/*.e2e.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
};
