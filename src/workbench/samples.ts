// Demo data: rows with known mistakes from invites/sampleSheet, entered as a person would paste
// them (user.paste: no validation, onChanged fires).
import { COLUMN_KEYS, EXPORT_HEADERS, sampleSheet, STATUS_HEADER } from "../invites";
import type { SimHost } from "./sim-host";

/** The invite sheet's name (the temporary adapter's; the workbook layer may adopt other sheets). */
export const INVITE_SHEET = "Invites";

export function loadSampleRows(host: SimHost, count: number): string {
  const mistakes = Math.max(1, Math.round(count / 25));
  const { rows } = sampleSheet(count, mistakes, count);
  const cells = rows.map((row) => COLUMN_KEYS.map((key) => row[key]));
  return host.act((user) => {
    const hasInviteSheet = user.sheetNames().some((name) => name.toLowerCase() === INVITE_SHEET.toLowerCase());
    const target = hasInviteSheet ? INVITE_SHEET : user.activeSheet();
    const quoted = `'${target.replace(/'/g, "''")}'`;
    if (hasInviteSheet) {
      const used = user.usedRange(target);
      const lastRow = used ? Number(/(\d+)$/.exec(used)?.[1] ?? "1") : 1;
      if (lastRow >= 2) user.clear(`${quoted}!A2:F${lastRow}`);
      user.activate(target);
      user.paste(`${quoted}!A2`, cells);
    } else {
      user.paste(`${quoted}!A1`, [[...COLUMN_KEYS.map((key) => EXPORT_HEADERS[key]), STATUS_HEADER], ...cells]);
    }
    return `Pasted ${count.toLocaleString()} rows (${mistakes} with a mistake) into ${target}.`;
  });
}
