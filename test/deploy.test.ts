/**
 * @jest-environment node
 *
 * Deploying at an office's address: `npm run build -- --env url=https://tdkt.example.gov.vn/addin/`
 * (or ADDIN_URL) writes dist/manifest.xml with every URL there, and that manifest passes the same
 * offline checks as the dev one. The build runs webpack.config.js itself, with its plugins (pages,
 * icons, manifest); only the two scripts are stand-ins, so the test does not compile the whole pane.
 */
import * as fs from "fs";
import { JSDOM } from "jsdom";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";
import { describeManifest } from "./manifestChecks";

const ROOT = path.join(__dirname, "..");
const BASE = "https://tdkt.example.gov.vn/addin/";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: { mode: string },
) => webpack.Configuration;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-deploy-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Builds like `npm run build` with `env`, into a folder of its own; returns that folder. */
async function build(name: string, env: Record<string, unknown>): Promise<string> {
  const out = path.join(tmp, name);
  const stub = path.join(tmp, `${name}-entry.js`);
  fs.writeFileSync(stub, "export {};\n");
  const config = makeConfig(env, { mode: "production" });
  config.entry = { taskpane: stub, commands: stub };
  config.output = { ...config.output, path: out };
  config.devtool = false;
  config.infrastructureLogging = { level: "error" };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err || stats?.hasErrors()) reject(err ?? new Error(stats?.toString("errors-only")));
      else resolve();
    }),
  );
  return out;
}

function parse(file: string): Document {
  return new new JSDOM("").window.DOMParser().parseFromString(fs.readFileSync(file, "utf8"), "application/xml");
}

let dist = "";
jest.setTimeout(120_000);

describeManifest(`dist/manifest.xml built with --env url=${BASE}`, async () => {
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
  dist = await build("office", { url: BASE });
  return {
    doc: parse(path.join(dist, "manifest.xml")),
    base: BASE,
    fileFor: (url) => (url.startsWith(BASE) ? path.join(dist, decodeURIComponent(url.slice(BASE.length))) : null),
  };
});

describe("building for an office", () => {
  test("nothing in the built manifest points at the developer's machine, and the dev manifest is untouched", () => {
    const built = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
    expect(built).not.toMatch(/localhost|:3000/);
    expect(built).toContain(`<AppDomain>https://tdkt.example.gov.vn</AppDomain>`);
    const dev = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    expect(dev).toContain("https://localhost:3000/taskpane.html");
    expect(dev).not.toContain("tdkt.example.gov.vn");
  });

  test("ADDIN_URL gives the address too, and a folder without its last slash gets one", async () => {
    const before = process.env.ADDIN_URL;
    process.env.ADDIN_URL = "https://noivu.laocai.gov.vn/tdkt";
    try {
      const out = await build("env", {});
      const xml = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
      expect(xml).toContain('<SourceLocation DefaultValue="https://noivu.laocai.gov.vn/tdkt/taskpane.html"/>');
    } finally {
      if (before === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = before;
    }
  });

  test("without an address the build writes no manifest (never one pointing at localhost)", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const out = await build("plain", {});
    expect(fs.existsSync(path.join(out, "taskpane.html"))).toBe(true);
    expect(fs.existsSync(path.join(out, "manifest.xml"))).toBe(false);
    expect(warn.mock.calls.join(" ")).toContain("--env url=");
  });

  test("an address Office cannot load from is refused before anything is built, in one line", () => {
    expect(() => makeConfig({ url: "http://tdkt.example.gov.vn/addin/" }, { mode: "production" })).toThrow(/not https/);
    expect(() => makeConfig({ url: "tdkt.example.gov.vn/addin" }, { mode: "production" })).toThrow(/not an address/);
  });
});
