// Telling the add-in's own Status writes apart from everything else. Excel raises onChanged for
// add-in writes too; WorksheetChangedEventArgs.triggerSource says "ThisLocalAddin" for them
// (ExcelApi 1.14; https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs#excel-excel-worksheetchangedeventargs-triggersource-member).
// But fixes, imports and submit results are add-in writes too, and those must be validated. So the
// validator remembers the address of each Status range it writes and ignores exactly one change
// from the add-in at that address; any other change is validated. Hosts older than ExcelApi 1.14
// give no triggerSource: the address alone decides there. An entry whose event never comes
// expires, so it cannot hide a later write for long. A change that is not recognised costs one
// read and writes nothing (the validator's writes are a fixed point), so nothing can loop.
import { addressKey } from "../excel/a1";

const THIS_ADDIN = "ThisLocalAddin";

export class OwnWrites {
  private readonly pending = new Map<string, number[]>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records that the validator is about to write this address. */
  expect(address: string): void {
    const key = addressKey(address);
    const list = this.pending.get(key) ?? [];
    list.push(this.now() + this.ttlMs);
    this.pending.set(key, list);
  }

  /** True (and forgets one entry) when a change is the validator's own write. */
  claim(address: string, triggerSource: string | undefined): boolean {
    if (triggerSource !== undefined && triggerSource !== THIS_ADDIN) return false;
    const key = addressKey(address);
    const list = this.pending.get(key);
    if (!list) return false;
    const now = this.now();
    while (list.length > 0 && (list[0] as number) < now) list.shift();
    const claimed = list.length > 0;
    if (claimed) list.shift();
    if (list.length === 0) this.pending.delete(key);
    return claimed;
  }

  get size(): number {
    let n = 0;
    for (const list of this.pending.values()) n += list.length;
    return n;
  }
}
