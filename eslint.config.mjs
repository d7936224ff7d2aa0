import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";

const PURE = ["exceljs", "react", "react-dom", "@fluentui/*", "office-addin-*", "fs", "path", "node:*"];
const LAYERS_ABOVE_DOMAIN = [
  "**/sheets/*",
  "**/excel/*",
  "**/files/*",
  "**/taskpane/*",
  "**/cli/*",
  "**/i18n",
  "**/i18n/*",
  "**/sample",
  "**/sample/*",
];

export default tseslint.config(
  { ignores: ["dist/**", "dist-cli/**", "node_modules/**", "coverage/**", "out/**", "**/*.js", "**/*.mjs"] },
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The Office.js habits (load before read, sync before read, null objects, no sync in a loop) where Office.js is called.
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts"],
    ignores: ["**/*.test.ts", "**/*.test.tsx", "src/excel/memory/**"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    // The domain and the contract are pure: no any, no Office.js, no exceljs, no React, no I/O.
    files: ["src/domain/**/*.ts", "src/sheets/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": ["error", { patterns: PURE }],
      "no-restricted-globals": ["error", "Excel", "Office", "OfficeExtension"],
    },
  },
  {
    // The bounded .xlsx reader is shared with the browser page: no Node modules, no Buffer, no process.
    files: [
      "src/files/{source,crc32,zip,zipLimits,inflateFflate,fileKind,xml,textBytes,xlsxParts,sheetReader}.ts",
      "src/files/{readBook,readBlob,unusable,messages}.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["fs", "path", "zlib", "stream", "worker_threads", "os", "node:*", "exceljs"] },
      ],
      "no-restricted-globals": ["error", "Buffer", "process", "require"],
    },
  },
  {
    // Data flows one way (cells → sheets → domain): the domain knows no adapter and no sheet layout.
    files: ["src/domain/**/*.ts"],
    // The rules' test books locate findings as a book written from the contract would.
    ignores: ["src/domain/**/*.test.ts", "src/domain/rules/testBook.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...PURE, ...LAYERS_ABOVE_DOMAIN] }],
    },
  },
);
