/** The clerk's session (clerkBook.ts) against the in-memory host; `npm run test:excel` runs it in Excel. */
import { createMemoryHost } from "../../src/excel/memory";
import { clerkSession } from "./clerkBook";

describe("a clerk's session, on the in-memory host", () => {
  // A new book, as Excel opens one.
  const host = createMemoryHost([{ name: "Sheet1", values: [] }]);
  for (const step of clerkSession()) {
    it(step.name, async () => {
      for (const seen of await step.run(host.run)) {
        expect({ [seen.name]: seen.value }).toEqual({ [seen.name]: seen.expected });
      }
    });
  }
});
