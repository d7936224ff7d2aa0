/**
 * What the pane's build uses instead of cli.vi.ts and cli.en.ts (webpack.config.js): the command
 * line's help and messages are words no clerk reads in the pane, so they stay out of its script.
 */
export const cliVi: Record<string, string> = {};
export const cliEn: Record<string, string> = {};
