/** One way to hand a file to the browser as a download: the pane (PaneServices.saveFile) and app.html's Lưu về máy. */

/** A file handed to the browser as a download (inside Excel, the task pane's browser saves it). */
export function download(name: string, data: Uint8Array, type: string): void {
  // Through globalThis: the bench compiles this module for Node, whose lib has no DOM.
  const { document } = globalThis as unknown as { document: PageDocument };
  const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The part of the page's document a download uses. */
interface PageDocument {
  createElement(tag: "a"): { href: string; download: string; click(): void; remove(): void };
  body: { appendChild(node: unknown): void };
}
