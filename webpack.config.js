/**
 * Builds the task pane (taskpane.html) and the ribbon's function file (commands.html).
 *
 *   npm run build                      production build into dist/, without a manifest
 *   npm run build -- --env url=https://tdkt.example.gov.vn/addin/
 *                                      the same, plus dist/manifest.xml pointing at that address
 *                                      (or ADDIN_URL=https://… npm run build)
 *   npm run build:dev                  development build
 *   npm run build:preview              a preview build into dist-preview/ (the browser tests use it)
 *   npm run dev-server                 https://localhost:3000 for sideloading manifest.xml into Excel
 *   npm run preview                    http://localhost:3000/taskpane.html?preview: the pane on the
 *                                      in-memory sample book (no Office, no certificate)
 *   npm run app                        builds, then serves dist/ with app.html, the web page without Excel
 *                                      (scripts/webpack-app.js)
 *
 * Only a preview build contains the preview (the sample book and its grid), and even there it runs
 * only when the address asks for it (?preview): inside Excel the pane never opens the sample.
 * Type checking is separate (`npm run typecheck`): ts-loader only transpiles.
 */
/* eslint-disable */
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { APP_ENTRY, appPlugins } = require("./scripts/webpack-app");
const { deployBase, deployManifest } = require("./scripts/deployManifest");

const PORT = 3000;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Copies from/*.<ext> into the output as to/<name> (copy-webpack-plugin is not a dependency). */
class CopyAssetsPlugin {
  constructor(from, to, ext = ".png") {
    this.from = from;
    this.to = to;
    this.ext = ext;
  }
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("CopyAssetsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "CopyAssetsPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          if (!fs.existsSync(this.from)) return;
          for (const name of fs
            .readdirSync(this.from)
            .filter((f) => f.endsWith(this.ext))
            .sort()) {
            const file = path.join(this.from, name);
            compilation.fileDependencies.add(file);
            compilation.emitAsset(`${this.to}/${name}`, new RawSource(fs.readFileSync(file)));
          }
        },
      );
    });
  }
}

/** Writes manifest.xml into the output with every URL moved to the office's address. */
class DeployManifestPlugin {
  constructor(devManifest, base) {
    this.devManifest = devManifest;
    this.base = base;
  }
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("DeployManifestPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "DeployManifestPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.fileDependencies.add(this.devManifest);
          const xml = deployManifest(fs.readFileSync(this.devManifest, "utf8"), this.base);
          compilation.emitAsset("manifest.xml", new RawSource(xml));
        },
      );
    });
  }
}

/** The certificate office-addin-dev-certs installs (`npx office-addin-dev-certs install`), when present. */
function devCertificate() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const cert = path.join(dir, "localhost.crt");
  const key = path.join(dir, "localhost.key");
  const ca = path.join(dir, "ca.crt");
  try {
    if (fs.existsSync(cert) && fs.existsSync(key)) {
      return {
        cert: fs.readFileSync(cert),
        key: fs.readFileSync(key),
        ...(fs.existsSync(ca) ? { ca: fs.readFileSync(ca) } : {}),
      };
    }
  } catch {
    // unreadable files: fall through to webpack-dev-server's own certificate
  }
  return null;
}

/** Content-Security-Policy of the pages: the workbook's data never leaves the machine. */
function contentSecurityPolicy({ dev, officeJs }) {
  return [
    "default-src 'self'",
    `script-src 'self'${officeJs ? " https://appsforoffice.microsoft.com" : ""}`,
    // Fluent UI (griffel) injects <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const dev = mode === "development";
  const preview = Boolean(env.preview);
  // Where the office hosts dist/: --env url=… or ADDIN_URL. Checked before anything is built.
  const deployUrl = env.url ?? process.env.ADDIN_URL;
  const base = deployUrl === undefined || deployUrl === "" ? null : deployBase(deployUrl);
  if (!dev && !preview && !base && !process.env.WEBPACK_SERVE) {
    console.warn(
      "[tdkt] No address given: dist/ has no manifest.xml. For an office's server, build with " +
        "`npm run build -- --env url=https://tdkt.example.gov.vn/addin/` (or ADDIN_URL=…).",
    );
  }
  // The preview server runs without internet: leave office.js out, so the page never waits on the CDN.
  const officeJs = !preview;
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const page = { officeJs: officeJs ? OFFICE_JS : "", csp: contentSecurityPolicy({ dev: dev && serving, officeJs }) };

  let server;
  if (preview) {
    server = "http";
  } else if (serving) {
    const cert = devCertificate();
    if (cert) {
      server = { type: "https", options: cert };
    } else {
      console.warn(
        "[tdkt] No certificate in ~/.office-addin-dev-certs: using webpack-dev-server's self-signed one. " +
          "Excel will refuse it until you run `npx office-addin-dev-certs install`.",
      );
      server = "https";
    }
  }

  return {
    mode,
    // eval-based source maps would need 'unsafe-eval' in the CSP. Production maps are "hidden": written
    // beside the scripts for support, but not referenced by them, so browsers never fetch them.
    devtool: dev ? "source-map" : "hidden-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      app: APP_ENTRY,
    },
    output: {
      path: path.resolve(__dirname, preview ? "dist-preview" : "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      // Relative, so the pane also works when deployed below a folder (https://host/tdkt/taskpane.html).
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
        // Certificate fonts: inside script chunks of their own (src/taskpane/documents/fonts.ts), loaded
        // only when a certificate PDF is made; no fetch(), which app.html's CSP forbids.
        { test: /\.ttf$/, type: "asset/inline" },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: page,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: page,
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
        templateParameters: page,
      }),
      new CopyAssetsPlugin(path.resolve(__dirname, "assets"), "assets"),
      ...appPlugins(HtmlWebpackPlugin),
      // ES5 scripts the page runs before the bundle, to tell an old webview's user what to do.
      new CopyAssetsPlugin(path.resolve(__dirname, "src/taskpane/static"), "static", ".js"),
      new webpack.DefinePlugin({ __TDKT_PREVIEW__: JSON.stringify(preview) }),
      // The command line's words (src/i18n/cli.*.ts) are not the pane's: an empty table stands in.
      new webpack.NormalModuleReplacementPlugin(/^\.\/cli\.(vi|en)$/, (resource) => {
        if (path.basename(resource.context) === "i18n") resource.request = "./cli.pane";
      }),
      // The tables of words are not in the pane's first script: index.ts's ./vi and ./en become the
      // stand-ins vi.lazy.ts (with the words a start-up problem needs) and en.lazy.ts, which fetch the
      // real tables in chunks of their own (Vietnamese as the page starts, English when chosen).
      new webpack.NormalModuleReplacementPlugin(/^\.\/(vi|en)$/, (resource) => {
        const from = resource.contextInfo && resource.contextInfo.issuer;
        if (from && path.basename(from) === "index.ts" && path.basename(path.dirname(from)) === "i18n")
          resource.request = `${resource.request}.lazy`;
      }),
      ...(base ? [new DeployManifestPlugin(path.resolve(__dirname, "manifest.xml"), base)] : []),
    ],
    optimization: {
      splitChunks: { chunks: "async" },
    },
    performance: {
      // The pane's first script (React, Fluent UI's provider and the controls of the first tab) is kept
      // under 400 KB minified: the checker and findings list, the writes, the hint tooltips, the dark
      // theme and other tabs are chunks fetched later (`npm run bench` prints the size).
      hints: dev ? false : "warning",
      maxEntrypointSize: 400 * 1024,
      maxAssetSize: 400 * 1024,
      // The certificate fonts (chunks of their own, loaded only for a certificate PDF) are not the pane's.
      assetFilter: (file) => !/\.map$/.test(file) && !/^font-/.test(file),
    },
    devServer: {
      port: PORT,
      host: "localhost",
      server,
      hot: !preview,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      historyApiFallback: false,
      client: { overlay: { errors: true, warnings: false } },
      open: preview ? ["/taskpane.html?preview"] : false,
    },
  };
};
