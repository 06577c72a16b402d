// Lazy-loaded (rarely used): the team profile the rules check against.
import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { InviterRole, TeamProfile } from "../../invites";
import { readFileText } from "../browser-files";
import { parseTeamFile } from "../team-file";
import { FileChooser } from "./FileChooser";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // One license per block: the checkbox on its own line, the seats below it at full width, so
  // nothing wraps word by word or runs off the edge at Office's narrowest pane (320 px).
  license: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  seats: { paddingLeft: tokens.spacingHorizontalXXL },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  save: { alignSelf: "flex-start" },
});

const ROLES: { value: InviterRole; label: string }[] = [
  { value: "owner", label: "Owner" },
  { value: "super-admin", label: "Super Admin" },
  { value: "admin", label: "Admin" },
  { value: "group-admin", label: "Group Admin" },
];

type LicenseKey = "access" | "support";
const LICENSE_NAMES: Record<LicenseKey, string> = { access: "Access", support: "Support" };
interface LicenseForm {
  inPlan: boolean;
  seats: string;
}
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

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** The problem with a seats entry, in plain words, or null when it is a whole number or blank. */
function seatsProblem(key: LicenseKey, value: LicenseForm): string | null {
  const seats = value.seats.trim();
  if (!value.inPlan || seats === "" || /^\d+$/.test(seats)) return null;
  return `Seats left for ${LICENSE_NAMES[key]} must be a whole number, or blank for no limit ("${seats}" is not).`;
}

/** The form as a profile, or the first problem in plain words (and the field it is in). */
function toProfile(form: Form, base: TeamProfile): { profile: TeamProfile } | { error: string; field: LicenseKey } {
  const licenses: NonNullable<TeamProfile["licenses"]> = {};
  for (const key of ["access", "support"] as const) {
    const { inPlan, seats } = form.licenses[key];
    if (!inPlan) continue;
    const problem = seatsProblem(key, form.licenses[key]);
    if (problem) return { error: problem, field: key };
    licenses[key] = seats.trim() === "" ? null : Number(seats.trim());
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

function LicenseRow({
  name,
  value,
  problem,
  inputRef,
  onChange,
}: {
  name: string;
  value: LicenseForm;
  problem: string | null;
  inputRef: (el: HTMLInputElement | null) => void;
  onChange: (v: LicenseForm) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.license}>
      <Checkbox
        label={`${name} licenses in the plan`}
        checked={value.inPlan}
        onChange={(_e, d) => onChange({ ...value, inPlan: d.checked === true })}
      />
      <Field
        className={styles.seats}
        label={`${name} seats left`}
        size="small"
        validationState={problem ? "error" : "none"}
        validationMessage={problem ?? undefined}
      >
        <Input
          ref={inputRef}
          size="small"
          inputMode="numeric"
          placeholder="No limit"
          disabled={!value.inPlan}
          value={value.seats}
          onChange={(_e, d) => onChange({ ...value, seats: d.value })}
        />
      </Field>
    </div>
  );
}

/** `message`: the pane's message slot for the save's result (the sheet re-checked against the profile). */
export function TeamEditor({
  team,
  busy,
  onSave,
  message,
}: {
  team: TeamProfile;
  busy: boolean;
  onSave: (profile: TeamProfile) => Promise<void>;
  message?: ReactNode;
}) {
  const styles = useStyles();
  const [form, setForm] = useState<Form>(() => toForm(team));
  const [problem, setProblem] = useState<string | null>(null);
  /** The seats field the last Save refused (marked invalid until it is changed). */
  const [invalid, setInvalid] = useState<LicenseKey | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [refusals, setRefusals] = useState(0);
  const seatInputs = useRef<Record<LicenseKey, HTMLInputElement | null>>({ access: null, support: null });
  // A refused Save takes the person to the field to correct (its message is right below it).
  useEffect(() => {
    if (invalid) seatInputs.current[invalid]?.focus();
  }, [invalid, refusals]);
  const patch = (p: Partial<Form>) => {
    setForm({ ...form, ...p });
  };
  const license = (key: LicenseKey) => (v: LicenseForm) => {
    patch({ licenses: { ...form.licenses, [key]: v } });
    if (invalid === key) {
      setInvalid(null);
      setProblem(null);
    }
  };

  const save = async () => {
    const result = toProfile(form, team);
    if ("error" in result) {
      setInvalid(result.field);
      setRefusals((n) => n + 1);
      setProblem(null);
      return;
    }
    setInvalid(null);
    setProblem(null);
    await onSave(result.profile);
  };

  const importFile = async (file: File | null) => {
    if (!file) return;
    setFileName(file.name);
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
    setInvalid(null);
    setForm(toForm(result.profile));
    await onSave(result.profile);
  };

  return (
    <div className={styles.root}>
      <Field label="Your role in the team">
        <Select value={form.inviterRole} onChange={(_e, d) => patch({ inviterRole: d.value as InviterRole })}>
          {ROLES.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </Select>
      </Field>
      <LicenseRow
        name="Access"
        value={form.licenses.access}
        problem={invalid === "access" ? seatsProblem("access", form.licenses.access) : null}
        inputRef={(el) => {
          seatInputs.current.access = el;
        }}
        onChange={license("access")}
      />
      <LicenseRow
        name="Support"
        value={form.licenses.support}
        problem={invalid === "support" ? seatsProblem("support", form.licenses.support) : null}
        inputRef={(el) => {
          seatInputs.current.support = el;
        }}
        onChange={license("support")}
      />
      <Checkbox
        label="The plan has user groups"
        checked={form.userGroupsSupported}
        onChange={(_e, d) => patch({ userGroupsSupported: d.checked === true })}
      />
      <Field label="User groups" hint="One per line.">
        <Textarea value={form.userGroups} onChange={(_e, d) => patch({ userGroups: d.value })} resize="vertical" />
      </Field>
      <Field label="Computer groups" hint="One per line. A user group cannot have the same name.">
        <Textarea value={form.computerGroups} onChange={(_e, d) => patch({ computerGroups: d.value })} resize="vertical" />
      </Field>
      <Field label="Existing members" hint="Email addresses, one per line.">
        <Textarea value={form.existingMembers} onChange={(_e, d) => patch({ existingMembers: d.value })} resize="vertical" />
      </Field>
      <Button className={styles.save} appearance="primary" disabled={busy} onClick={() => void save()}>
        Save team
      </Button>
      <Field label="Or load a team file" hint="The JSON file the invite-sheet command takes with --team." size="small">
        <FileChooser
          label="Choose team file…"
          accept=".json,application/json"
          fileName={fileName}
          disabled={busy}
          onChoose={(file) => void importFile(file)}
        />
      </Field>
      {problem ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      ) : null}
      {message}
    </div>
  );
}
