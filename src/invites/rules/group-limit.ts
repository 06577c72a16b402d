import { finding, type Finding } from "../finding";
import { fixAdvice, type Surface } from "../surface";
import { foldKey } from "../text";
import { fixFor, quote } from "./rule";
import { usable, type SheetPass, type SheetState } from "./sheet-pass";

type NewGroup = { spelling: string; firstRow: number; ordinal: number };

/**
 * Groups the sheet would create, in sheet order, from rows with no other error:
 * group-limit (past maxGroups, counting the team's user and computer groups), new-group (when the
 * team's groups are known, so a typo shows), non-canonical (a later row spells a new group
 * differently from its first row; groups compare case-insensitively).
 */
export const findGroupLimit: SheetPass = (sheet) => {
  const { team } = sheet;
  if (!team.userGroupsSupported) return;
  const created = new Map<string, NewGroup>();
  const spellingOf = groupSpellings(team);
  const { rows } = sheet;
  for (let index = 0; index < rows.length; index++) {
    const raw = (rows[index] as SheetState["rows"][number]).group;
    if (!raw || !usable(sheet, index, true)) continue;
    const spelling = spellingOf(raw);
    if (!spelling) continue;
    let group = created.get(spelling.key);
    const isFirst = group === undefined;
    if (!group) {
      group = { spelling: spelling.value, firstRow: sheet.firstRow + index, ordinal: created.size + 1 };
      created.set(spelling.key, group);
    }
    const first = isFirst ? null : { rowNumber: group.firstRow, spelling: group.spelling };
    const found = groupFindingFor(sheet.firstRow + index, spelling.value, team, group.ordinal, first, sheet.surface);
    if (found) sheet.add(index, found);
  }
};

/**
 * What a row with a new group gets (the full pass and the live sheet alike): past the budget,
 * group-limit; on the group's first row (`first` null), new-group when the team's groups are
 * known; on a later row spelt otherwise than the first, non-canonical.
 */
export function groupFindingFor(
  rowNumber: number,
  value: string,
  team: SheetState["team"],
  ordinal: number,
  first: { rowNumber: number; spelling: string } | null,
  surface: Surface,
): Finding | null {
  if (ordinal > groupBudget(team)) return groupLimitFinding(rowNumber, value, team, ordinal);
  if (first === null) return team.userGroups.size > 0 ? newGroupFinding(rowNumber, value) : null;
  return first.spelling !== value ? groupSpellingFinding(rowNumber, value, first.rowNumber, first.spelling, surface) : null;
}

/** New groups the team may still create (maxGroups counts its user and computer groups). */
export function groupBudget(team: SheetState["team"]): number {
  return Math.max(0, team.maxGroups - team.existingGroupCount);
}

export type Spelling = { value: string; key: string } | null;

/** A group cell as the pass sees it: trimmed and folded; null when blank or a group the team has. */
export function newGroupSpelling(raw: string, team: SheetState["team"]): Spelling {
  const value = raw.trim();
  const key = foldKey(value);
  return !key || team.userGroups.has(key) || team.computerGroups.has(key) ? null : { value, key };
}

/**
 * A group cell as the pass needs it (trimmed, folded; null when blank or one of the team's own
 * groups), remembered per cell text: a sheet repeats a few group names thousands of times, and
 * this pass runs on every live edit.
 */
function groupSpellings(team: SheetState["team"]): (raw: string) => Spelling {
  const known = new Map<string, Spelling>();
  return (raw) => {
    let spelling = known.get(raw);
    if (spelling === undefined) {
      spelling = newGroupSpelling(raw, team);
      known.set(raw, spelling);
    }
    return spelling;
  };
}

/** A row whose new group would take the team past maxGroups (`ordinal`: the group's place among the new ones). */
function groupLimitFinding(rowNumber: number, value: string, team: SheetState["team"], ordinal: number): Finding {
  return finding(
    "group-limit",
    rowNumber,
    "group",
    `Your team has ${team.existingGroupCount} groups and may have at most ${team.maxGroups}; ` +
      `${quote(value)} would be new group number ${team.existingGroupCount + ordinal}. ` +
      "Use an existing group or leave Group blank.",
  );
}

/** The first row of a group the team does not have yet (shown only when the team's groups are known). */
function newGroupFinding(rowNumber: number, value: string): Finding {
  return finding(
    "new-group",
    rowNumber,
    "group",
    `${quote(value)} is not one of your team's groups yet; Splashtop will create it. Check the spelling if you meant an existing group.`,
  );
}

/** A later row that spells a new group (`value`) differently from its first row. */
function groupSpellingFinding(rowNumber: number, value: string, firstRow: number, firstSpelling: string, surface: Surface): Finding {
  const fix = fixFor(value, firstSpelling);
  const advice = fix === undefined ? "Change the cell to match it." : fixAdvice(surface, "match it");
  return finding(
    "non-canonical",
    rowNumber,
    "group",
    `Row ${firstRow} spells this group ${quote(firstSpelling)}; one spelling keeps both rows in one group. ${advice}`,
    fix,
  );
}
