/**
 * A small argument reader: `command [file…] --flag --option value`. Unknown options, long or short
 * (`-j`), are errors; `-h` is `--help`.
 */
export interface ParsedArgs {
  command: string | null;
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string> = {},
  ) {
    super(key);
  }
}

export function parseArgs(
  argv: readonly string[],
  flagNames: readonly string[],
  optionNames: readonly string[],
): ParsedArgs {
  const out: ParsedArgs = { command: null, positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("--")) {
      const [name, inline] = a.split(/=(.*)/s, 2);
      if (flagNames.includes(name)) out.flags.add(name);
      else if (optionNames.includes(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined || value.startsWith("--")) throw new UsageError("cli.missingValue", { option: name });
        out.options.set(name, value);
      } else throw new UsageError("cli.unknownOption", { option: name });
    } else if (a === "-h") out.flags.add("--help");
    else if (a.startsWith("-") && a.length > 1) throw new UsageError("cli.unknownOption", { option: a });
    else if (out.command === null) out.command = a;
    else out.positional.push(a);
  }
  return out;
}
