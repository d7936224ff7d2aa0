/**
 * Builds the task pane (taskpane.html) and the ribbon's function file (commands.html).
 *
 *   npm run build        production build into dist/ (URLs stay https://localhost:3000 as in manifest.xml)
 *   npm run build:dev    development build
 *   npm run dev-server   https://localhost:3000 for sideloading into Excel
 *   npm run preview      http://localhost:3000: the same page in preview mode (no Office, no certificate)
 *   npm run app          builds, then serves dist/ with app.html, the web page without Excel (scripts/webpack-app.js)
 *
 * Type checking is separate (`npm run typecheck`): ts-loader only transpiles.
 */
/* eslint-disable */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { APP_ENTRY, appPlugins } = require("./scripts/webpack-app");

const PORT = 3000;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Copies assets/*.png into the output as assets/<name>.png (copy-webpack-plugin is not a dependency). */
class CopyAssetsPlugin {
  constructor(from, to) {
    this.from = from;
    this.to = to;
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
            .filter((f) => f.endsWith(".png"))
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
    // eval-based source maps would need 'unsafe-eval' in the CSP.
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      app: APP_ENTRY,
    },
    output: {
      path: path.resolve(__dirname, "dist"),
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
        // Certificate fonts: files beside the scripts, fetched only when a certificate PDF is made.
        { test: /\.ttf$/, type: "asset/resource", generator: { filename: "fonts/[name].[contenthash:8][ext]" } },
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
    ],
    optimization: {
      splitChunks: { chunks: "async" },
    },
    performance: {
      // Fluent UI, React and the checker make the pane's first script ~575 KB minified (~170 KB
      // gzipped; `npm run bench` prints the figures); warn only when it grows well past that.
      hints: dev ? false : "warning",
      maxEntrypointSize: 700 * 1024,
      maxAssetSize: 700 * 1024,
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
      open: preview ? ["/taskpane.html"] : false,
    },
  };
};
