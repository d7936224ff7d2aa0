/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          jsx: "react-jsx",
          module: "CommonJS",
          moduleResolution: "Node",
          esModuleInterop: true,
          isolatedModules: true,
        },
      },
    ],
  },
  moduleNameMapper: {
    "\\.(css|png|svg|ttf)$": "<rootDir>/test/fileStub.js",
  },
  testPathIgnorePatterns: ["/node_modules/", "/test/browser/"],
  // Not a timing goal (those are in npm run bench): on a shared 2-core machine a Fluent UI pane test or
  // the demo can take longer than jest's 5 s, and one timeout leaves the next tests on a broken page.
  testTimeout: 30_000,
};
