/**
 * The web page for clerks without the add-in (dist/app.html, issue 16), driven as a clerk would:
 * open a book from disk with the picker, check it, edit a cell, save, read the saved file back with
 * exceljs; a 20,000-nomination book (where the time goes, printed), a file over the limit, recent
 * files kept on the clerk's choice and forgotten; then the page again with the server gone (service
 * worker), and the certificate PDF made there. Called by run.js with its browser context; serves
 * dist/ itself, so it can take the server away.
 */
"use strict";
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const ExcelJS = require("exceljs");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".ttf": "font/ttf",
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
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const HEADER_FILL = "FFDDEBF7";

/** A ward's book as a clerk keeps it, with a styled header, a formula, a sheet of their own and two mistakes. */
async function clerkBook(file, nominations = 2) {
  const wb = new ExcelJS.Workbook();
  const units = wb.addWorksheet("Đơn vị", { views: [{ state: "frozen", ySplit: 1 }] });
  units.addRow(["Mã đơn vị", "Tên đơn vị", "Loại đơn vị"]);
  units.getRow(1).eachCell((c) => {
    c.font = { bold: true };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  });
  units.addRow(["P-SAPA", "UBND phường Sa Pa", "Xã, phường"]);
  units.addRow(["X-TAVAN", "UBND xã Tả Van", "Xã, phường"]);
  units.addRow(["TRUONG-MN", "Trường Mầm non Hoàng Liên", "Đơn vị sự nghiệp"]);
  units.getColumn(2).width = 36;
  units.getCell("E1").value = "Số đơn vị";
  units.getCell("F1").value = { formula: "COUNTA(A2:A4)", result: 3 };
  const noms = wb.addWorksheet("Đề nghị khen thưởng");
  noms.addRow(["STT", "Đối tượng", "Họ và tên", "Mã đơn vị", "Hình thức", "Năm"]);
  const names = ["Giàng Thị Mỷ", "Lý Láo Lở", "Hoàng Văn Tiến", "Nguyễn Thị Hoà", "Vàng A Dình", "Lù Thị Sính"];
  for (let i = 0; i < nominations; i++) {
    // Every 50th from a unit the book does not have.
    const unit = i % 50 === 1 ? "X-LAOCHAI" : ["P-SAPA", "X-TAVAN", "TRUONG-MN"][i % 3];
    noms.addRow([i + 1, "Cá nhân", `${names[i % names.length]} ${i + 1}`, unit, "Lao động tiên tiến", 2025]);
  }
  const own = wb.addWorksheet("Ghi chú của tôi");
  own.getCell("A1").value = "Nộp hồ sơ trước 15/11";
  own.getCell("A1").font = { italic: true, color: { argb: "FFC00000" } };
  await wb.xlsx.writeFile(file);
}

/** The count chips "3 lỗi", "2 cảnh báo", "1 lưu ý" (none for a severity with nothing) → { error: 3, warning: 2, info: 1 } */
function parseSummary(text) {
  const count = (word) => Number(new RegExp(`(\\d+)\\s*${word}`).exec(text)?.[1] ?? 0);
  if (!/\d+\s*(lỗi|cảnh báo|lưu ý)/.test(text) && !/Không có/.test(text))
    throw new Error(`summary not understood: "${text}"`);
  return { error: count("lỗi"), warning: count("cảnh báo"), info: count("lưu ý") };
}

async function appSteps({ ctx, step, assert, out, dist, timeout }) {
  if (!fs.existsSync(path.join(dist, "app.html"))) {
    await step("dist/app.html is built", async () => assert(false, "dist/app.html is missing"));
    return;
  }
  const server = await serve(dist);
  const base = `http://localhost:${server.address().port}`;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-app-"));
  const bookFile = path.join(tmp, "so-phuong-sa-pa-2025.xlsx");
  await clerkBook(bookFile);

  const page = await ctx.newPage();
  page.setDefaultTimeout(timeout);
  const problems = [];
  const strays = [];
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("request", (req) => {
    const url = req.url();
    if (!url.startsWith(`${base}/`) && !url.startsWith("blob:") && !url.startsWith("data:")) strays.push(url);
  });
  page.on("console", (msg) => {
    const text = msg.text();
    if (/Content Security Policy|Refused to/i.test(text)) problems.push(`CSP: ${text}`);
    else if (msg.type() === "error" && !/Failed to load resource|ERR_CONNECTION_REFUSED|ERR_FAILED/i.test(text))
      problems.push(`console: ${text}`);
  });
  const shot = (name) => page.screenshot({ path: path.join(out, name) });
  const summary = page.getByTestId("summary");
  let checked = null;

  try {
    await step(
      "app.html: the start screen offers the file picker, the samples, and says nothing leaves the computer",
      async () => {
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.goto(`${base}/app.html`);
        await page.getByTestId("start").waitFor();
        await page.getByRole("button", { name: "Mở sổ (.xlsx)" }).waitFor();
        await page.getByRole("button", { name: "Sổ mẫu thị xã Sa Pa năm 2024" }).waitFor();
        assert((await page.getByTestId("privacy").innerText()).includes("chặn mọi kết nối mạng"), "no privacy note");
        const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
        assert(/connect-src 'none'/.test(csp), `CSP allows connections: ${csp}`);
        await shot("app-01-start-1280.png");
        await page.setViewportSize({ width: 800, height: 800 });
        await shot("app-02-start-800.png");
        await page.setViewportSize({ width: 1280, height: 800 });
      },
    );

    await step("the clerk's own file, opened with the picker, is shown with its sheets and checked", async () => {
      await page.getByTestId("open-file").setInputFiles(bookFile);
      await page.getByTestId("book").waitFor();
      assert((await page.getByTestId("file-name").innerText()).trim() === "so-phuong-sa-pa-2025.xlsx", "file name");
      const tabs = await page.getByRole("tablist", { name: "Các sheet" }).getByRole("tab").allInnerTexts();
      assert(tabs.join("|") === "Đơn vị|Đề nghị khen thưởng|Ghi chú của tôi", `sheet tabs: ${tabs.join(", ")}`);
      assert(
        !(await page.evaluate(async () => (await indexedDB.databases()).length)),
        "a database was made without the clerk asking to keep recent files",
      );
      // The opening check (the worker's) is shown first; the button's check is waited for in its turn,
      // so what is read and pictured below is the finished second check, not the first.
      const checkedAt = page.getByTestId("checked-at");
      await checkedAt.waitFor();
      const before = Number(await checkedAt.getAttribute("data-checks"));
      const checkButton = page.getByTestId("pane").getByRole("button", { name: "Kiểm tra sổ" });
      await checkButton.click();
      await page.waitForFunction(
        (n) => Number(document.querySelector('[data-testid="checked-at"]')?.getAttribute("data-checks")) > n,
        before,
      );
      await checkButton.click({ trial: true }); // enabled again: the check is over
      await summary.waitFor();
      checked = parseSummary(await summary.innerText());
      assert(checked.error >= 1, "the unknown unit X-LAOCHAI was not found");
      const unknown = page.locator('button[data-testid="finding"][data-sheet="Đề nghị khen thưởng"]');
      assert((await unknown.count()) >= 1, "no finding on the nominations sheet");
      await shot("app-03-checked-1280.png");
      await page.setViewportSize({ width: 800, height: 900 });
      await shot("app-04-checked-800.png");
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    let saved = null;
    await step("editing a cell fixes the mistake, and Lưu về máy downloads the book", async () => {
      assert(checked, "the book was not checked");
      await page.getByRole("tab", { name: "Đề nghị khen thưởng", exact: true }).click();
      const cell = page.locator('[data-testid="grid-table"] td[data-cell="D3"]');
      assert((await cell.innerText()).trim() === "X-LAOCHAI", `D3 is "${await cell.innerText()}"`);
      await cell.dblclick();
      await page.keyboard.press("ControlOrMeta+a");
      await page.keyboard.type("X-TAVAN");
      await page.keyboard.press("Enter");
      // The chips hide a severity with nothing: no "lỗi" chip is 0 errors.
      await page.waitForFunction((n) => {
        const summary = document.querySelector('[data-testid="summary"]');
        if (!summary) return false;
        return Number(/(\d+)\s*lỗi/.exec(summary.textContent ?? "")?.[1] ?? 0) === n;
      }, checked.error - 1);
      await page.getByTestId("unsaved").waitFor();
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("save").click()]);
      assert(download.suggestedFilename() === "so-phuong-sa-pa-2025.xlsx", download.suggestedFilename());
      saved = path.join(tmp, "saved.xlsx");
      await download.saveAs(saved);
      await page.getByTestId("save-notice").waitFor();
      await page.getByTestId("unsaved").waitFor({ state: "detached" });
    });

    await step(
      "the saved file has the edit, and keeps the header's fill, the formula and the clerk's own sheet",
      async () => {
        assert(saved, "nothing was saved");
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(saved);
        assert(wb.worksheets.map((w) => w.name).join("|") === "Đơn vị|Đề nghị khen thưởng|Ghi chú của tôi", "sheets");
        const noms = wb.getWorksheet("Đề nghị khen thưởng");
        assert(noms.getCell("D3").value === "X-TAVAN", `D3 saved as ${noms.getCell("D3").value}`);
        assert(noms.getCell("C3").value === "Lý Láo Lở 2", "a neighbouring cell changed");
        const units = wb.getWorksheet("Đơn vị");
        assert(units.getCell("A1").fill?.fgColor?.argb === HEADER_FILL, "the header lost its fill");
        assert(units.getCell("F1").value?.formula === "COUNTA(A2:A4)", "the formula became a value");
        assert(Math.round(units.getColumn(2).width) === 36, `column B is ${units.getColumn(2).width} wide`);
        assert(units.views[0]?.state === "frozen", "the frozen header row was lost");
        const own = wb.getWorksheet("Ghi chú của tôi").getCell("A1");
        assert(own.value === "Nộp hồ sơ trước 15/11" && own.font?.italic, "the clerk's own sheet changed");
      },
    );

    await step(
      "a 20,000-nomination book is read in a worker with a progress bar, the page responsive, and checked (time printed)",
      async () => {
        const big = path.join(tmp, "so-20000-de-nghi.xlsx");
        await clerkBook(big, 20_000);
        await page.getByTestId("close-book").click();
        await page.getByTestId("start").waitFor();
        // The longest the page's own thread was busy while the book was read (a 50 ms timer's lateness).
        await page.evaluate(() => {
          const w = window;
          w.__gaps = [];
          let last = performance.now();
          w.__ticker = setInterval(() => {
            const now = performance.now();
            w.__gaps.push([now, now - last - 50]);
            last = now;
          }, 50);
        });
        const started = Date.now();
        await page.getByTestId("open-file").setInputFiles(big);
        const progress = await page
          .getByTestId("loading")
          .locator('[role="progressbar"]')
          .waitFor({ timeout: 5_000 })
          .then(
            () => true,
            () => false,
          );
        await page.getByTestId("book").waitFor({ timeout: 60_000 });
        // The pane checks a book as soon as it opens (live checking): the figure is the clerk's wait
        // from choosing the file to the findings.
        await page.waitForFunction(
          () => /\d+\s*lỗi/.test(document.querySelector('[data-testid="summary"]')?.textContent ?? ""),
          null,
          { timeout: 60_000 },
        );
        const checked = Date.now() - started;
        const split = JSON.parse(await page.evaluate(() => document.documentElement.dataset.openStages));
        // The worker checks the book it read while the page draws it; the pane shows that check.
        const check = JSON.parse((await page.evaluate(() => document.documentElement.dataset.checkStages)) ?? "null");
        assert(check, "the pane's first check was not the worker's: the page read and checked the book itself");
        // The page's longest pause while the book was read and drawn, and in all (with the check).
        const pause = await page.evaluate(() => {
          clearInterval(window.__ticker);
          const drawnAt = Number(document.documentElement.dataset.openedAt);
          const longest = (gaps) => Math.round(Math.max(0, ...gaps.map((g) => g[1])));
          return { reading: longest(window.__gaps.filter((g) => g[0] <= drawnAt)), all: longest(window.__gaps) };
        });
        const counts = parseSummary(await summary.innerText());
        assert(counts.error >= 400, `${counts.error} errors in the big book, expected one per 50 rows`);
        assert(progress, "no progress bar while the big book was read");
        // The grid draws the rows in view, not 20,000: and the last one can be reached.
        const drawn = await page.locator('[data-testid="grid-table"] tbody tr[aria-rowindex]').count();
        assert(drawn < 150, `${drawn} rows drawn`);
        await page.getByRole("tab", { name: "Đề nghị khen thưởng", exact: true }).click();
        await page.getByTestId("grid-scroller").evaluate((el) => (el.scrollTop = el.scrollHeight));
        const lastRow = page.locator('[data-testid="grid-table"] td[data-cell="C20001"]');
        await lastRow.waitFor();
        const last = (await lastRow.innerText()).trim();
        assert(last === "Lý Láo Lở 20000", `the last nomination shows "${last}"`);
        // The first edit after the worker's check is checked on the page (the book read whole once).
        await page.getByTestId("grid-scroller").evaluate((el) => (el.scrollTop = 0));
        const unknown = page.locator('[data-testid="grid-table"] td[data-cell="D3"]');
        assert((await unknown.innerText()).trim() === "X-LAOCHAI", `D3 is "${await unknown.innerText()}"`);
        await unknown.dblclick();
        await page.keyboard.press("ControlOrMeta+a");
        await page.keyboard.type("X-TAVAN");
        await page.evaluate(() => {
          window.__gaps = [];
          let last = performance.now();
          window.__ticker = setInterval(() => {
            const now = performance.now();
            window.__gaps.push(now - last - 50);
            last = now;
          }, 50);
        });
        const edited = Date.now();
        await page.keyboard.press("Enter");
        await page.waitForFunction((n) => {
          const text = document.querySelector('[data-testid="summary"]')?.textContent ?? "";
          return Number(/(\d+)\s*lỗi/.exec(text)?.[1] ?? 0) === n;
        }, counts.error - 1);
        const recheck = Date.now() - edited;
        const editPause = await page.evaluate(() => {
          clearInterval(window.__ticker);
          return Math.round(Math.max(0, ...window.__gaps));
        });
        console.log(
          `       20,000 nominations (${Math.round(fs.statSync(big).size / 1024)} KB): book on screen after ${split.total} ms ` +
            `(reading in the worker ${split.read} ms, hand-over ${split.transfer} ms, in-memory book ${split.build} ms, ` +
            `drawing ${split.draw} ms); checked in the worker in ${check.worker} ms meanwhile; findings shown after ` +
            `${checked} ms in all (goal: under 3,000 ms); the page's longest pause while reading ${pause.reading} ms, ` +
            `in all ${pause.all} ms; ${drawn} rows drawn`,
        );
        console.log(
          `       the first edit after opening (D3 fixed) checked on the page after ${recheck} ms ` +
            `(the book read whole once; the page's longest pause ${editPause} ms)`,
        );
        // The edit is not saved: the page asks before closing, and the clerk agrees.
        page.once("dialog", (dialog) => void dialog.accept());
        await page.getByTestId("close-book").click();
        await page.getByTestId("start").waitFor();
      },
    );

    await step("a file over the documented limit (100 MB) gets a plain sentence at once", async () => {
      const huge = path.join(tmp, "so-qua-lon.xlsx");
      fs.writeFileSync(huge, Buffer.from("PK\x03\x04"));
      fs.truncateSync(huge, 101 * 1024 * 1024);
      const started = Date.now();
      await page.getByTestId("open-file").setInputFiles(huge);
      const error = page.getByTestId("open-error");
      await error.waitFor({ timeout: 10_000 });
      const text = await error.innerText();
      assert(/100 MB/.test(text) && text.includes("so-qua-lon.xlsx"), `the message: "${text}"`);
      console.log(`       101 MB file refused after ${Date.now() - started} ms: "${text.trim()}"`);
      fs.rmSync(huge);
    });

    await step(
      "recent files, when the clerk asks: kept over a reload, reopened (as last saved), then forgotten",
      async () => {
        assert(saved, "nothing was saved");
        const again = path.join(tmp, "lan-hai");
        fs.mkdirSync(again);
        const file = path.join(again, "so-phuong-sa-pa-2025.xlsx");
        fs.copyFileSync(saved, file);
        await page.getByRole("checkbox", { name: /Nhớ các tệp mở gần đây/ }).check();
        await page.getByTestId("open-file").setInputFiles(file);
        await page.getByTestId("book").waitFor();
        await page.getByTestId("close-book").click();
        await page.reload();
        const recent = page.locator('button[data-recent="so-phuong-sa-pa-2025.xlsx"]');
        await recent.waitFor();
        const label = await recent.innerText();
        assert(/\d\d\/\d\d\/\d{4} \d\d:\d\d · \d+ KB/.test(label), `the recent file's line: "${label}"`);
        await shot("app-06-recent-1280.png");
        await recent.click();
        await page.getByTestId("book").waitFor();
        await page.getByRole("tab", { name: "Đề nghị khen thưởng", exact: true }).click();
        const d3 = await page.locator('[data-testid="grid-table"] td[data-cell="D3"]').innerText();
        assert(d3.trim() === "X-TAVAN", `the reopened book's D3 is "${d3}"`);
        await page.getByTestId("close-book").click();
        await page.getByTestId("forget-recent").click();
        await recent.waitFor({ state: "detached" });
        await page.reload();
        await page.getByTestId("start").waitFor();
        assert(
          !(await page.getByRole("checkbox", { name: /Nhớ các tệp mở gần đây/ }).isChecked()),
          "still keeping recent files",
        );
        assert((await recent.count()) === 0, "the recent file came back");
        const dbs = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
        assert(dbs.length === 0, `databases left: ${dbs.join(", ")}`);
      },
    );

    await step("no page errors, CSP violations or requests beyond the page's own files", async () => {
      assert(problems.length === 0, problems.join("\n"));
      assert(strays.length === 0, `requests beyond the page: ${strays.join(", ")}`);
    });

    await step("with the server gone, the page still opens (service worker) and opens a sample", async () => {
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.waitForFunction(() => !!navigator.serviceWorker.controller);
      await new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      });
      await page.reload();
      await page.getByTestId("start").waitFor();
      await page.getByRole("button", { name: "Sổ mẫu thị xã Sa Pa năm 2024" }).click();
      await page.getByTestId("book").waitFor({ timeout: 60_000 });
      await summary.waitFor();
      assert(parseSummary(await summary.innerText()).error > 0, "the sample was not checked offline");
      await shot("app-05-offline-sample.png");
    });

    await step("offline too, the certificate PDF is made with its fonts (no request), and reads back", async () => {
      await page.getByRole("tab", { name: "Văn bản", exact: true }).click();
      await page.getByTestId("make-certificates").click();
      const link = page.getByTestId("pdf-links").getByRole("link").first();
      await link.waitFor({ timeout: 60_000 });
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      const pdf = path.join(out, "app-07-certificates.pdf");
      await download.saveAs(pdf);
      const bytes = fs.readFileSync(pdf);
      assert(bytes.subarray(0, 5).toString("latin1") === "%PDF-", "not a PDF");
      let text = "";
      try {
        text = require("child_process")
          .execFileSync("pdftotext", ["-enc", "UTF-8", "-l", "1", pdf, "-"])
          .toString("utf8")
          .normalize("NFC");
      } catch {
        text = "(pdftotext is not installed)";
      }
      assert(/Hoàng Văn Tiến|pdftotext is not installed/.test(text), `the first page reads: ${text.slice(0, 200)}`);
      console.log(
        `       ${download.suggestedFilename()}: ${Math.round(bytes.length / 1024)} KB; page 1 reads "${text
          .replace(/\s+/g, " ")
          .trim()
          .slice(0, 80)}…" (${out}/app-07-certificates.pdf)`,
      );
    });
  } finally {
    await page.close().catch(() => undefined);
    server.close();
    server.closeAllConnections?.();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

module.exports = { appSteps };
