/** @jest-environment jsdom */

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  jest.resetModules();
});

test("loading the function file outside Office does nothing and throws nothing", async () => {
  await expect(import("./commands")).resolves.toBeDefined();
});

test("inside Office the placeholder command is registered and completes its event", async () => {
  const associate = jest.fn();
  (globalThis as { Office?: unknown }).Office = {
    onReady: (cb: () => void) => {
      cb();
      return Promise.resolve({ host: "Excel" });
    },
    actions: { associate },
  };
  await import("./commands");
  expect(associate).toHaveBeenCalledWith("tdktPlaceholder", expect.any(Function));
  const completed = jest.fn();
  associate.mock.calls[0][1]({ completed });
  expect(completed).toHaveBeenCalled();
});
