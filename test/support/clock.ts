/**
 * The computer's clock and time zone, set by a test: `at("Asia/Ho_Chi_Minh", "2025-06-30T16:30:00Z")`
 * is 23:30 on 30/06 in Sa Pa. Call `restoreClock()` after each test (it puts back the zone and the
 * real Date).
 */
import vm from "vm";

// Jest gives each test file a copy of process.env; the time zone is the real process's (Node resets
// the clock's zone when the real process.env.TZ is set).
const realEnv = (vm.runInThisContext("process") as NodeJS.Process).env;
const ZONE = realEnv.TZ;

export function restoreClock(): void {
  if (ZONE === undefined) delete realEnv.TZ;
  else realEnv.TZ = ZONE;
  jest.useRealTimers();
}

/** Runs with the computer's clock at `utc` in time zone `zone` (Date only; timers stay real). */
export function at(zone: string, utc: string): void {
  realEnv.TZ = zone;
  jest.useFakeTimers({
    now: new Date(utc),
    doNotFake: [
      "setTimeout",
      "clearTimeout",
      "setInterval",
      "clearInterval",
      "setImmediate",
      "queueMicrotask",
      "nextTick",
    ],
  });
}

/** "30/6/2025" */
export const day = (d: { year: number; month: number; day: number }) => `${d.day}/${d.month}/${d.year}`;
