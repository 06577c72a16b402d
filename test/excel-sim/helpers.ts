import { createSimulatedExcel, SimOptions, SimulatedExcel } from "../../src/excel-sim";

export function sim(options?: SimOptions): SimulatedExcel {
  return createSimulatedExcel(options);
}

/** The rejection of `p`, for asserting on Office error codes. */
export async function failure(p: Promise<unknown>): Promise<{ code?: string; name?: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code?: string; name?: string; message: string };
  }
  throw new Error("expected a rejection");
}

/** The exception thrown by `f`. */
export function thrown(f: () => unknown): { code?: string; message: string } {
  try {
    f();
  } catch (e) {
    return e as { code?: string; message: string };
  }
  throw new Error("expected an exception");
}
