import type { Finding } from "../../src/invites";
import type { PaneActions, PaneEnvironment, PaneState } from "../../src/taskpane/pane-model";

export function paneState(patch: Partial<PaneState> = {}): PaneState {
  return {
    sheetReady: true,
    summary: { rows: 3, ready: 2, withErrors: 1, withWarnings: 1 },
    findings: [],
    busy: null,
    message: null,
    edits: 0,
    team: {},
    ...patch,
  };
}

export function fakeActions(patch: Partial<PaneActions> = {}): jest.Mocked<PaneActions> {
  return {
    setUpSheet: jest.fn(async () => undefined),
    recheck: jest.fn(async () => undefined),
    includeRowsBelow: jest.fn(async () => undefined),
    applyFix: jest.fn(async () => undefined),
    applyAllFixes: jest.fn(async () => undefined),
    undo: jest.fn(async () => undefined),
    exportCsv: jest.fn(async () => null),
    importCsv: jest.fn(async () => null),
    selectCell: jest.fn(async () => undefined),
    setTeam: jest.fn(async () => undefined),
    cancel: jest.fn(),
    dismissMessage: jest.fn(),
    ...patch,
  } as jest.Mocked<PaneActions>;
}

export function fakeEnv(canDownload = true): jest.Mocked<PaneEnvironment> {
  return { canDownload, download: jest.fn(), copyText: jest.fn(async (_text: string) => undefined) };
}

export const INVALID_EMAIL: Finding = {
  row: 4,
  column: "account",
  code: "invalid-email",
  severity: "error",
  message: '"ann@example" is missing the end of the domain.',
};
export const SPACES: Finding = {
  row: 6,
  column: "group",
  code: "whitespace",
  severity: "warning",
  message: "Spaces around the group name.",
  fix: "Sales",
};
export const SEATS: Finding = { row: 7, column: null, code: "seat-limit", severity: "error", message: "No Access seats left." };
