// What a submit will do before anything is sent: rows by license type, skipped rows and why, and
// what each row's record (kept in the workbook, by person) says about sending it again.
import {
  recordKey,
  rowFingerprint,
  UNCONFIRMED_REASON,
  valueFingerprint,
  type InviteRow,
  type RowStatus,
  type Retry,
  type SubmitRecord,
  type TeamProfile,
} from "../../src/invites";
import { planSubmit, type PlanInput } from "../../src/splashtop/submit-plan";

const row = (account: string, licenseType = "", role = "", group = "", displayName = ""): InviteRow => ({
  account,
  group,
  displayName,
  licenseType,
  role,
});

function record(of: InviteRow, result: RowStatus, retry: Retry = "no", extra: Partial<SubmitRecord> = {}): SubmitRecord {
  return {
    account: of.account.trim(),
    fingerprint: rowFingerprint(of),
    result,
    retry,
    attempt: "old-run",
    team: valueFingerprint({}),
    at: "2026-11-30T10:00:00Z",
    ...extra,
  };
}

function plan(rows: InviteRow[], records: SubmitRecord[] = [], profile: TeamProfile = {}, extra: Partial<PlanInput> = {}) {
  return planSubmit({ rows, records: new Map(records.map((r) => [recordKey(r.account), r])), profile, attempt: "new-run", ...extra });
}

test("counts the rows to send by license type and names each skipped row's problem", () => {
  const p = plan([
    row("ann@example.com"),
    row("bo@example.com", "technician"),
    row("chen@example"),
    row(""),
    row("dana@example.com", "Access", "Owner"),
  ]);
  expect(p.send.map((s) => [s.rowNumber, s.row.account, s.row.licenseType])).toEqual([
    [2, "ann@example.com", ""],
    [3, "bo@example.com", "Support"], // spelling fixed as in the export
  ]);
  expect(p.byLicense).toEqual({ access: 1, support: 1 });
  expect(p.skipped.map((s) => s.rowNumber)).toEqual([4, 6]); // the blank row 5 is neither sent nor skipped
  expect(p.skipped[0]?.reason).toMatch(/missing the end of the domain/);
  expect(p.skipped[1]?.reason).toMatch(/cannot be set by an invite/);
  // New rows are sent in this run's attempt, and a member found by the team check is skipped.
  expect(p.send.map((s) => [s.attempt, s.ifMember])).toEqual([
    ["new-run", "skipped"],
    ["new-run", "skipped"],
  ]);
});

test("a row whose record says Invited and still matches is left alone and uses no seat", () => {
  const ann = row("ann@example.com");
  const p = plan([ann, row("bo@example.com"), row("chen@example.com")], [record(ann, { kind: "invited" })], { licenses: { access: 2 } });
  expect(p.alreadyInvited).toBe(1);
  expect(p.send.map((s) => s.row.account)).toEqual(["bo@example.com", "chen@example.com"]);
});

test("an invited row whose address was corrected is a new person: it is sent", () => {
  const typo = row("an@example.com");
  const p = plan([row("ann@example.com")], [record(typo, { kind: "invited" })]);
  expect(p.alreadyInvited).toBe(0);
  expect(p.send.map((s) => s.row.account)).toEqual(["ann@example.com"]);
});

test("an invited row changed since (its role) goes to the team check, which keeps the invite if they are on the team", () => {
  const sent = row("ann@example.com", "", "Member");
  const p = plan([row("ann@example.com", "", "Admin")], [record(sent, { kind: "invited" })]);
  expect(p.send.map((s) => [s.row.account, s.ifMember])).toEqual([["ann@example.com", "keep"]]);
});

test("a repeat of an invited address is skipped as a member, never sent again", () => {
  const ann = row("ann@example.com");
  const p = plan([ann, row("bo@example.com"), row(" ANN@example.com ")], [record(ann, { kind: "invited" })]);
  expect(p.send.map((s) => s.rowNumber)).toEqual([3]);
  expect(p.skipped).toEqual([expect.objectContaining({ rowNumber: 4, reason: expect.stringMatching(/already a member/) })]);
  expect(p.alreadyInvited).toBe(1);
});

test("a row whose request got no answer keeps its attempt (and its key), and counts as invited if on the team", () => {
  const ann = row("ann@example.com");
  const p = plan([ann], [record(ann, { kind: "failed", reason: UNCONFIRMED_REASON }, "yes", { attempt: "lost-run" })], {
    existingMembers: ["ann@example.com"],
  });
  expect(p.send.map((s) => [s.attempt, s.ifMember])).toEqual([["lost-run", "invited"]]);
});

test("Retry failed offers only failures that can succeed, and says why the others are left", () => {
  const [busy, seats, long, ok] = [row("busy@example.com"), row("seats@example.com"), row("long@example.com"), row("ok@example.com")];
  const records = [
    record(busy, { kind: "failed", reason: "Splashtop is busy." }, "yes"),
    record(seats, { kind: "failed", reason: "No seats left." }, "if-team-changes"),
    record(long, { kind: "failed", reason: "A name is too long." }, "no"),
    record(ok, { kind: "invited" }),
  ];
  const same = plan([busy, seats, long, ok], records, {}, { only: "failed" });
  expect(same.send.map((s) => s.row.account)).toEqual(["busy@example.com"]);
  expect(same.leftOut.map((l) => [l.account, l.reason])).toEqual([
    ["seats@example.com", expect.stringMatching(/^No seats left\. Sending it again would fail the same way/)],
    ["long@example.com", expect.stringMatching(/^A name is too long\./)],
  ]);
  // After the team profile changed (seats bought), the seat failure is worth another try.
  const changed = plan([busy, seats, long, ok], records, { licenses: { access: 50 } }, { only: "failed" });
  expect(changed.send.map((s) => s.row.account)).toEqual(["busy@example.com", "seats@example.com"]);
});
