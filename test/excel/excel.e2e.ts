/**
 * `npm run test:excel`: the clerk's session (test/scenarios/clerkBook.ts) in desktop Excel. Starts
 * office-addin-test-server, serves test/excel's page on https://localhost:3000 and sideloads
 * manifest.xml with office-addin-debugging (Windows and macOS only); the page runs the session in a
 * new book and posts what it saw, which is checked here step by step. Needs Excel and the dev
 * certificate (`npx office-addin-dev-certs install`). The same session runs on the in-memory host in
 * `npm test`.
 */
import path from "path";
import { TestServer } from "office-addin-test-server";

const TEST_SERVER_PORT = 4201;
const MANIFEST = path.resolve(__dirname, "..", "..", "manifest.xml");
const RESULTS_WITHIN_MS = 180_000;

interface Result {
  name: string;
  value: unknown;
  expectedValue: unknown;
}

interface Debugging {
  startDebugging(manifest: string, options: Record<string, unknown>): Promise<void>;
  stopDebugging(manifest: string): Promise<void>;
}

/** office-addin-debugging is an optional dependency: it does not install on Linux. */
async function debugging(): Promise<Debugging> {
  const name = "office-addin-debugging";
  try {
    return (await import(name)) as Debugging;
  } catch {
    throw new Error(`${name} is not installed (it installs on Windows and macOS only): this test needs desktop Excel.`);
  }
}

function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no results from Excel within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

describe("a clerk's session, in Excel", () => {
  let server: TestServer | null = null;
  let office: Debugging | null = null;
  let results: Result[] = [];

  beforeAll(async () => {
    // First whether Excel can be driven at all: without it, nothing is started or installed.
    office = await debugging();
    server = new TestServer(TEST_SERVER_PORT);
    // It holds a rejected "no results yet" promise until started: handled, so jest does not trip on it.
    server.getTestResults().catch(() => undefined);
    expect(await server.startTestServer(true)).toBe(true);
    await office.startDebugging(MANIFEST, {
      app: "excel",
      appType: "desktop",
      devServerCommandLine: "npx webpack serve --mode development --config test/excel/webpack.config.js",
      devServerPort: 3000,
      enableDebugging: false,
    });
    results = (await within(RESULTS_WITHIN_MS, server.getTestResults())) as unknown as Result[];
  }, RESULTS_WITHIN_MS + 60_000);

  afterAll(async () => {
    await server?.stopTestServer();
    await office?.stopDebugging(MANIFEST);
  });

  it("ran without an error", () => {
    expect(results.filter((r) => r.name === "test-error")).toEqual([]);
    expect(results.length).toBeGreaterThan(0);
  });

  it("saw in Excel what the in-memory host shows", () => {
    for (const r of results) expect({ [r.name]: r.value }).toEqual({ [r.name]: r.expectedValue });
  });
});
