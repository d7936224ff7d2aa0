import { serialQueue } from "./queue";

/** A job the test finishes by hand, recording when it starts and ends. */
function job(log: string[], name: string, fail = false) {
  let finish: () => void = () => undefined;
  const run = () =>
    new Promise<string>((resolve, reject) => {
      log.push(`${name} starts`);
      finish = () => {
        log.push(`${name} ends`);
        if (fail) reject(new Error(`${name} failed`));
        else resolve(name);
      };
    });
  return { run, finish: () => finish() };
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("the queue of workbook calls", () => {
  test("starts a call only when the one before has ended: a re-check never interleaves with marking", async () => {
    const log: string[] = [];
    const enqueue = serialQueue();
    const check = job(log, "check");
    const mark = job(log, "mark");
    const checked = enqueue(check.run);
    const marked = enqueue(mark.run);
    await settle();
    expect(log).toEqual(["check starts"]);
    check.finish();
    await settle();
    expect(log).toEqual(["check starts", "check ends", "mark starts"]);
    mark.finish();
    expect(await Promise.all([checked, marked])).toEqual(["check", "mark"]);
  });

  test("goes on after a call that failed, and gives the failure to whoever asked for that call", async () => {
    const log: string[] = [];
    const enqueue = serialQueue();
    const read = job(log, "read", true);
    const clear = job(log, "clear");
    const failed = enqueue(read.run);
    const cleared = enqueue(clear.run);
    await settle();
    read.finish();
    await expect(failed).rejects.toThrow("read failed");
    await settle();
    clear.finish();
    expect(await cleared).toBe("clear");
    expect(log).toEqual(["read starts", "read ends", "clear starts", "clear ends"]);
  });
});
