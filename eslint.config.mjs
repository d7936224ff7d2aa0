import tseslint from "typescript-eslint";

const PURE = ["exceljs", "react", "react-dom", "@fluentui/*", "office-addin-*", "fs", "path", "node:*"];
const LAYERS_ABOVE_DOMAIN = ["**/sheets/*", "**/excel/*", "**/files/*", "**/taskpane/*", "**/cli/*", "**/i18n", "**/i18n/*", "**/sample", "**/sample/*"];

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
    // The domain and the contract are pure: no any, no Office.js, no exceljs, no React, no I/O.
    files: ["src/domain/**/*.ts", "src/sheets/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": ["error", { patterns: PURE }],
      "no-restricted-globals": ["error", "Excel", "Office", "OfficeExtension"],
    },
  },
  {
    // Data flows one way (cells → sheets → domain): the domain knows no adapter and no sheet layout.
    files: ["src/domain/**/*.ts"],
    ignores: ["src/domain/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...PURE, ...LAYERS_ABOVE_DOMAIN] }],
    },
  },
);
