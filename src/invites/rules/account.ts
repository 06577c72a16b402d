import { checkEmail } from "../email";
import { finding } from "../finding";
import { foldKey, INVISIBLE_OR_CONTROL, describeCharacter } from "../text";
import { quote, type RowRule } from "./rule";

const INVISIBLE_OR_SPACE_ALL = new RegExp(`${INVISIBLE_OR_CONTROL.source}|\\s`, "g");

/** missing-account, control-characters, invalid-email, already-member. */
export const checkAccount: RowRule = (row, rowNumber, team, out) => {
  const value = row.account.trim();
  if (!value) {
    out.push(finding("missing-account", rowNumber, "account",
      "Splashtop account is empty: type the person's email address, or delete the row."));
    return;
  }
  const invisible = INVISIBLE_OR_CONTROL.exec(value)?.[0];
  if (invisible !== undefined) {
    const cleaned = value.replace(INVISIBLE_OR_SPACE_ALL, "");
    const fixable = checkEmail(cleaned).ok;
    out.push(finding("control-characters", rowNumber, "account",
      `The address contains ${describeCharacter(invisible)}, often pasted in from a web page or email. ` +
        (fixable ? "Click Fix to remove it." : "Retype the address."),
      fixable ? cleaned : undefined));
    return;
  }
  const verdict = checkEmail(value);
  if (!verdict.ok) {
    out.push(finding("invalid-email", rowNumber, "account",
      `${quote(value)} ${verdict.problem}. ` +
        (verdict.fix ? "Click Fix to keep just the address." : "Type the full address, like name@company.com."),
      verdict.fix));
    return;
  }
  if (team.existingMembers.size > 0 && team.existingMembers.has(foldKey(value))) {
    out.push(finding("already-member", rowNumber, "account",
      `${value} is already a member of your team, so there is nothing to invite. Delete the row.`));
  }
};
