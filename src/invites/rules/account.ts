import { checkEmail, isValidEmail } from "../email";
import { finding, type Finding } from "../finding";
import { fixAdvice } from "../surface";
import type { ResolvedTeam } from "../team-profile";
import { describeCharacter, foldKey, INVISIBLE_OR_CONTROL, REPLACEMENT_CHARACTER } from "../text";
import { damagedTextMessage } from "./text-hygiene";
import { fixFor, quote, type RowRule } from "./rule";

const INVISIBLE_OR_SPACE_ALL = new RegExp(`${INVISIBLE_OR_CONTROL.source}|\\s`, "g");

/** missing-account, damaged-text, control-characters, invalid-email, already-member. */
export const checkAccount: RowRule = (row, rowNumber, team, out, surface) => {
  const value = row.account.trim();
  if (!value) {
    out.push(
      finding("missing-account", rowNumber, "account", "Splashtop account is empty: type the person's email address, or delete the row."),
    );
    return;
  }
  if (isValidEmail(value)) {
    alreadyMember(value, rowNumber, team, out);
    return;
  }
  // Not a valid address: say why, the damaged or invisible characters first.
  if (value.includes(REPLACEMENT_CHARACTER)) {
    out.push(finding("damaged-text", rowNumber, "account", damagedTextMessage()));
    return;
  }
  const invisible = INVISIBLE_OR_CONTROL.exec(value)?.[0];
  if (invisible !== undefined) {
    const cleaned = value.replace(INVISIBLE_OR_SPACE_ALL, "");
    const fix = checkEmail(cleaned).ok ? fixFor(row.account, cleaned) : undefined;
    out.push(
      finding(
        "control-characters",
        rowNumber,
        "account",
        `The address contains ${describeCharacter(invisible)}, often pasted in from a web page or email. ` +
          (fix !== undefined ? fixAdvice(surface, "remove it") : "Retype the address."),
        fix,
      ),
    );
    return;
  }
  const verdict = checkEmail(value);
  if (!verdict.ok) {
    const fix = verdict.fix === undefined ? undefined : fixFor(row.account, verdict.fix);
    out.push(
      finding(
        "invalid-email",
        rowNumber,
        "account",
        `${quote(value)} ${verdict.problem}. ` +
          (fix !== undefined
            ? fixAdvice(surface, "keep just the address")
            : verdict.fix
              ? "Type just the address."
              : "Type the full address, like name@company.com."),
        fix,
      ),
    );
    return;
  }
  alreadyMember(value, rowNumber, team, out);
};

function alreadyMember(value: string, rowNumber: number, team: ResolvedTeam, out: Finding[]): void {
  if (team.existingMembers.size > 0 && team.existingMembers.has(foldKey(value))) {
    out.push(
      finding(
        "already-member",
        rowNumber,
        "account",
        `${quote(value)} is already a member of your team, so there is nothing to invite. Delete the row.`,
      ),
    );
  }
}
