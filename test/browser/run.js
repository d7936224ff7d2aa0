#!/usr/bin/env node
/**
 * End-to-end check of the built pane (`npm run build && npm run test:browser`, which makes the preview
 * build in dist-preview/ first), in Debian's chromium:
 * - the production build (dist/), as Office would load it: without office.js, with an office.js that
 *   is slow or runs outside Excel — a plain message every time, never the sample book;
 * - the preview build (dist-preview/) asked with ?preview: the pane on the in-memory Sa Pa book,
 *   driven as a clerk would.
 * Screenshots go to test-results/.
 */
"use strict";
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");
const { appSteps } = require("./app");

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const PREVIEW = path.join(ROOT, "dist-preview");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OUT = path.join(ROOT, "test-results");
const TIMEOUT = 15_000;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".json": "application/json",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

function serve(dir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    const file = path.normalize(path.join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const results = [];
async function step(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ok   ${name}`);
    return true;
  } catch (err) {
    results.push({ name, ok: false });
    console.log(
      `  FAIL ${name}\n       ${String(err && err.message ? err.message : err)
        .split("\n")
        .join("\n       ")}`,
    );
    return false;
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

/** "3 lỗi · 2 cảnh báo · 1 lưu ý" → { error: 3, warning: 2, info: 1 } */
function parseSummary(text) {
  // The count chips: "3 lỗi", "1 cảnh báo", "2 lưu ý"; a severity with none has no chip.
  const count = (word) => Number(new RegExp(`(\\d+)\\s*${word}`).exec(text)?.[1] ?? 0);
  if (!/\d+\s*(lỗi|cảnh báo|lưu ý)/.test(text) && !/Không có/.test(text))
    throw new Error(`summary not understood: "${text}"`);
  return { error: count("lỗi"), warning: count("cảnh báo"), info: count("lưu ý") };
}

async function main() {
  for (const [dir, how] of [
    [DIST, "npm run build"],
    [PREVIEW, "npm run build:preview"],
  ]) {
    if (!fs.existsSync(path.join(dir, "taskpane.html"))) {
      console.error(`browser: ${path.relative(ROOT, dir)}/taskpane.html is missing; run \`${how}\` first.`);
      console.log("browser: 0 passed, 1 failed");
      process.exit(1);
    }
  }
  fs.mkdirSync(OUT, { recursive: true });
  const server = await serve(PREVIEW);
  const base = `http://localhost:${server.address().port}`;
  const office = await serve(DIST);
  const officeBase = `http://localhost:${office.address().port}`;
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-chromium-"));
  const ctx = await chromium.launchPersistentContext(tmpDir, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1280, height: 800 },
  });

  const problems = [];
  const blocked = [];
  // What office.js does in a test: null = it cannot be loaded (blocked CDN); else the script served.
  let officeJs = null;
  try {
    // Only this machine: the Office CDN (and anything else) is refused at once instead of hanging.
    await ctx.route("**/*", (route) => {
      const url = route.request().url();
      const host = new URL(url).hostname;
      if (host === "localhost" || host === "127.0.0.1") return route.continue();
      if (url === OFFICE_JS && officeJs !== null)
        return route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs });
      blocked.push(url);
      return route.abort();
    });
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    page.setDefaultTimeout(TIMEOUT);
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    const requested = [];
    page.on("request", (req) => requested.push(req.url()));
    page.on("console", (msg) => {
      const text = msg.text();
      if (/Content Security Policy|Refused to/i.test(text)) problems.push(`CSP: ${text}`);
      else if (msg.type() === "error" && !/appsforoffice|ERR_FAILED|Failed to load resource/i.test(text))
        problems.push(`console: ${text}`);
    });

    const pane = page.getByTestId("pane");
    const grid = page.getByTestId("grid");
    const summary = page.getByTestId("summary");
    const selection = page.getByTestId("grid-selection");
    const shot = (name) => page.screenshot({ path: path.join(OUT, name) });
    /** Opens a tab of the pane: in the row, or under "Thêm ▾" when the pane is too narrow for all. */
    async function openTab(name) {
      const tab = pane.getByRole("tab", { name, exact: true });
      if ((await tab.count()) === 0) {
        await pane.getByTestId("more-tabs").click();
        await page.getByRole("menuitemradio", { name, exact: true }).click();
      }
      await tab.click();
    }
    let counts = null;
    let chosen = null;

    const startupProblem = page.getByTestId("startup-problem");
    /** The production page as Office would open it; the sample and its grid must never appear. */
    async function openInOffice(address, problem) {
      await page.goto(address);
      await startupProblem.waitFor();
      const shown = await startupProblem.getAttribute("data-problem");
      assert(shown === problem, `message for "${shown}", expected "${problem}"`);
      assert((await page.locator("html").getAttribute("data-mode")) === "problem", "html[data-mode] is not problem");
      assert((await grid.count()) === 0 && (await pane.count()) === 0, "the sample book or the pane is showing");
      assert(!(await page.content()).includes("Sa Pa"), "the page names the Sa Pa sample");
    }

    await step("the production build has no preview: no sample book, no grid in dist/", async () => {
      const all = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
      assert(!all.some((f) => f.startsWith("preview")), `a preview chunk in dist/: ${all.join(", ")}`);
      // What the pane can load: taskpane.html's scripts and the chunks its runtime knows. The web page
      // (app.html) ships the samples and a grid on purpose; its chunks are not the pane's.
      const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
      const initial = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)]
        .map((m) => (m[1] || m[2]).replace(/^\.?\//, ""))
        .filter((f) => !/^[a-z]+:/i.test(f) && f.endsWith(".js") && !f.startsWith("static/"));
      const runtime = initial.map((f) => fs.readFileSync(path.join(DIST, f), "utf8")).join("\n");
      const chunks = [...runtime.matchAll(/(\d+):"([0-9a-f]{8})"/g)]
        .map((m) => `${m[1]}.${m[2]}.chunk.js`)
        .filter((f) => all.includes(f));
      assert(chunks.length > 0, "no lazy chunk found in the pane's runtime");
      const scripts = [...initial, ...chunks];
      for (const f of scripts) {
        const text = fs.readFileSync(path.join(DIST, f), "utf8");
        assert(!text.includes("Giàng A Sử") && !text.includes("grid-selection"), `${f} carries the sample or its grid`);
      }
    });

    await step("inside Office with office.js blocked: what to check, in plain words, and no sample", async () => {
      officeJs = null;
      await openInOffice(`${officeBase}/taskpane.html`, "officeMissing");
      const text = await startupProblem.innerText();
      assert(text.includes("Không tải được Office.js"), `message: ${text}`);
      assert(text.includes("appsforoffice.microsoft.com"), "the message does not say what to let through");
      await shot("10-office-js-blocked.png");
    });

    await step("?preview on the production build is ignored: still the message, never the sample", async () => {
      officeJs = null;
      await openInOffice(`${officeBase}/taskpane.html?preview`, "officeMissing");
    });

    await step("office.js opened outside Excel (a plain browser) says where the pane belongs", async () => {
      officeJs =
        "window.Office = { HostType: { Excel: 'Excel' }, onReady: () => Promise.resolve({ host: null, platform: null }) };";
      await openInOffice(`${officeBase}/taskpane.html`, "notInOffice");
    });

    await step("a slow Office: the loading text at once, after 10 s the message saying it is slow", async () => {
      officeJs = "window.Office = { HostType: { Excel: 'Excel' }, onReady: () => new Promise(() => {}) };";
      await page.goto(`${officeBase}/taskpane.html`);
      const loading = page.getByTestId("loading");
      await loading.waitFor();
      assert((await loading.innerText()).includes("Đang mở ngăn"), "no loading text while Office starts");
      await shot("11-office-starting.png");
      await startupProblem.waitFor({ timeout: 15_000 });
      assert((await startupProblem.getAttribute("data-problem")) === "officeSlow", "not the slow-Office message");
      assert((await grid.count()) === 0, "the sample book appeared");
      await shot("12-office-slow.png");
    });
    officeJs = null;

    await step(
      "the preview build asked with ?preview opens on the sample and, live mode being on, checks the book at once",
      async () => {
        await page.goto(`${base}/taskpane.html?preview`);
        await pane.waitFor();
        await grid.waitFor();
        assert((await page.locator("html").getAttribute("data-mode")) === "preview", "html[data-mode] is not preview");
        await pane.getByRole("button", { name: "Kiểm tra sổ" }).waitFor();
        assert(
          blocked.some((u) => u.includes("appsforoffice")),
          "office.js was not even requested",
        );
        await summary.waitFor();
        await shot("01-preview.png");
      },
    );

    await step("Kiểm tra sổ lists findings with counts, announced politely", async () => {
      await pane.getByRole("button", { name: "Kiểm tra sổ" }).click();
      await summary.waitFor();
      counts = parseSummary(await summary.innerText());
      const total = counts.error + counts.warning + counts.info;
      assert(total > 0, "no findings on the sample book");
      assert(counts.error > 0, "the sample book has no errors to mark");
      // Notes are folded under the errors and warnings of their sheet: open them to count them.
      for (const fold of await page.locator('[data-testid="fold-notes"][aria-expanded="false"]').all())
        await fold.click();
      const listed = await page.getByTestId("finding").count();
      assert(listed === total, `${listed} findings listed, summary says ${total}`);
      const announced = (await page.getByTestId("announcer").innerText()).trim();
      assert(
        announced === `Đã kiểm tra: ${counts.error} lỗi, ${counts.warning} cảnh báo, ${counts.info} lưu ý`,
        `announcement was "${announced}"`,
      );
      await shot("02-checked.png");
    });

    await step("choosing a finding moves the grid's selection to its cell", async () => {
      const candidates = page.locator('button[data-testid="finding"][data-severity="error"]:not([data-cell=""])');
      assert((await candidates.count()) > 0, "no error finding with a cell");
      // Prefer one on a sheet other than the one showing, so the sheet switch is tested too.
      const active = await page.getByTestId("grid-table").getAttribute("data-sheet");
      let target = candidates.first();
      for (let i = 0; i < (await candidates.count()); i++) {
        if ((await candidates.nth(i).getAttribute("data-sheet")) !== active) {
          target = candidates.nth(i);
          break;
        }
      }
      chosen = { sheet: await target.getAttribute("data-sheet"), cell: await target.getAttribute("data-cell") };
      await target.scrollIntoViewIfNeeded();
      await target.click();
      await page.waitForFunction(({ sheet, cell }) => {
        const box = document.querySelector('[data-testid="grid-selection"]');
        const table = document.querySelector('[data-testid="grid-table"]');
        return (
          box &&
          table &&
          box.textContent.trim() === cell &&
          box.getAttribute("data-sheet") === sheet &&
          table.getAttribute("data-sheet") === sheet
        );
      }, chosen);
      const selected = page.locator(`[data-testid="grid-table"] td[data-cell="${chosen.cell}"]`);
      assert((await selected.getAttribute("aria-selected")) === "true", `cell ${chosen.cell} is not highlighted`);
      assert(await selected.isVisible(), "the selected cell is not visible");
      assert((await selection.innerText()).trim() === chosen.cell, "name box differs");
      await shot("03-selected.png");
    });

    let before = null;
    await step("Đánh dấu colours the error's cell in the grid", async () => {
      assert(chosen, "no finding was chosen");
      const cell = page.locator(`[data-testid="grid-table"] td[data-cell="${chosen.cell}"]`);
      before = {
        fill: await cell.getAttribute("data-fill"),
        bg: await cell.evaluate((el) => getComputedStyle(el).backgroundColor),
      };
      await pane.getByRole("button", { name: "Đánh dấu", exact: true }).click();
      await page.getByTestId("notice").filter({ hasText: "Đã đánh dấu" }).waitFor();
      await page.waitForFunction(
        ({ cell, fill }) => {
          const td = document.querySelector(`[data-testid="grid-table"] td[data-cell="${cell}"]`);
          return td && td.getAttribute("data-fill") !== fill && td.getAttribute("data-fill") !== "";
        },
        { cell: chosen.cell, fill: before.fill },
      );
      const bg = await cell.evaluate((el) => getComputedStyle(el).backgroundColor);
      assert(bg !== before.bg, `background stayed ${bg}`);
      assert((await cell.getAttribute("data-note")) === "1", "the marked cell shows no note marker");
      await shot("04-marked.png");
    });

    await step("Bỏ đánh dấu restores the cell's own fill", async () => {
      assert(before, "nothing was marked");
      await pane.getByRole("button", { name: "Bỏ đánh dấu", exact: true }).click();
      await page.getByTestId("notice").filter({ hasText: "Đã bỏ đánh dấu" }).waitFor();
      await page.waitForFunction(
        ({ cell, fill }) =>
          document.querySelector(`[data-testid="grid-table"] td[data-cell="${cell}"]`)?.getAttribute("data-fill") ===
          fill,
        { cell: chosen.cell, fill: before.fill },
      );
      const bg = await page
        .locator(`[data-testid="grid-table"] td[data-cell="${chosen.cell}"]`)
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      assert(bg === before.bg, `background is ${bg}, was ${before.bg}`);
    });

    await step("live mode: editing a unit's type in the grid re-checks without pressing the button", async () => {
      assert(counts, "no first check");
      await page.getByRole("tab", { name: "Đơn vị", exact: true }).click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="grid-table"]')?.getAttribute("data-sheet") === "Đơn vị",
      );
      const header = page.locator('[data-testid="grid-table"] td', { hasText: /^Loại đơn vị$/ }).first();
      const address = await header.getAttribute("data-cell");
      const [, col, row] = /^([A-Z]+)(\d+)$/.exec(address);
      const target = page.locator(`[data-testid="grid-table"] td[data-cell="${col}${Number(row) + 1}"]`);
      const original = await target.innerText();
      const now = parseSummary(await summary.innerText());
      await target.dblclick();
      await page.keyboard.press("ControlOrMeta+a");
      await page.keyboard.type("Không rõ loại");
      await page.keyboard.press("Enter");
      await page.waitForFunction(
        (n) =>
          /(\d+)\s*lỗi/.exec(document.querySelector('[data-testid="summary"]')?.textContent ?? "")?.[1] === String(n),
        now.error + 1,
      );
      await target.dblclick();
      await page.keyboard.press("ControlOrMeta+a");
      await page.keyboard.type(original);
      await page.keyboard.press("Enter");
      await page.waitForFunction(
        (n) =>
          /(\d+)\s*lỗi/.exec(document.querySelector('[data-testid="summary"]')?.textContent ?? "")?.[1] === String(n),
        now.error,
      );
    });

    await step("the Tiến độ tab loads only when opened, and shows counts, lists and the matrix at 350 px", async () => {
      const chunks = () => requested.filter((u) => /deadlines\.[0-9a-f]+\.chunk\.js|deadlines\.chunk\.js/.test(u));
      assert(chunks().length === 0, "the Tiến độ tab's script was loaded before the tab was opened");
      // A narrow task pane, as on a small laptop screen.
      await page.addStyleTag({ content: "aside { width: 350px !important; }" });
      await openTab("Tiến độ");
      await pane.getByTestId("status-counts").waitFor();
      assert(chunks().length === 1, `expected the tab's chunk to load once, got ${chunks().length}`);
      await pane.getByTestId("ref-day").fill("2024-07-10");
      const overdue = pane.getByTestId("status-counts").locator('[data-status="overdue"]');
      await page.waitForFunction(
        () => document.querySelector('[data-testid="status-counts"] [data-status="overdue"]')?.dataset.count === "12",
      );
      assert((await overdue.innerText()).includes("Quá hạn"), "the overdue count does not say its status in words");
      const heading = await pane.getByTestId("overdue-list").getByRole("heading").innerText();
      assert(heading === "Quá hạn (12)", `overdue heading is "${heading}"`);
      const aside = page.locator("aside");
      const width = await aside.evaluate((el) => el.getBoundingClientRect().width);
      assert(Math.round(width) === 350, `the pane is ${width}px wide`);
      const panel = await pane
        .getByTestId("deadlines-tab")
        .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      assert(panel.scroll <= panel.client, `the tab is wider than the pane (${panel.scroll} > ${panel.client})`);
      await aside.screenshot({ path: path.join(OUT, "06-deadlines.png") });
      const scroller = pane.getByTestId("status-matrix").getByRole("region");
      const box = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      assert(box.scroll > box.client, "the matrix does not scroll sideways: it was squeezed");
      const cell = pane.locator('[data-testid="matrix-row"][data-unit="HTX-BANHO"] td[data-status="overdue"]').first();
      assert((await cell.innerText()).trim() === "✗", "an overdue cell shows no symbol");
      await scroller.scrollIntoViewIfNeeded();
      await aside.screenshot({ path: path.join(OUT, "07-deadlines-matrix.png") });
    });

    await step("an overdue item goes to its row in Tiến độ", async () => {
      await pane.getByTestId("overdue-list").getByTestId("owed-item").first().click();
      await page.waitForFunction(() => {
        const box = document.querySelector('[data-testid="grid-selection"]');
        return box && box.getAttribute("data-sheet") === "Tiến độ" && box.textContent.trim() === "C11";
      });
    });

    await step("Tô màu Tiến độ colours the milestones' code cells; Bỏ tô màu restores them", async () => {
      const a7 = page.locator('[data-testid="grid-table"] td[data-cell="A7"]');
      const before = await a7.getAttribute("data-fill");
      await pane.getByRole("button", { name: "Tô màu Tiến độ" }).click();
      await pane.getByTestId("deadlines-notice").filter({ hasText: "Đã tô màu" }).waitFor();
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="grid-table"] td[data-cell="A7"]')?.getAttribute("data-fill") ===
          "#FFC7CE",
      );
      assert((await a7.getAttribute("data-note")) === "1", "the coloured cell has no note");
      await shot("08-deadlines-coloured.png");
      await pane.getByRole("button", { name: "Bỏ tô màu" }).click();
      await pane.getByTestId("deadlines-notice").filter({ hasText: "Đã bỏ tô màu" }).waitFor();
      await page.waitForFunction(
        (fill) =>
          document.querySelector('[data-testid="grid-table"] td[data-cell="A7"]')?.getAttribute("data-fill") === fill,
        before,
      );
    });

    await step("a unit's reminder is copied for pasting into an email", async () => {
      await ctx.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
      const unit = pane.locator('[data-testid="owed-unit"][data-unit="HTX-BANHO"]');
      await unit.getByTestId("copy-reminder").click();
      await pane.getByTestId("deadlines-notice").filter({ hasText: "Đã sao chép lời nhắc" }).waitFor();
      const text = await page.evaluate(() => navigator.clipboard.readText());
      assert(
        text.startsWith("Kính gửi: Hợp tác xã Nông nghiệp và Du lịch cộng đồng Bản Hồ."),
        `clipboard: ${text.slice(0, 80)}`,
      );
      assert(text.includes("(DK-CT): hạn 29/02/2024, đã quá hạn 132 ngày;"), "the reminder misses DK-CT");
      await page.addStyleTag({ content: "aside { width: 360px !important; }" });
      await openTab("Kiểm tra");
      await pane.getByRole("button", { name: "Kiểm tra sổ" }).waitFor();
    });

    await step("the Thống kê tab loads its code only when opened and draws a chart for each year", async () => {
      const scripts = [];
      const onRequest = (req) => {
        if (req.resourceType() === "script") scripts.push(req.url());
      };
      page.on("request", onRequest);
      await openTab("Thống kê");
      const years = page.getByTestId("stats-year");
      await years.first().waitFor();
      page.off("request", onRequest);
      assert(
        scripts.some((u) => /\.chunk\.js$/.test(u)),
        `no lazy chunk was loaded: ${scripts.join(", ")}`,
      );
      const headings = await years.locator("h2").allInnerTexts();
      // The Sa Pa sample: history 2021–2023 and the 2024 nominations.
      assert(headings.join("|") === "Năm 2024|Năm 2023|Năm 2022|Năm 2021", `years shown: ${headings.join(", ")}`);
      const charts = await page.getByTestId("year-chart").count();
      assert(charts === headings.length, `${charts} charts for ${headings.length} years`);
      const bars = await page.getByTestId("year-bar").count();
      assert(bars >= headings.length, `only ${bars} bars`);
      await page.getByTestId("stats-chains").waitFor();
      // Tall enough to show the charts of every year, not only the first screen of the pane.
      await page.setViewportSize({ width: 1280, height: 2200 });
      await page.getByTestId("pane").screenshot({ path: path.join(OUT, "09-stats.png") });
      await page.setViewportSize({ width: 1280, height: 800 });
      await openTab("Kiểm tra");
      await pane.getByRole("button", { name: "Kiểm tra sổ" }).waitFor();
    });
    await step(
      "the Khối tab ranks a block with a bar per unit, and a criterion goes to its Chấm điểm cell",
      async () => {
        const chunks = () => requested.filter((u) => /blocks-tab\.[0-9a-f]+\.chunk\.js|blocks-tab\.chunk\.js/.test(u));
        assert(chunks().length === 0, "the Khối tab's script was loaded before the tab was opened");
        // As narrow as the Tiến độ step's pane: the tab must fit it.
        await page.addStyleTag({ content: "aside { width: 350px !important; }" });
        await openTab("Khối");
        const select = page.getByTestId("blocks-select");
        await select.waitFor();
        assert(chunks().length === 1, `expected the tab's chunk to load once, got ${chunks().length}`);
        const panel = await pane
          .getByTestId("blocks-tab")
          .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
        assert(panel.scroll <= panel.client, `the tab is wider than the pane (${panel.scroll} > ${panel.client})`);
        await select.selectOption("K5");
        const units = page.getByTestId("block-unit");
        await page.waitForFunction(
          () => document.querySelector('[data-testid="block-unit"]')?.getAttribute("data-unit") === "P-SAPA",
        );
        assert((await units.count()) === 6, `${await units.count()} wards listed`);
        assert((await page.getByTestId("block-bar").count()) === 6, "not one bar per ward");
        const widths = await page
          .getByTestId("block-bar")
          .evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().width));
        assert(
          widths.every((w, i) => w > 0 && (i === 0 || w <= widths[i - 1] + 0.5)),
          `bars not in rank order: ${widths.join(", ")}`,
        );
        const leader = page.getByTestId("block-leader");
        assert((await leader.getAttribute("data-leader")) === "P-HAMRONG", "the proposed ward is not Hàm Rồng");
        assert(
          (await leader.innerText()).includes("chưa đạt chỉ tiêu"),
          "the reason does not say why Sa Pa was passed over",
        );
        await shot("08-blocks.png");

        await units.filter({ hasText: "UBND phường Sa Pả" }).click();
        const criterion = page.locator('[data-testid="block-criterion"][data-code="B.2"]');
        await criterion.waitFor();
        const row = await criterion.getAttribute("data-row");
        assert(row && Number(row) > 1, "criterion B.2 of phường Sa Pả has no Chấm điểm row");
        await criterion.click();
        await page.waitForFunction((r) => {
          const box = document.querySelector('[data-testid="grid-selection"]');
          const table = document.querySelector('[data-testid="grid-table"]');
          return (
            box &&
            table &&
            box.getAttribute("data-sheet") === "Chấm điểm" &&
            table.getAttribute("data-sheet") === "Chấm điểm" &&
            box.textContent.trim().endsWith(String(r))
          );
        }, row);
        const cell = (await selection.innerText()).trim();
        const selected = page.locator(`[data-testid="grid-table"] td[data-cell="${cell}"]`);
        assert((await selected.getAttribute("aria-selected")) === "true", `cell ${cell} is not highlighted`);
        assert(await selected.isVisible(), "the selected score cell is not visible");
        await shot("09-blocks-unit.png");
        await page.addStyleTag({ content: "aside { width: 360px !important; }" });
        await openTab("Kiểm tra");
        await pane.getByRole("button", { name: "Kiểm tra sổ" }).waitFor();
      },
    );

    await step(
      "the Tổng hợp tab shows the council's figures and writes every TH sheet into the book, undoably",
      async () => {
        await openTab("Tổng hợp");
        const total = page.getByTestId("summary-total");
        await total.waitFor();
        assert(Number((await total.innerText()).replace(/\D/g, "")) > 0, "no nominations counted");
        const bars = await page.getByTestId("year-bar").count();
        assert(bars >= 2, `only ${bars} bars`);
        const thSheets = ["Tổng hợp", "Danh sách", "Tỷ lệ", "Chỉ tiêu", "Tiến độ", "Kinh phí", "Kiểm tra"].map(
          (n) => `TH ${n}`,
        );
        const sheetTab = (name) => page.getByRole("tab", { name, exact: true });
        await page.getByTestId("summary-write").click();
        await page.getByTestId("summary-undo").waitFor({ timeout: 30_000 });
        const written = await page.getByTestId("summary-note").innerText();
        assert(/Đã ghi 7 sheet/.test(written), `summary note: ${written}`);
        for (const name of thSheets) assert((await sheetTab(name).count()) === 1, `no sheet ${name} in the book`);
        await page.setViewportSize({ width: 1280, height: 1600 });
        await page.getByTestId("pane").screenshot({ path: path.join(OUT, "10-summary.png") });
        // The council list as it landed in the book.
        await sheetTab("TH Danh sách").click();
        await page.getByTestId("grid-table").waitFor();
        const grid = await page.getByTestId("grid-table").innerText();
        assert(/DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG/.test(grid), "TH Danh sách does not show the council list");
        await shot("10-summary-th-danh-sach.png");
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.getByTestId("summary-undo").click();
        await page.getByTestId("summary-undo").waitFor({ state: "detached", timeout: 30_000 });
        // Hoàn tác takes out exactly the seven sheets.
        for (const name of thSheets) assert((await sheetTab(name).count()) === 0, `${name} is still in the book`);
        await sheetTab("Đề nghị khen thưởng").click();
        await openTab("Kiểm tra");
        await pane.getByRole("button", { name: "Kiểm tra sổ" }).waitFor();
      },
    );

    await step(
      "the Mẫu biểu tab makes a unit's template, checks two returned files and merges one's nominations and registrations, undoably",
      async () => {
        const chunks = () => requested.filter((u) => /templates\.[0-9a-f]+\.chunk\.js|templates\.chunk\.js/.test(u));
        assert(chunks().length === 0, "the Mẫu biểu tab's script was loaded before the tab was opened");
        await openTab("Mẫu biểu");
        await pane.getByTestId("templates-tab").waitFor({ timeout: 60_000 });
        assert(chunks().length === 1, `expected the tab's chunk to load once, got ${chunks().length}`);
        await pane.getByTestId("template-unit").click();
        await page.getByRole("option", { name: "UBND xã Tả Van (X-TAVAN)", exact: true }).click();
        await pane.getByTestId("make-templates").click();
        const link = pane.getByTestId("template-download");
        await link.waitFor({ timeout: 60_000 });
        const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
        const name = download.suggestedFilename();
        assert(/^mau-de-nghi-2024-X-TAVAN-.*\.xlsx$/.test(name), `unexpected template name ${name}`);
        // Xã Tả Van fills it in a spreadsheet program (exceljs here) and sends it back with a stray letter.
        const ExcelJS = require("exceljs");
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(await download.path());
        const ws = wb.getWorksheet("Đề nghị khen thưởng");
        const col = new Map();
        ws.getRow(1).eachCell((c, n) => col.set(String(c.value), n));
        const rows = [
          ["Cá nhân", "Giàng Thị Sao", "Lao động tiên tiến", "Hoàn thành tốt nhiệm vụ"],
          ["Cá nhân", "Sùng A Páo", "Lao động tiên tiến", "Hoàn thành tốt nhiệm vụ"],
        ];
        rows.forEach(([subject, person, award, rating], i) => {
          ws.getCell(i + 2, col.get("Đối tượng")).value = subject;
          ws.getCell(i + 2, col.get("Họ và tên")).value = person;
          ws.getCell(i + 2, col.get("Hình thức")).value = award;
          ws.getCell(i + 2, col.get("Xếp loại")).value = rating;
        });
        // …and registers its targets: Đăng ký on each assigned target's row.
        const targets = wb.getWorksheet("Chỉ tiêu");
        const tcol = new Map();
        targets.getRow(1).eachCell((c, n) => tcol.set(String(c.value), n));
        let registered = 0;
        targets.eachRow((row, n) => {
          if (n === 1 || !row.getCell(tcol.get("Chỉ tiêu")).value) return;
          row.getCell(tcol.get("Đăng ký")).value = 10 + n;
          registered++;
        });
        assert(registered > 0, "the template has no target to register");
        const filled = Buffer.from(await wb.xlsx.writeBuffer());
        const before = await page.evaluate(() => document.querySelector('[data-testid="grid-table"]') !== null);
        assert(before, "the preview grid is missing");
        await pane.getByTestId("returned-files").setInputFiles([
          { name: "X-TAVAN gui lai.xlsx", mimeType: "application/octet-stream", buffer: filled },
          {
            name: "thu-xin-loi.xlsx",
            mimeType: "application/octet-stream",
            buffer: Buffer.from("Kính gửi Phòng Nội vụ"),
          },
        ]);
        const report = pane.getByTestId("returned-report");
        await report.waitFor({ timeout: 60_000 });
        const text = await report.innerText();
        assert(new RegExp(`X-TAVAN gui lai\\.xlsx: đã nhập ${2 + registered} dòng`).test(text), `report: ${text}`);
        assert(/thu-xin-loi\.xlsx: không nhập/.test(text), `report: ${text}`);
        await pane.getByTestId("merge-returned").click();
        const note = pane.getByTestId("templates-note");
        await note.waitFor({ timeout: 60_000 });
        await page.waitForFunction(
          (n) =>
            new RegExp(`^Đã gộp 2 dòng đề nghị vào sheet “Đề nghị khen thưởng” và ${n} đăng ký chỉ tiêu`).test(
              document.querySelector('[data-testid="templates-note"]')?.textContent ?? "",
            ),
          registered,
        );
        await page.getByTestId("pane").screenshot({ path: path.join(OUT, "11-templates.png") });
        // The registrations are in the book's Chỉ tiêu, with where they came from.
        await page.getByRole("tab", { name: "Chỉ tiêu", exact: true }).click();
        const targetsGrid = () => page.getByTestId("grid-table").innerText();
        assert(/X-TAVAN gui lai\.xlsx, dòng \d+/.test(await targetsGrid()), "Chỉ tiêu shows no merged registration");
        await shot("11-templates-chi-tieu.png");
        await pane.getByTestId("undo-merge").click();
        await page.waitForFunction(() =>
          /^Đã hoàn tác/.test(document.querySelector('[data-testid="templates-note"]')?.textContent ?? ""),
        );
        assert(!/X-TAVAN gui lai\.xlsx/.test(await targetsGrid()), "Hoàn tác left a registration in Chỉ tiêu");
        await openTab("Kiểm tra");
      },
    );

    // Issue 12: a pane the clerk can trust at a glance.
    const unitTypeCell = async () => {
      await page.getByRole("tab", { name: "Đơn vị", exact: true }).click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="grid-table"]')?.getAttribute("data-sheet") === "Đơn vị",
      );
      const header = page.locator('[data-testid="grid-table"] td', { hasText: /^Loại đơn vị$/ }).first();
      const [, col, row] = /^([A-Z]+)(\d+)$/.exec(await header.getAttribute("data-cell"));
      return `${col}${Number(row) + 1}`;
    };
    const typeInto = async (address, text) => {
      await page.locator(`[data-testid="grid-table"] td[data-cell="${address}"]`).dblclick();
      await page.keyboard.press("ControlOrMeta+a");
      await page.keyboard.type(text);
      await page.keyboard.press("Enter");
    };
    const fillOf = (address) =>
      page.locator(`[data-testid="grid-table"] td[data-cell="${address}"]`).getAttribute("data-fill");

    await step("after Đánh dấu, a new error gets its mark and a fixed one loses it, with each live check", async () => {
      await openTab("Kiểm tra");
      await page.addStyleTag({ content: "aside { width: 320px !important; }" });
      const address = await unitTypeCell();
      const original = await page.locator(`[data-testid="grid-table"] td[data-cell="${address}"]`).innerText();
      const own = await fillOf(address);
      await pane.getByRole("button", { name: "Đánh dấu", exact: true }).click();
      await page.getByTestId("notice").filter({ hasText: "Đã đánh dấu" }).waitFor();
      await typeInto(address, "Không rõ loại");
      await page.waitForFunction(
        ({ a, own }) => {
          const td = document.querySelector(`[data-testid="grid-table"] td[data-cell="${a}"]`);
          return td && td.getAttribute("data-fill") && td.getAttribute("data-fill") !== own;
        },
        { a: address, own },
      );
      await page.getByTestId("notice").filter({ hasText: "Đã cập nhật đánh dấu" }).waitFor();
      const checkedAt = await page.getByTestId("checked-at").innerText();
      assert(/^Đã kiểm tra lúc \d\d:\d\d:\d\d$/.test(checkedAt), `no check time: "${checkedAt}"`);
      await page.locator("aside").screenshot({ path: path.join(OUT, "12-marks-follow-320.png") });
      await typeInto(address, original);
      await page.waitForFunction(
        ({ a, own }) =>
          document.querySelector(`[data-testid="grid-table"] td[data-cell="${a}"]`)?.getAttribute("data-fill") === own,
        { a: address, own },
      );
      await pane.getByRole("button", { name: "Bỏ đánh dấu", exact: true }).click();
      await page.getByTestId("notice").filter({ hasText: "Đã bỏ đánh dấu" }).waitFor();
    });

    await step(
      "with Kiểm tra tự động off an edit greys the list with a sign; turning it on checks at once",
      async () => {
        const address = await unitTypeCell();
        const original = await page.locator(`[data-testid="grid-table"] td[data-cell="${address}"]`).innerText();
        const live = pane.getByRole("switch", { name: "Kiểm tra tự động" });
        await live.click();
        await typeInto(address, "Không rõ loại");
        await page.getByTestId("stale").filter({ hasText: "Sổ đã thay đổi — bấm Kiểm tra sổ" }).waitFor();
        assert(
          (await page.locator('[data-stale="true"]').evaluate((el) => getComputedStyle(el).opacity)) < 1,
          "the stale list is not greyed",
        );
        await page.locator("aside").screenshot({ path: path.join(OUT, "13-stale-320.png") });
        await typeInto(address, original);
        await live.click();
        await page.getByTestId("stale").waitFor({ state: "detached" });
      },
    );

    await step("a retyped Số LĐTT header gives a 'fix first' group and no flood of quota errors", async () => {
      await page.getByRole("tab", { name: "Đơn vị", exact: true }).click();
      const header = page.locator('[data-testid="grid-table"] td', { hasText: /^Số LĐTT$/ }).first();
      const address = await header.getAttribute("data-cell");
      await typeInto(address, "Số lao động TT năm nay");
      const group = pane.locator('[data-fix-first="true"]');
      await group.waitFor();
      const heading = await group.getByRole("heading").innerText();
      assert(heading.startsWith("Sửa lỗi này trước"), `fix-first heading is "${heading}"`);
      const line = await group.getByTestId("finding").first().innerText();
      assert(line.includes("tỷ lệ khen thưởng của từng đơn vị"), `the skipped checks are not named: "${line}"`);
      const quota = await pane
        .getByTestId("finding")
        .filter({ hasText: /nhiều hơn mức tối đa/ })
        .count();
      assert(quota === 0, `${quota} quota errors after a retyped header`);
      await page.locator("aside").screenshot({ path: path.join(OUT, "14-fix-first-320.png") });
      await typeInto(address, "Số LĐTT");
      await group.waitFor({ state: "detached" });
    });

    await step("Xuất kết quả writes the Kết quả kiểm tra sheet with links; Hoàn tác takes it away", async () => {
      await pane.getByRole("button", { name: "Xuất kết quả" }).click();
      await page.getByTestId("notice").filter({ hasText: "Kết quả kiểm tra" }).waitFor();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="grid-table"]')?.getAttribute("data-sheet") === "Kết quả kiểm tra",
      );
      const first = (await page.locator('[data-testid="grid-table"] td[data-cell="A2"]').innerText()).trim();
      assert(first === "Lỗi", `the export does not start with an error: "${first}"`);
      await page.setViewportSize({ width: 1280, height: 800 });
      await shot("15-export-1280.png");
      await pane.getByRole("button", { name: "Hoàn tác" }).click();
      await page.getByTestId("notice").filter({ hasText: "Đã hoàn tác" }).waitFor();
      await page.getByRole("tab", { name: "Kết quả kiểm tra", exact: true }).waitFor({ state: "detached" });
    });

    await step(
      "the pane at 320 px: every tab reachable, chips, search, unit filter, one Tab stop, spoken notices",
      async () => {
        await page.setViewportSize({ width: 1280, height: 800 });
        await openTab("Kiểm tra");
        const aside = page.locator("aside");
        const paneWidth = (await pane.boundingBox()).width;
        assert(paneWidth <= 400, `the pane is ${paneWidth} px wide, not a task pane's width`);
        // Every tab: in the row or under "Thêm ▾"; none cut off at the edge.
        const bar = await pane.getByTestId("tab-bar").boundingBox();
        for (const tab of await pane.getByRole("tab").all()) {
          const box = await tab.boundingBox();
          assert(box.x + box.width <= bar.x + bar.width + 1, `tab "${await tab.innerText()}" is cut off`);
        }
        await pane.getByTestId("more-tabs").click();
        const inMenu = await page.getByRole("menuitemradio").allInnerTexts();
        for (const name of ["Mẫu biểu", "Tổng hợp"]) {
          const inRow = await pane.getByRole("tab", { name, exact: true }).count();
          assert(inRow + inMenu.filter((x) => x.trim() === name).length === 1, `"${name}" is not reachable`);
        }
        // The menu fades in (400 ms): the picture is taken once it has, not through a half-drawn menu.
        await page
          .locator(".fui-MenuPopover")
          .evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
        const menuBg = await page.locator(".fui-MenuPopover").evaluate((el) => getComputedStyle(el).backgroundColor);
        assert(menuBg === "rgb(255, 255, 255)", `the "Thêm" menu is drawn on ${menuBg}, not white`);
        await aside.screenshot({ path: path.join(OUT, "16-more-tabs-320.png") });
        await page.keyboard.press("Escape");
        await pane.getByRole("button", { name: "Kiểm tra sổ" }).click();
        await summary.waitFor();
        await aside.screenshot({ path: path.join(OUT, "17-findings-320.png") });
        // The findings list is one Tab stop; the arrow keys move inside it.
        const items = pane.getByTestId("finding");
        const stops = await items.evaluateAll((els) => els.filter((el) => el.tabIndex === 0).length);
        assert(stops === 1, `${stops} findings are Tab stops`);
        await items.first().focus();
        await page.keyboard.press("ArrowDown");
        const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-testid"));
        const second = await items.nth(1).evaluate((el) => el === document.activeElement);
        assert(focused === "finding" && second, "ArrowDown did not move to the next finding");
        // Search without tone marks, then the unit filter.
        const search = pane.getByRole("searchbox", { name: "Tìm trong kết quả" });
        const before = await items.count();
        const unit = pane.getByRole("combobox", { name: "Đơn vị" });
        await unit.click();
        const firstUnit = page.getByRole("option").first();
        const unitText = await firstUnit.innerText();
        const unitCount = Number(/\((\d+)\)$/.exec(unitText.trim())?.[1]);
        await firstUnit.click();
        await page.waitForFunction((n) => document.querySelectorAll('[data-testid="finding"]').length <= n, unitCount);
        await aside.screenshot({ path: path.join(OUT, "18-unit-filter-320.png") });
        await pane
          .getByRole("button", { name: /Clear|Xoá|Xóa/ })
          .first()
          .click()
          .catch(() => undefined);
        await unit.fill("");
        await search.fill("khong co");
        await page.waitForFunction((n) => document.querySelectorAll('[data-testid="finding"]').length < n, before);
        await search.fill("");
        // The accessibility tree: the language button says "English", headings h1 then h2, notices spoken.
        await pane.getByRole("button", { name: "Đánh dấu", exact: true }).click();
        await page.getByTestId("notice").filter({ hasText: "Đã đánh dấu" }).waitFor();
        const tree = await page.locator("body").ariaSnapshot();
        assert(/button "English[^"]*"/.test(tree), "the language button's name lacks English");
        assert(/heading "Thi đua – Khen thưởng" \[level=1\]/.test(tree), "no h1");
        assert(!/\[level=3\]/.test(tree), "a heading skips from h1 to h3");
        assert(
          /status[^\n]*:[^\n]*Đã đánh dấu/.test(tree) ||
            /- status:\s*\n?\s*- text: Đã đánh dấu/.test(tree) ||
            /status[\s\S]{0,40}Đã đánh dấu/.test(tree),
          `the marking is not in a live region:\n${tree.slice(-1500)}`,
        );
        await pane.getByRole("button", { name: "Bỏ đánh dấu", exact: true }).click();
        await page.getByTestId("notice").filter({ hasText: "Đã bỏ đánh dấu" }).waitFor();
        // A success closes by itself.
        await page.getByTestId("notice").waitFor({ state: "detached", timeout: 15000 });
        await shot("19-pane-1280.png");
      },
    );
    await step("Thiết lập sổ says what each added sheet is for, opens it; Hoàn tác removes exactly that", async () => {
      const sheetTabs = () => grid.getByRole("tab").allInnerTexts();
      const activeSheet = () => page.locator('[data-testid="grid-table"]').getAttribute("data-sheet");
      const tabsBefore = await sheetTabs();
      const activeBefore = await activeSheet();
      await pane.getByRole("button", { name: "Thiết lập sổ" }).click();
      const notice = page.getByTestId("notice").filter({ hasText: "Đã thêm" });
      await notice.waitFor();
      const text = await notice.innerText();
      assert(/\(không bắt buộc\): /.test(text), `set-up does not say what each sheet is for: "${text}"`);
      const opened = /mở sheet “([^”]+)”/.exec(text)?.[1];
      assert(opened && !tabsBefore.includes(opened), `set-up opened "${opened}", not a sheet it added`);
      await page.waitForFunction(
        (name) => document.querySelector('[data-testid="grid-table"]')?.getAttribute("data-sheet") === name,
        opened,
      );
      await page.mouse.move(0, 0);
      await page.locator("aside").screenshot({ path: path.join(OUT, "16-setup-320.png") });
      await pane.getByRole("button", { name: "Hoàn tác" }).click();
      await page.getByTestId("notice").filter({ hasText: "Đã hoàn tác: Thiết lập sổ" }).waitFor();
      await grid.getByRole("tab", { name: opened, exact: true }).waitFor({ state: "detached" });
      const tabsAfter = await sheetTabs();
      assert(
        JSON.stringify(tabsAfter) === JSON.stringify(tabsBefore),
        `sheets after undo: ${tabsAfter.join(", ")}; before: ${tabsBefore.join(", ")}`,
      );
      assert((await activeSheet()) === activeBefore, `undo left "${await activeSheet()}" open, not "${activeBefore}"`);
    });

    await step("the language switch shows the pane in English", async () => {
      await page.getByTestId("language").click();
      await pane.getByRole("button", { name: "Check the book" }).waitFor();
      await pane.getByRole("button", { name: "Mark cells" }).waitFor();
      const text = await summary.innerText();
      assert(/Errors: \d+/.test(text), `summary not in English: "${text}"`);
      await shot("05-english.png");
    });

    await step("no page errors, CSP violations or requests beyond this machine except office.js", async () => {
      const strays = blocked.filter((u) => !u.includes("appsforoffice.microsoft.com"));
      assert(problems.length === 0, problems.join("\n"));
      assert(strays.length === 0, `requests beyond localhost: ${strays.join(", ")}`);
    });

    // The web page for clerks without the add-in (dist/app.html).
    await appSteps({ ctx, step, assert, out: OUT, dist: DIST, timeout: TIMEOUT });
  } finally {
    await ctx.close().catch(() => undefined);
    server.close();
    office.close();
    fs.rmSync(tmpDir, { recursive: true, force: true });
  }

  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`browser: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  console.log("browser: 0 passed, 1 failed");
  process.exit(1);
});
