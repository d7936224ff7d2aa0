/**
 * The documents a user of the project reads are in the project, and say what the code does: the
 * contract tables of docs/workbook-format.md are the contract itself (`npm run docs` rewrites them),
 * and the README points to docs/, never to files outside the project.
 */
import * as fs from "fs";
import * as path from "path";
import { NOMINATIONS_SHEET } from "../src/sheets/contract";
import { withContract } from "../src/sheets/formatDoc";

const ROOT = path.join(__dirname, "..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

describe("the project's documents", () => {
  test("docs/workbook-format.md lists the contract as contract.ts declares it (else: npm run docs)", () => {
    const doc = read("docs/workbook-format.md");
    expect(withContract(doc)).toBe(doc);
    // And it says so in the clerk's words: a required header in bold, its aliases, its values.
    expect(doc).toContain("| **Mã đơn vị** | Mã ĐV / Code / Mã | mã | bắt buộc |");
    expect(doc).toContain("Xã, phường (Xã / Phường / Thị trấn / UBND xã, phường");
    expect(doc).toContain(`### ${NOMINATIONS_SHEET.name}`);
  });

  test("the README points to docs/ for the format and the trial, and to nothing outside the project", () => {
    const readme = read("README.md");
    expect(readme).toContain("docs/workbook-format.md");
    expect(readme).toContain("docs/testing.md");
    expect(readme).not.toMatch(/\.\.\/shared|\/work\//);
    for (const [, link] of readme.matchAll(/\]\((?!https?:)([^)#]+)/g)) {
      expect([link, fs.existsSync(path.join(ROOT, link))]).toEqual([link, true]);
    }
  });
});
