// Parsed only by a browser that reads the syntax of the pane's own scripts (ES2020). compat.js, next,
// tells the clerk what to do when this line could not even be read.
window.tdktModern = window?.Promise?.prototype?.finally !== undefined && (globalThis.Symbol ?? null) !== null;
