/**
 * The test page Excel opens for `npm run test:excel`: it runs the clerk's session
 * (test/scenarios/clerkBook.ts) against the workbook it was opened in, through the real Office.js
 * adapter, and sends what it saw to office-addin-test-server, as the yo office templates' end-to-end
 * tests do. Then it closes the book without saving.
 */
import { pingTestServer, sendTestResults } from "office-addin-test-helpers";
import { officeRun } from "../../src/excel/host";
import { clerkSession } from "../scenarios/clerkBook";

export const TEST_SERVER_PORT = 4201;

interface Result {
  name: string;
  value: unknown;
  expectedValue: unknown;
}

function say(text: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = text;
}

async function runSession(): Promise<Result[]> {
  const results: Result[] = [];
  for (const step of clerkSession()) {
    say(step.name);
    for (const seen of await step.run(officeRun)) {
      results.push({ name: `${step.name}: ${seen.name}`, value: seen.value, expectedValue: seen.expected });
    }
  }
  return results;
}

void Office.onReady(async () => {
  let results: Result[];
  try {
    const ping = await pingTestServer(TEST_SERVER_PORT);
    if (ping.status !== 200) throw new Error(`the test server answered ${ping.status}`);
    results = await runSession();
  } catch (e) {
    const error = e as { message?: string; code?: string };
    results = [{ name: "test-error", value: `${error.code ?? ""} ${error.message ?? String(e)}`, expectedValue: "" }];
  }
  say("done");
  await sendTestResults(results, TEST_SERVER_PORT);
  await Excel.run(async (context) => context.workbook.close(Excel.CloseBehavior.skipSave));
});
