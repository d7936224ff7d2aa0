/**
 * A file that cannot be used: one plain sentence for the clerk (its i18n key and parameters), never a
 * stack trace. Shared by the command line and the browser page (no Node APIs).
 */
export type UnusableReason =
  | "missing"
  | "directory"
  | "unreadable"
  | "tooLarge"
  | "notXlsx"
  | "encrypted"
  | "corrupt"
  | "limit"
  | "tooManyRows"
  | "outOfMemory";

export type MessageParams = Record<string, string | number>;

export class UnusableFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: UnusableReason,
    /** i18n key of the sentence (files.vi.ts / files.en.ts); `{file}` is always filled in. */
    readonly key: string = `file.${reason}`,
    readonly params: MessageParams = {},
  ) {
    super(`${file}: ${key} ${JSON.stringify(params)}`);
  }

  /** Parameters of the message, the file's name included. */
  get messageParams(): MessageParams {
    return { ...this.params, file: this.file };
  }
}

/**
 * A problem found inside the package before the file's name is known to the code that found it;
 * the reader turns it into an UnusableFileError naming the file.
 */
export class PackageProblem extends Error {
  constructor(
    readonly reason: UnusableReason,
    readonly key: string,
    readonly params: MessageParams = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`);
  }
}

/** Something the reader went on past, as Excel would, but the clerk should hear of. */
export interface ReadWarning {
  key: string;
  params: MessageParams;
}
