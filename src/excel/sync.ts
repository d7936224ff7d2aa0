/** Counts the round trips an adapter call makes: each `context.sync()` is one request to Excel. */
export interface Counted {
  sync(): Promise<void>;
  readonly syncs: number;
}

export function counted(context: Excel.RequestContext): Counted {
  let syncs = 0;
  return {
    async sync() {
      syncs++;
      await context.sync();
    },
    get syncs() {
      return syncs;
    },
  };
}

/**
 * Runs `write` with events and screen updating off, then puts events back as they were in a request
 * of its own, even when the write failed: our own writes must not wake the pane's change handler, and a
 * failed batch must not leave the clerk's Excel deaf to edits.
 * `eventsWereOn` is `context.runtime.enableEvents` as loaded earlier in the same run.
 */
export async function quietly(
  context: Excel.RequestContext,
  counter: Counted,
  eventsWereOn: boolean,
  write: () => void,
): Promise<void> {
  context.runtime.enableEvents = false;
  context.application.suspendScreenUpdatingUntilNextSync();
  try {
    write();
    await counter.sync();
  } finally {
    context.runtime.enableEvents = eventsWereOn;
    await counter.sync();
  }
}
