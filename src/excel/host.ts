/**
 * How the adapter reaches a workbook: a function with the shape of `Excel.run`.
 * Inside Excel it is `officeRun`; in tests and the browser preview it is the in-memory host's `run`.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type IsSetSupported = (set: string, version: string) => boolean;

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * A run may also say what its Excel supports, so the adapter picks features without a global, and
 * how to run again on an earlier request context (Office wants `Excel.run(context, …)` for that).
 */
type CapableRun = ExcelRun & {
  isSetSupported?: IsSetSupported;
  resume?: <T>(context: Excel.RequestContext, batch: Batch<T>) => Promise<T>;
};

/** `Excel.run` over the workbook the add-in is loaded in. */
export const officeRun: ExcelRun = Object.assign(<T>(batch: Batch<T>) => Excel.run(batch), {
  isSetSupported: (set: string, version: string) => Office.context.requirements.isSetSupported(set, version),
  resume: <T>(context: Excel.RequestContext, batch: Batch<T>) => Excel.run(context, batch),
});

/** Runs `batch` on a context an earlier run created (to remove event handlers it added). */
export function resume<T>(run: ExcelRun, context: Excel.RequestContext, batch: Batch<T>): Promise<T> {
  const again = (run as CapableRun).resume;
  return again ? again(context, batch) : batch(context);
}

/** Gives a run its host's requirement-set answers (the in-memory host does this for its own run). */
export function withCapabilities(run: ExcelRun, isSetSupported: IsSetSupported): ExcelRun {
  return Object.assign(run, { isSetSupported });
}

/** Whether the run's Excel supports a set; null when the run does not say. */
export function runSupports(run: ExcelRun, set: string, version: string): boolean | null {
  const ask = (run as CapableRun).isSetSupported;
  if (!ask) return null;
  try {
    return ask(set, version);
  } catch {
    return null;
  }
}
