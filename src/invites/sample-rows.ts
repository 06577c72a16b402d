// Deterministic invite lists with a known set of mistakes, for tests, the bench and the
// workbench's "sample data". Each injected mistake yields exactly one finding of a known code.
import type { FindingCode } from "./finding";
import type { InviteRow } from "./row";

export type Mistake = Extract<
  FindingCode,
  | "invalid-email"
  | "missing-account"
  | "duplicate-account"
  | "unknown-license-type"
  | "unknown-role"
  | "whitespace"
  | "non-canonical"
  | "formula-like"
  | "control-characters"
>;

export const MISTAKES: readonly Mistake[] = [
  "invalid-email",
  "missing-account",
  "duplicate-account",
  "unknown-license-type",
  "unknown-role",
  "whitespace",
  "non-canonical",
  "formula-like",
  "control-characters",
];

export type SampleSheet = { rows: InviteRow[]; mistakes: { index: number; code: Mistake }[] };

const FIRST = [
  "Ann",
  "Bo",
  "Chen",
  "Dana",
  "Émile",
  "Farah",
  "Gus",
  "Hana",
  "Ivan",
  "José",
  "Kim",
  "Lea",
  "Mo",
  "Nia",
  "Olu",
  "Priya",
  "Quinn",
  "Rosa",
  "Søren",
  "Tariq",
  "Uma",
  "Vik",
  "Wen",
  "Xiu",
  "Yara",
  "Zoë",
];
const LAST = ["Lee", "Smith", "O'Brien", "Nguyen", "García", "Müller", "Kowalski", "Tanaka", "Okafor", "Silva", "Rossi", "Dubois"];
const GROUPS = ["Sales", "Support Desk", "Engineering", "Finance", "HR", ""];
const LICENSES = ["", "", "Access", "Support"];
const ROLES = ["", "", "Member", "Admin"];

/** A small linear congruential generator: same seed, same sheet, on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  return itemAt(items, Math.floor(next() * items.length));
}

function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`no item ${index} in a list of ${items.length}`);
  return item;
}

function cleanRow(index: number, next: () => number): InviteRow {
  const first = pick(FIRST, next);
  const last = pick(LAST, next);
  return {
    account: `user${index}.${first
      .normalize("NFD")
      .replace(/[^A-Za-z]/g, "")
      .toLowerCase()}@example.com`,
    group: pick(GROUPS, next),
    displayName: `${first} ${last}`,
    licenseType: pick(LICENSES, next),
    role: pick(ROLES, next),
  };
}

function inject(row: InviteRow, code: Mistake, earlier: InviteRow | undefined): InviteRow {
  switch (code) {
    case "invalid-email":
      return { ...row, account: row.account.replace("@example.com", "@example") };
    case "missing-account":
      return { ...row, account: "" };
    case "duplicate-account":
      return { ...row, account: (earlier ?? row).account.trim().toUpperCase() };
    case "unknown-license-type":
      return { ...row, licenseType: "Premium" };
    case "unknown-role":
      return { ...row, role: "Owner" };
    case "whitespace":
      return { ...row, account: ` ${row.account} ` };
    case "non-canonical":
      return { ...row, licenseType: "technician" };
    case "formula-like":
      return { ...row, displayName: `=HYPERLINK("x","${row.displayName}")` };
    case "control-characters":
      return { ...row, displayName: `${row.displayName}\u200b` };
  }
}

/** `count` rows, `mistakes` of them (spread evenly, kinds in rotation) with one known mistake each. */
export function sampleSheet(count: number, mistakes = 0, seed = 1): SampleSheet {
  const next = random(seed);
  const rows: InviteRow[] = [];
  const injected: SampleSheet["mistakes"] = [];
  const every = mistakes > 0 ? Math.max(1, Math.floor(count / mistakes)) : Infinity;
  for (let index = 0; index < count; index++) {
    let row = cleanRow(index, next);
    if (injected.length < mistakes && index % every === every - 1) {
      const code = itemAt(MISTAKES, injected.length % MISTAKES.length);
      const earlier = code === "duplicate-account" ? rows[Math.floor(next() * index)] : undefined;
      if (code !== "duplicate-account" || earlier?.account.includes("@example.com")) {
        row = inject(row, code, earlier);
        injected.push({ index, code });
      }
    }
    rows.push(row);
  }
  return { rows, mistakes: injected };
}
