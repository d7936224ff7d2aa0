import tseslint from "typescript-eslint";

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
    // The domain and the contract are pure: no any, no Office.js, no exceljs, no React.
    files: ["src/domain/**/*.ts", "src/sheets/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": ["error", { patterns: ["exceljs", "react", "react-dom", "@fluentui/*", "office-addin-*", "fs", "path", "node:*"] }],
      "no-restricted-globals": ["error", "Excel", "Office", "OfficeExtension"],
    },
  },
);
