import { finding } from "../finding";
import { LIMITS } from "../importer-format";
import type { RowRule } from "./rule";

/** name-too-long. A blank display name is fine: Splashtop uses the email address (article). */
export const checkDisplayName: RowRule = (row, rowNumber, _team, out) => {
  // Trimming only shortens: a cell no longer than the limit needs no trimming to pass.
  const length = row.displayName.length > LIMITS.displayNameLength ? row.displayName.trim().length : 0;
  if (length > LIMITS.displayNameLength) {
    out.push(
      finding(
        "name-too-long",
        rowNumber,
        "displayName",
        `This display name has ${length} characters; Splashtop may refuse names over ${LIMITS.displayNameLength}. Shorten it if the invite fails.`,
      ),
    );
  }
};
