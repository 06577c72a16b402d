// Lazy-loaded (rarely used): the team profile the rules check against.
import { Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { InviterRole, TeamProfile } from "../../invites";
import { readFileText } from "../browser-files";
import { parseTeamFile } from "../team-file";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  license: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  hiddenInput: { display: "none" },
});

const ROLES: { value: InviterRole; label: string }[] = [
  { value: "owner", label: "Owner" },
  { value: "super-admin", label: "Super Admin" },
  { value: "admin", label: "Admin" },
  { value: "group-admin", label: "Group Admin" },
];

type LicenseKey = "access" | "support";
interface LicenseForm { inPlan: boolean; seats: string }
interface Form {
  inviterRole: InviterRole;
  licenses: Record<LicenseKey, LicenseForm>;
  userGroups: string;
  computerGroups: string;
  existingMembers: string;
  userGroupsSupported: boolean;
}

function toForm(team: TeamProfile): Form {
  const license = (key: LicenseKey): LicenseForm => {
    if (!team.licenses) return { inPlan: true, seats: "" };
    const seats = team.licenses[key];
    return { inPlan: seats !== undefined, seats: seats === null || seats === undefined ? "" : String(seats) };
  };
  return {
    inviterRole: team.inviterRole ?? "owner",
    licenses: { access: license("access"), support: license("support") },
    userGroups: (team.userGroups ?? []).join("\n"),
    computerGroups: (team.computerGroups ?? []).join("\n"),
    existingMembers: (team.existingMembers ?? []).join("\n"),
    userGroupsSupported: team.userGroupsSupported ?? true,
  };
}

const lines = (text: string) => text.split(/\r?\n/).map((s) => s.trim()).filter((s) => s.length > 0);

/** The form as a profile, or the first problem in plain words. */
function toProfile(form: Form, base: TeamProfile): { profile: TeamProfile } | { error: string } {
  const licenses: NonNullable<TeamProfile["licenses"]> = {};
  for (const key of ["access", "support"] as const) {
    const { inPlan, seats } = form.licenses[key];
    if (!inPlan) continue;
    if (seats.trim() === "") licenses[key] = null;
    else if (/^\d+$/.test(seats.trim())) licenses[key] = Number(seats.trim());
    else return { error: `Seats left for ${key === "access" ? "Access" : "Support"} must be a whole number, or blank for no limit.` };
  }
  return {
    profile: {
      ...base,
      inviterRole: form.inviterRole,
      licenses,
      userGroups: lines(form.userGroups),
      computerGroups: lines(form.computerGroups),
      existingMembers: lines(form.existingMembers),
      userGroupsSupported: form.userGroupsSupported,
    },
  };
}

function LicenseRow({ name, value, onChange }: { name: string; value: LicenseForm; onChange: (v: LicenseForm) => void }) {
  const styles = useStyles();
  return (
    <div className={styles.license}>
      <Checkbox label={`${name} licenses in the plan`} checked={value.inPlan} onChange={(_e, d) => onChange({ ...value, inPlan: d.checked === true })} />
      <Field label={`${name} seats left`} size="small">
        <Input size="small" inputMode="numeric" placeholder="No limit" disabled={!value.inPlan} value={value.seats} onChange={(_e, d) => onChange({ ...value, seats: d.value })} />
      </Field>
    </div>
  );
}

export function TeamEditor({ team, busy, onSave }: { team: TeamProfile; busy: boolean; onSave: (profile: TeamProfile) => Promise<void> }) {
  const styles = useStyles();
  const [form, setForm] = useState<Form>(() => toForm(team));
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const patch = (p: Partial<Form>) => {
    setForm({ ...form, ...p });
    setSaved(null);
  };

  const save = async () => {
    const result = toProfile(form, team);
    if ("error" in result) return setProblem(result.error);
    setProblem(null);
    await onSave(result.profile);
    setSaved("Team saved; the sheet is checked against it.");
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    let content: string;
    try {
      content = await readFileText(file);
    } catch (error) {
      setProblem(`${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const result = parseTeamFile(content);
    if (!result.ok) {
      setProblem(`${file.name}: ${result.error}`);
      return;
    }
    setProblem(null);
    setForm(toForm(result.profile));
    await onSave(result.profile);
    setSaved(`Loaded ${file.name}; the sheet is checked against it.`);
  };

  return (
    <div className={styles.root}>
      <Field label="Your role in the team">
        <Select value={form.inviterRole} onChange={(_e, d) => patch({ inviterRole: d.value as InviterRole })}>
          {ROLES.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
        </Select>
      </Field>
      <LicenseRow name="Access" value={form.licenses.access} onChange={(v) => patch({ licenses: { ...form.licenses, access: v } })} />
      <LicenseRow name="Support" value={form.licenses.support} onChange={(v) => patch({ licenses: { ...form.licenses, support: v } })} />
      <Checkbox label="The plan has user groups" checked={form.userGroupsSupported} onChange={(_e, d) => patch({ userGroupsSupported: d.checked === true })} />
      <Field label="User groups" hint="One per line.">
        <Textarea value={form.userGroups} onChange={(_e, d) => patch({ userGroups: d.value })} resize="vertical" />
      </Field>
      <Field label="Computer groups" hint="One per line. A user group cannot have the same name.">
        <Textarea value={form.computerGroups} onChange={(_e, d) => patch({ computerGroups: d.value })} resize="vertical" />
      </Field>
      <Field label="Existing members" hint="Email addresses, one per line.">
        <Textarea value={form.existingMembers} onChange={(_e, d) => patch({ existingMembers: d.value })} resize="vertical" />
      </Field>
      {problem ? <MessageBar intent="error" layout="multiline"><MessageBarBody>{problem}</MessageBarBody></MessageBar> : null}
      {saved ? <MessageBar intent="success"><MessageBarBody>{saved}</MessageBarBody></MessageBar> : null}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => void save()}>Save team</Button>
        <Field label="Import team file" size="small">
          <input type="file" accept=".json,application/json" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        </Field>
      </div>
    </div>
  );
}
