/**
 * The test page for `npm run test:excel`: the project's webpack set-up (https://localhost:3000, the
 * dev certificate), with test/excel/taskpane.ts as the task pane. manifest.xml is used as it is.
 */
/* eslint-disable */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const project = require("../../webpack.config.js");

module.exports = (env = {}, argv = {}) => {
  const config = project(env, argv);
  return {
    ...config,
    entry: { taskpane: path.resolve(__dirname, "taskpane.ts") },
    output: { ...config.output, path: path.resolve(__dirname, "dist") },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: path.resolve(__dirname, "taskpane.html"),
        chunks: ["taskpane"],
      }),
    ],
  };
};
