/**
 * Workbook calls, one at a time and in the order asked: a live re-check never interleaves with
 * marking cells, and a call that fails does not stop the ones queued after it.
 */
export type Queue = <T>(job: () => Promise<T>) => Promise<T>;

export function serialQueue(): Queue {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const next = last.then(job, job);
    last = next.catch(() => undefined);
    return next;
  };
}
