#!/usr/bin/env node
/**
 * `npm run app`: serves the built dist/ on http://localhost:8080 (PORT to change it) and prints the
 * address of app.html, the web page for clerks without the add-in. Any static server does the same;
 * localhost counts as a secure origin, so the service worker (offline use) works here too.
 */
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");

const DIST = path.join(__dirname, "..", "dist");
const PORT = Number(process.env.PORT || 8080);
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".ttf": "font/ttf",
  ".map": "application/json",
};

if (!fs.existsSync(path.join(DIST, "app.html"))) {
  console.error("serve-app: dist/app.html is missing; run `npm run build` first.");
  process.exit(2);
}

http
  .createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    const name = url.pathname === "/" ? "/app.html" : decodeURIComponent(url.pathname);
    const file = path.normalize(path.join(DIST, name));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  })
  .listen(PORT, "localhost", () => console.log(`Thi đua – Khen thưởng: http://localhost:${PORT}/app.html`));
