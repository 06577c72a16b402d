// What the submit controller needs from the rest of the pane: the workbook (rows, Status
// results, a re-check first) and the team profile. The pane controller provides it, so the
// submit chunk never reaches Excel by itself.
import type { TeamProfile } from "../../invites";
import type { SheetSnapshot, StatusResult } from "../../workbook";

export interface SubmitHost {
  /** The add-in server's origin, whose relay reaches Splashtop. */
  serverOrigin: string;
  team(): TeamProfile;
  /** Saves a team profile and re-checks the sheet against it. */
  setTeam(profile: TeamProfile): Promise<void>;
  /** Re-checks every row (dropdown picks on the web are not reported) and returns what it read. */
  snapshot(): Promise<SheetSnapshot>;
  writeStatuses(results: readonly StatusResult[]): Promise<void>;
}
