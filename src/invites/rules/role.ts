import { finding } from "../finding";
import { isUnsettableRole, parseRole, roleSpelling } from "../spellings";
import { fixAdvice } from "../surface";
import { canAssignAdmin, type InviterRole } from "../team-profile";
import { quote, type RowRule } from "./rule";

const ROLE_NAMES: Record<InviterRole, string> = {
  owner: "the Owner",
  "super-admin": "a Super Admin",
  admin: "an Admin",
  "group-admin": "a Group Admin",
};

/** unknown-role, admin-not-allowed, non-canonical. Blank means Member (article). */
export const checkRole: RowRule = (row, rowNumber, team, out, surface) => {
  const value = row.role.trim();
  if (!value) return;
  const role = parseRole(value);
  if (role === null) {
    out.push(
      finding(
        "unknown-role",
        rowNumber,
        "role",
        isUnsettableRole(value)
          ? `${quote(value)} cannot be set by an invite; only Admin and Member can. Invite as Member and change the role in the web console afterwards.`
          : `${quote(value)} is not a role. Use Admin or Member, or leave it blank for Member.`,
      ),
    );
    return;
  }
  if (role === "admin" && !canAssignAdmin(team.inviterRole)) {
    out.push(
      finding(
        "admin-not-allowed",
        rowNumber,
        "role",
        `Only the Owner and Super Admins can invite Admins, and you are ${ROLE_NAMES[team.inviterRole]}. ` +
          "Use Member (or leave it blank); an Owner can promote them later.",
      ),
    );
    return;
  }
  const canonical = roleSpelling(role);
  if (value !== canonical) {
    out.push(
      finding(
        "non-canonical",
        rowNumber,
        "role",
        `${quote(value)} will be written as "${canonical}". ${fixAdvice(surface, "write it that way")}`,
        canonical,
      ),
    );
  }
};
