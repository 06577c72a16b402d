// What the submit controller needs from the rest of the pane: the workbook (rows, Status
// results, a re-check first) and the team profile. The pane controller provides it, so the
// submit chunk never reaches Excel by itself.
import type { TeamProfile } from "../../invites";
import type { SubmitRecord } from "../../invites";
import type { LeaseOutcome, SheetSnapshot } from "../../workbook";

export interface SubmitHost {
  /** The add-in server's origin, whose relay reaches Splashtop. */
  serverOrigin: string;
  team(): TeamProfile;
  /** Saves a team profile and re-checks the sheet against it. */
  setTeam(profile: TeamProfile): Promise<void>;
  /** Re-checks every row (dropdown picks on the web are not reported) and returns what it read. */
  snapshot(): Promise<SheetSnapshot>;
  /** Keeps results in the workbook and shows each on its person's row; returns those whose row is gone. */
  recordResults(records: readonly SubmitRecord[]): Promise<{ notFound: SubmitRecord[] }>;
  /** The workbook's one-sender lease. */
  lease: {
    acquire(owner: string, label: string): Promise<LeaseOutcome>;
    renew(owner: string, label: string): Promise<boolean>;
    release(owner: string): Promise<void>;
  };
}
