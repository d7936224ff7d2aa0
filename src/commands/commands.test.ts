/** @jest-environment jsdom */

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  jest.resetModules();
});

test.each([
  ["a browser without office.js", undefined],
  ["an office.js that did not finish loading", {}],
])("in %s the function file does nothing and throws nothing", async (_, office) => {
  (globalThis as { Office?: unknown }).Office = office;
  // A throw while loading rejects this import and fails the test.
  const commands = await import("./commands");
  expect(Object.keys(commands)).toEqual([]);
  expect((globalThis as { Office?: unknown }).Office).toEqual(office);
});

test("inside Office the function file tells Office it is ready, and registers no command", async () => {
  const onReady = jest.fn(() => Promise.resolve({ host: "Excel" }));
  const associate = jest.fn();
  (globalThis as { Office?: unknown }).Office = { onReady, actions: { associate } };
  await import("./commands");
  expect(onReady).toHaveBeenCalledTimes(1);
  expect(associate).not.toHaveBeenCalled();
});
