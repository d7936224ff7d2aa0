/** Fluent's dark theme in a chunk of its own: only a dark Office loads it. */
export { webDarkTheme } from "@fluentui/react-components";
