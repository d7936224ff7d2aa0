/** @jest-environment jsdom */

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  jest.resetModules();
});

test("loading the function file outside Office throws nothing", async () => {
  await expect(import("./commands")).resolves.toBeDefined();
});

test("inside Office the function file tells Office it is ready, and registers no command", async () => {
  const onReady = jest.fn(() => Promise.resolve({ host: "Excel" }));
  const associate = jest.fn();
  (globalThis as { Office?: unknown }).Office = { onReady, actions: { associate } };
  await import("./commands");
  expect(onReady).toHaveBeenCalledTimes(1);
  expect(associate).not.toHaveBeenCalled();
});
