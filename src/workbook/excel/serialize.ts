// One workbook operation at a time per `run`: a validation round, a fix, an import and a submit
// result never interleave their reads and writes (a round could otherwise write a validation
// message over a result that landed between its read and its write). Jobs must not await
// another serialized job, or they would wait for themselves.
import { inExcel, type Batch, type RunExcel } from "./run-excel";

const tails = new WeakMap<RunExcel, Promise<unknown>>();

export function serialized<T>(run: RunExcel, job: () => Promise<T>): Promise<T> {
  const before = tails.get(run) ?? Promise.resolve();
  const result = before.then(job, job);
  // The queue continues whatever this job does; its caller still sees the error.
  tails.set(
    run,
    result.then(
      () => undefined,
      () => undefined,
    ),
  );
  return result;
}

/** The usual shape of a workbook operation: one batch, after the operations before it. */
export function excelJob<T>(run: RunExcel, batch: Batch<T>): Promise<T> {
  return serialized(run, () => inExcel(run, batch));
}
