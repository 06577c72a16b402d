import { finding } from "../finding";
import { LIMITS } from "../importer-format";
import { fixAdvice } from "../surface";
import { foldKey } from "../text";
import { fixFor, quote, type RowRule } from "./rule";

/** user-groups-unsupported, group-is-computer-group, non-canonical (the team's spelling), name-too-long. */
export const checkGroup: RowRule = (row, rowNumber, team, out, surface) => {
  const value = row.group.trim();
  if (!value) return;
  if (!team.userGroupsSupported) {
    out.push(
      finding(
        "user-groups-unsupported",
        rowNumber,
        "group",
        "Your plan has no user groups (Business Access has only computer groups), so Splashtop will refuse this row. Clear the Group cell.",
      ),
    );
    return;
  }
  if (value.length > LIMITS.groupNameLength) {
    out.push(
      finding(
        "name-too-long",
        rowNumber,
        "group",
        `This group name has ${value.length} characters; Splashtop may refuse names over ${LIMITS.groupNameLength}. Shorten it if the invite fails.`,
      ),
    );
  }
  if (team.computerGroups.size === 0 && team.userGroups.size === 0) return;
  const key = foldKey(value);
  const computerGroup = team.computerGroups.get(key);
  if (computerGroup !== undefined) {
    out.push(
      finding(
        "group-is-computer-group",
        rowNumber,
        "group",
        `${quote(computerGroup)} is the name of a computer group, and a user group cannot share it. ` +
          "Pick another group name, or leave Group blank.",
      ),
    );
    return;
  }
  const known = team.userGroups.get(key);
  if (known !== undefined && known !== value) {
    const fix = fixFor(value, known);
    out.push(
      finding(
        "non-canonical",
        rowNumber,
        "group",
        `Your team spells this group ${quote(known)}. ${fix === undefined ? "Change the cell to match it." : fixAdvice(surface, "match it")}`,
        fix,
      ),
    );
  }
};
