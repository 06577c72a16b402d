import { finding, type Finding } from "../finding";
import type { LicenseType } from "../importer-format";
import { licenseSpelling } from "../spellings";
import { resolveLicense } from "./license-type";
import { usable, type SheetPass } from "./sheet-pass";

/** seat-limit: rows past the seats left for their license type, in sheet order, among rows with no other error. */
export const findSeatLimit: SheetPass = (sheet) => {
  const used = new Map<LicenseType, number>();
  if ([...sheet.team.seats.values()].every((seats) => seats === null)) return;
  sheet.rows.forEach((row, index) => {
    if (!usable(sheet, index, true)) return;
    const type = resolveLicense(row.licenseType, sheet.team);
    if (type === null) return;
    const seats = sheet.team.seats.get(type);
    if (seats === undefined || seats === null) return;
    const count = (used.get(type) ?? 0) + 1;
    used.set(type, count);
    if (count > seats) sheet.add(index, seatLimitFinding(sheet.firstRow + index, type, seats));
  });
};

/** The finding on a row past the seats left for its license type (also used live). */
export function seatLimitFinding(rowNumber: number, type: LicenseType, seats: number): Finding {
  // At zero no row above uses anything: say there are none.
  const left =
    seats === 0
      ? `Your team has no ${licenseSpelling(type)} seats left`
      : `Your team has ${seats} ${licenseSpelling(type)} seat${seats === 1 ? "" : "s"} left and the rows above use ${seats === 1 ? "it" : "them"}`;
  return finding(
    "seat-limit",
    rowNumber,
    "licenseType",
    `${left}, so Splashtop will not invite this row. Add seats, remove rows, or use another license type.`,
  );
}
