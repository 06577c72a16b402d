import { finding } from "../finding";
import { fixAdvice } from "../surface";
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
  const budget = Math.max(0, team.maxGroups - team.existingGroupCount);
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
    if (group.ordinal > budget) reportLimit(sheet, index, spelling.value, group);
    else if (isFirst) reportNew(sheet, index, spelling.value);
    else if (group.spelling !== spelling.value) reportSpelling(sheet, index, spelling.value, group);
  }
};

type Spelling = { value: string; key: string } | null;

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
      const value = raw.trim();
      const key = foldKey(value);
      spelling = !key || team.userGroups.has(key) || team.computerGroups.has(key) ? null : { value, key };
      known.set(raw, spelling);
    }
    return spelling;
  };
}

function reportLimit(sheet: SheetState, index: number, value: string, group: NewGroup): void {
  const { team } = sheet;
  sheet.add(index, finding("group-limit", sheet.firstRow + index, "group",
    `Your team has ${team.existingGroupCount} groups and may have at most ${team.maxGroups}; ` +
      `${quote(value)} would be new group number ${team.existingGroupCount + group.ordinal}. ` +
      "Use an existing group or leave Group blank."));
}

function reportNew(sheet: SheetState, index: number, value: string): void {
  if (sheet.team.userGroups.size === 0) return;
  sheet.add(index, finding("new-group", sheet.firstRow + index, "group",
    `${quote(value)} is not one of your team's groups yet; Splashtop will create it. Check the spelling if you meant an existing group.`));
}

function reportSpelling(sheet: SheetState, index: number, value: string, group: NewGroup): void {
  const fix = fixFor(value, group.spelling);
  const advice = fix === undefined ? "Change the cell to match it." : fixAdvice(sheet.surface, "match it");
  sheet.add(index, finding("non-canonical", sheet.firstRow + index, "group",
    `Row ${group.firstRow} spells this group ${quote(group.spelling)}; one spelling keeps both rows in one group. ${advice}`, fix));
}
