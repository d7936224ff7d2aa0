/**
 * The manifest for an office's own server: manifest.xml (which points at the dev server,
 * https://localhost:3000) with every URL moved to the address where the office hosts dist/.
 * Used by webpack.config.js (`npm run build -- --env url=https://…/` or ADDIN_URL) and its test.
 */
"use strict";

const DEV_ORIGIN = "https://localhost:3000";

/**
 * Checks and normalises the address given for the build: https, no query or fragment, ending with "/".
 * Throws an Error whose message says what is wrong, in one line.
 */
function deployBase(value) {
  const text = String(value ?? "").trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `"${text}" is not an address: give the full https address of the folder, e.g. https://tdkt.example.gov.vn/addin/`,
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(`"${text}" is not https: Office loads add-ins only over HTTPS`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`"${text}" must be a plain folder address, without ?query, #fragment or user name`);
  }
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/** manifest.xml with every dev-server URL moved under `base` (already checked by deployBase). */
function deployManifest(devXml, base) {
  const origin = new URL(base).origin;
  const moved = devXml
    // Pages and icons: https://localhost:3000/x → base + x.
    .split(`${DEV_ORIGIN}/`)
    .join(base)
    // What is left is the bare origin (AppDomain).
    .split(DEV_ORIGIN)
    .join(origin);
  if (/localhost/i.test(moved)) throw new Error("the deployed manifest still names localhost");
  return moved;
}

module.exports = { DEV_ORIGIN, deployBase, deployManifest };
