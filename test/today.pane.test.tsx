/**
 * @jest-environment jsdom
 *
 * The pane's reference day is the clerk's calendar day (test/today.test.ts: the same for set-up and
 * the command line).
 */
import { render, screen } from "@testing-library/react";
import { Pane, PaneRoot } from "../src/taskpane/Pane";
import { fakeServices } from "../src/taskpane/testing";
import type { Checker } from "../src/taskpane/usePane";
import { at, day, restoreClock } from "./support/clock";

afterEach(restoreClock);

test("the pane checks the book as of the clerk's day", async () => {
  at("Asia/Ho_Chi_Minh", "2025-06-30T16:30:00Z"); // 23:30 on 30/06 in Sa Pa
  const days: string[] = [];
  const checker: Checker = (_sheets, today) => {
    days.push(day(today));
    return { findings: [], counts: { error: 0, warning: 0, info: 0 } };
  };
  render(
    <PaneRoot services={fakeServices()} checker={checker} lang="vi">
      <Pane />
    </PaneRoot>,
  );
  await screen.findByTestId("summary");
  expect(days).toEqual(["30/6/2025"]);
});
