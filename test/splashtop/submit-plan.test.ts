// What a submit will do before anything is sent: rows by license type, skipped rows and why, and
// rows a previous run finished.
import type { InviteRow } from "../../src/invites/row";
import { formatRowStatus, UNCONFIRMED_REASON } from "../../src/invites/row-status";
import { planSubmit } from "../../src/splashtop/submit-plan";

const row = (account: string, licenseType = "", role = "", group = "", displayName = ""): InviteRow => ({ account, group, displayName, licenseType, role });

test("counts the rows to send by license type and names each skipped row's problem", () => {
  const rows = [row("ann@example.com"), row("bo@example.com", "technician"), row("chen@example"), row(""), row("dana@example.com", "Access", "Owner")];
  const plan = planSubmit({ rows, statuses: [], profile: {} });
  expect(plan.send.map((p) => [p.rowNumber, p.row.account, p.row.licenseType])).toEqual([
    [2, "ann@example.com", ""],
    [3, "bo@example.com", "Support"], // spelling fixed as in the export
  ]);
  expect(plan.byLicense).toEqual({ access: 1, support: 1 });
  expect(plan.skipped.map((s) => s.rowNumber)).toEqual([4, 6]); // the blank row 5 is neither sent nor skipped
  expect(plan.skipped[0]?.reason).toMatch(/missing the end of the domain/);
  expect(plan.skipped[1]?.reason).toMatch(/cannot be set by an invite/);
});

test("rows already invited are left alone and use no seats", () => {
  const rows = [row("ann@example.com"), row("bo@example.com"), row("chen@example.com")];
  const plan = planSubmit({ rows, statuses: ["Invited", "", "Failed: Splashtop is busy."], profile: { licenses: { access: 2 } } });
  expect(plan.alreadyInvited).toEqual([0]);
  expect(plan.send.map((p) => p.row.account)).toEqual(["bo@example.com", "chen@example.com"]);
  expect(plan.skipped).toEqual([]);
});

test("Retry failed sends only the failed rows", () => {
  const rows = [row("ann@example.com"), row("bo@example.com"), row("chen@example.com")];
  const plan = planSubmit({ rows, statuses: ["Invited", "", "Failed: Splashtop is busy."], profile: {}, only: "failed" });
  expect(plan.send.map((p) => p.rowNumber)).toEqual([4]);
});

test("a row whose earlier request got no answer is checked first, even if it now shows as a member", () => {
  const rows = [row("ann@example.com"), row("bo@example.com")];
  const unconfirmed = formatRowStatus({ kind: "failed", reason: UNCONFIRMED_REASON });
  const plan = planSubmit({ rows, statuses: [unconfirmed, ""], profile: { existingMembers: ["ann@example.com", "bo@example.com"] } });
  expect(plan.send.map((p) => [p.row.account, p.checkFirst])).toEqual([["ann@example.com", true]]);
  expect(plan.skipped.map((s) => s.account)).toEqual(["bo@example.com"]);
  expect(plan.skipped[0]?.reason).toMatch(/already a member/);
});

test("a repeat of an address already Invited in the sheet is skipped as a member, never sent again", () => {
  const row = (account: string) => ({ account, group: "", displayName: "", licenseType: "", role: "" });
  const plan = planSubmit({ rows: [row("ann@example.com"), row("bo@example.com"), row(" ANN@example.com ")], statuses: ["Invited", "", ""], profile: {} });
  expect(plan.send.map((p) => p.rowNumber)).toEqual([3]);
  expect(plan.skipped).toEqual([expect.objectContaining({ rowNumber: 4, reason: expect.stringMatching(/already a member/) })]);
  expect(plan.alreadyInvited).toEqual([0]);
});
