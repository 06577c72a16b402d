// Lazy-loaded with the Splashtop client: connect, fill the team profile, review, send, progress
// with Cancel, results, Retry failed, Download failed rows. State and actions come from the submit
// store (props only).
import {
  Button,
  Caption1,
  Field,
  Input,
  Link,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { isRegion, REGION_CHOICES, regionChoice, TOKEN_SCREENS, UNVERIFIED_NOTE, type RegionChoice } from "../../splashtop";
import { outsideReason } from "../outside-rows";
import type { PaneEnvironment } from "../pane-model";
import type {
  FailedRowsFile,
  ProfileField,
  Region,
  SkippedPreview,
  SubmitPreview,
  SubmitProgress,
  SubmitResult,
  SubmitStore,
  UnplacedResult,
} from "../submit/submit-model";
import { focusLost } from "./MessageSlot";
import { OutsideRowsBar } from "./OutsideRowsBar";

/** Splashtop's page about its Open API (the reference PDF is given to Enterprise teams). */
const OPEN_API_ARTICLE = "https://support-splashtopbusiness.splashtop.com/hc/en-us/articles/16772899906459";
const SANDBOX_TOKEN_HINT = "sandbox-demo-token";

const REGION_NAMES: Record<Region, string> = { sandbox: "Sandbox", global: "Global", eu: "EU" };

/** A region without an API says so in its name: "OC (CSV only)". */
const regionOptionText = (choice: RegionChoice) => (choice.api ? choice.label : `${choice.label} (CSV only)`);

/** Rows below the invite list (Submit waits for them) and the pane's way to include them. */
export interface OutsideRows {
  rowNumbers: readonly number[];
  busy: boolean;
  onInclude: () => void;
}

const FIELD_NAMES: Record<ProfileField, string> = {
  inviterRole: "your role",
  licenses: "licenses and seats left",
  userGroupsSupported: "whether the plan has user groups",
  maxGroups: "the group limit",
  userGroups: "user groups",
  computerGroups: "computer groups",
  existingMembers: "existing members",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center", minWidth: 0 },
  // Fields shrink with the pane (a Select is otherwise as wide as its longest option).
  field: { minWidth: 0 },
  control: { minWidth: 0, maxWidth: "100%" },
  connection: { overflowWrap: "anywhere", minWidth: 0 },
  focusable: { ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" } },
  note: { color: tokens.colorNeutralForeground3 },
  wrap: { overflowWrap: "anywhere", minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

function listFields(fields: readonly ProfileField[]): string {
  const names = [...new Set(fields)].map((f) => FIELD_NAMES[f]);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** Focuses `ref` when `key` changes to something, if the action that caused it left focus nowhere useful. */
function useFocusWhenLost(ref: { current: HTMLElement | null }, key: unknown): void {
  useEffect(() => {
    if (key && focusLost()) ref.current?.focus();
  }, [key, ref]);
}

/** Rows with why, the first few of them: "Row 3 (bo@example): not a valid address." */
function RowReasons({ rows }: { rows: readonly SkippedPreview[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {rows.slice(0, 8).map((s) => (
        <li key={s.rowNumber}>
          <Caption1 className={styles.wrap}>
            Row {s.rowNumber}
            {s.account ? ` (${s.account})` : ""}: {s.reason}
          </Caption1>
        </li>
      ))}
      {rows.length > 8 ? (
        <li>
          <Caption1>and {count(rows.length - 8, "more row")}</Caption1>
        </li>
      ) : null}
    </ul>
  );
}

function Preview({
  preview,
  notice,
  onSend,
  onBack,
}: {
  preview: SubmitPreview;
  notice: string | null;
  onSend: () => void;
  onBack: () => void;
}) {
  const styles = useStyles();
  const self = useRef<HTMLElement>(null);
  useFocusWhenLost(self, preview);
  const { send, byLicense, skipped, leftOut, alreadyInvited } = preview;
  const licenses = [
    byLicense.access ? `${byLicense.access.toLocaleString()} Access` : "",
    byLicense.support ? `${byLicense.support.toLocaleString()} Support` : "",
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <section ref={self} tabIndex={-1} aria-label="What will be sent" className={mergeClasses(styles.root, styles.focusable)}>
      {notice ? (
        <MessageBar intent="warning" layout="multiline" politeness="polite">
          <MessageBarBody className={styles.wrap}>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Text weight="semibold">
        {send
          ? `${count(send, "invite")} will be sent${licenses ? ` (${licenses})` : ""}.`
          : preview.scope === "failed"
            ? "No failed rows to send again."
            : "No rows to send."}
      </Text>
      {skipped.length ? (
        <>
          <Text>{count(skipped.length, "row")} will be skipped (Status will say why):</Text>
          <RowReasons rows={skipped} />
        </>
      ) : null}
      {leftOut.length ? (
        <>
          <Text>{count(leftOut.length, "failed row")} will not be sent again:</Text>
          <RowReasons rows={leftOut} />
        </>
      ) : null}
      {alreadyInvited ? <Text>{count(alreadyInvited, "row")} already invited: left alone.</Text> : null}
      {preview.scopeNote ? <Caption1 className={mergeClasses(styles.note, styles.wrap)}>{preview.scopeNote}</Caption1> : null}
      {send ? (
        <div className={styles.row}>
          <Button appearance="primary" onClick={onSend}>
            Send {count(send, "invite")}
          </Button>
          <Button onClick={onBack}>Back</Button>
        </div>
      ) : (
        // Nothing can be sent: going back is the main way on; writing the reasons is an extra.
        <div className={styles.row}>
          <Button appearance="primary" onClick={onBack}>
            Back
          </Button>
          {skipped.length ? <Button onClick={onSend}>Write why in Status ({count(skipped.length, "skipped row")})</Button> : null}
        </div>
      )}
    </section>
  );
}

function Progress({ progress, onCancel }: { progress: SubmitProgress; onCancel: () => void }) {
  const styles = useStyles();
  const { done, total, invited, failed, skipped } = progress;
  return (
    <section className={styles.root} aria-label="Submit running">
      <Field
        label="Sending invites to Splashtop…"
        hint={`${done.toLocaleString()} of ${total.toLocaleString()} rows: ${invited.toLocaleString()} invited, ${failed.toLocaleString()} failed, ${skipped.toLocaleString()} skipped`}
        validationState="none"
      >
        <ProgressBar value={total ? done / total : undefined} thickness="large" />
      </Field>
      {/* Results are written by person (src/workbook/results): edits, sorts and moves meanwhile are safe. */}
      <Caption1 className={mergeClasses(styles.note, styles.wrap)}>
        You can keep working in the sheet: each result goes to its person&apos;s row, wherever a sort or an edit moves it.
      </Caption1>
      <div className={styles.row}>
        <Button disabled={progress.cancelling} onClick={onCancel}>
          {progress.cancelling ? "Stopping after this batch…" : "Cancel"}
        </Button>
      </div>
    </section>
  );
}

/** Results whose person is in no row of the list any more: kept here with their address, so none is lost. */
function Unplaced({ results }: { results: readonly UnplacedResult[] }) {
  const styles = useStyles();
  if (results.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" politeness="polite">
      <MessageBarBody className={styles.wrap}>
        <MessageBarTitle>
          {results.length === 1 ? "1 result has no row in the list" : `${results.length.toLocaleString()} results have no row in the list`}
        </MessageBarTitle>
        Their rows were deleted, moved out of the list, or their address changed while the invites were sent:
        <ul className={styles.list}>
          {results.map((r, i) => (
            <li key={`${r.account}:${i}`}>
              {r.account}: {r.text}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Download failed rows: the rows that did not go in, with a Reason column, to fix and import again. */
function FailedRows({ file, env }: { file: FailedRowsFile; env: PaneEnvironment }) {
  const styles = useStyles();
  const [copied, setCopied] = useState<{ ok: boolean; text: string } | null>(null);
  const them = file.rows === 1 ? "it" : "them";
  const copy = async () => {
    try {
      await env.copyText(file.text.replace(/^\ufeff/, ""));
      setCopied({ ok: true, text: "Copied. Paste it into a text file saved as .csv." });
    } catch (error) {
      setCopied({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <section className={styles.root} aria-label="Failed rows">
      {file.rows ? (
        <>
          <div className={styles.row}>
            {env.canDownload ? (
              <Button onClick={() => env.download(file.fileName, file.text)}>Download failed rows</Button>
            ) : (
              <Button onClick={() => void copy()}>Copy failed rows</Button>
            )}
          </div>
          <Caption1 className={styles.wrap}>
            {count(file.rows, "row")} that did not go in, as in the sheet, with a Reason column
            {env.canDownload ? ` (${file.fileName})` : ""}. Fix {them} there or in the sheet; Import rows from a CSV file reads the file
            back (it ignores Reason).
          </Caption1>
        </>
      ) : null}
      {file.unconfirmed ? (
        <Caption1 className={styles.wrap}>
          {file.unconfirmed === 1 ? "1 row got" : `${file.unconfirmed.toLocaleString()} rows got`} no answer from Splashtop and{" "}
          {file.unconfirmed === 1 ? "is" : "are"} not in the file: Submit again checks {file.unconfirmed === 1 ? "it" : "them"} first.
        </Caption1>
      ) : null}
      {copied ? (
        <MessageBar intent={copied.ok ? "info" : "warning"} layout="multiline">
          <MessageBarBody className={styles.wrap}>{copied.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}

function resultText(r: SubmitResult): string {
  const parts = [`Invited ${r.invited.toLocaleString()}.`];
  if (r.failed)
    parts.push(
      `Failed ${r.failed.toLocaleString()}${r.unconfirmed ? ` (${r.unconfirmed.toLocaleString()} without an answer: Submit again checks them first)` : ""}.`,
    );
  if (r.skipped) parts.push(`Skipped ${r.skipped.toLocaleString()}.`);
  if (r.alreadyInvited) parts.push(`${r.alreadyInvited.toLocaleString()} already invited before.`);
  if (r.outcome === "cancelled") parts.push(`Cancelled: ${count(r.notSent, "row")} not sent; Submit again to send them.`);
  if (r.outcome === "stopped")
    parts.push(`Stopped: ${r.stopReason ?? "Splashtop refused the request"}${r.notSent ? ` ${count(r.notSent, "row")} not sent.` : ""}`);
  return parts.join(" ");
}

const NONE: readonly number[] = [];

/** "Submit waits: rows 6, 8 are below the list" no longer holds once those rows are included or cleared: it goes. */
function useOutsideWaitEnds(store: SubmitStore, rowNumbers: readonly number[]): void {
  const before = useRef(rowNumbers);
  useEffect(() => {
    const was = before.current;
    before.current = rowNumbers;
    if (was.length > 0 && was.join(",") !== rowNumbers.join(",") && store.getState().error === outsideReason(was, "Submit"))
      store.actions.dismissError();
  }, [store, rowNumbers]);
}

/** Where the token is asked for: the demo token in the sandbox; for a real team, both names of the screen that makes one. */
function tokenHint(region: Region): string {
  if (region === "sandbox") return `Demo token: ${SANDBOX_TOKEN_HINT}`;
  return `${TOKEN_SCREENS.text} Kept in memory only, until you disconnect or close the pane.`;
}

/**
 * The Submit to Splashtop section. `sheetReady`: whether there is an invite sheet to send from;
 * `env`: files and clipboard (Download failed rows); `outside`: rows below the list (Submit waits).
 */
export function SubmitSection({
  store,
  sheetReady,
  env,
  outside,
}: {
  store: SubmitStore;
  sheetReady: boolean;
  env: PaneEnvironment;
  outside?: OutsideRows | undefined;
}) {
  const styles = useStyles();
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const { actions } = store;
  const [region, setRegion] = useState<RegionChoice["id"]>("sandbox");
  const choice = regionChoice(region);
  // The token lives in this input until Connect hands it to the session; it is then cleared here.
  const [token, setToken] = useState("");
  const { connection, working, preview, progress, result } = state;
  const idle = !working && !progress;
  // Where focus goes when what it was on goes away: the connection after Connect, the token
  // field after Disconnect, Submit invites… after Back, the result after a send.
  const connected = useRef<HTMLElement>(null);
  const tokenField = useRef<HTMLInputElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const resultBar = useRef<HTMLDivElement>(null);
  useFocusWhenLost(connected, connection);
  useFocusWhenLost(tokenField, state.phase === "disconnected" && !connection ? "disconnected" : null);
  useFocusWhenLost(submitButton, connection && !preview && !progress && idle ? "ready" : null);
  useFocusWhenLost(resultBar, result);
  useOutsideWaitEnds(store, outside?.rowNumbers ?? NONE);

  const onConnect = async () => {
    // OC has no public API host: there is no Connect for it (REGION_CHOICES).
    if (!isRegion(region) || !choice?.api) return;
    const value = token;
    await actions.connect(region, value);
    if (store.getState().phase === "connected") setToken("");
  };

  return (
    <div className={styles.root}>
      {state.error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={styles.wrap}>{state.error}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label="Dismiss Splashtop error" onClick={actions.dismissError}>
                ✕
              </Button>
            }
          />
        </MessageBar>
      ) : null}

      {!connection ? (
        <form
          className={styles.root}
          onSubmit={(e) => {
            e.preventDefault();
            void onConnect();
          }}
        >
          <Caption1 className={styles.note}>
            The invite call follows the Splashtop Open API&apos;s published conventions; check it against your team&apos;s own API document
            before real use.{" "}
            <Link href={OPEN_API_ARTICLE} target="_blank" rel="noreferrer">
              About the Open API
            </Link>
          </Caption1>
          <Field label="Region" className={styles.field} hint={choice?.note}>
            <Select className={styles.control} value={region} onChange={(_e, d) => setRegion(d.value as RegionChoice["id"])}>
              {REGION_CHOICES.map((c) => (
                <option key={c.id} value={c.id}>
                  {regionOptionText(c)}
                </option>
              ))}
            </Select>
          </Field>
          {isRegion(region) && choice?.api ? (
            <>
              <Field className={styles.field} label="API token" hint={tokenHint(region)}>
                <Input
                  ref={tokenField}
                  className={styles.control}
                  type="password"
                  autoComplete="off"
                  spellCheck={false}
                  value={token}
                  onChange={(_e, d) => setToken(d.value)}
                />
              </Field>
              <div className={styles.row}>
                <Button appearance="primary" type="submit" disabled={state.phase === "connecting" || token.trim() === ""}>
                  Connect
                </Button>
                {state.phase === "connecting" ? (
                  <>
                    <Spinner size="tiny" label="Connecting…" />
                    <Button onClick={actions.cancelConnect}>Cancel</Button>
                  </>
                ) : null}
              </div>
            </>
          ) : null}
        </form>
      ) : (
        <>
          <div className={styles.row}>
            <Text ref={connected} tabIndex={-1} className={mergeClasses(styles.connection, styles.focusable)}>
              Connected to {REGION_NAMES[connection.region]} as <strong>{connection.email}</strong>: team {connection.teamId}
              {connection.role ? `, role ${connection.role}` : ""}.
            </Text>
            <Button size="small" disabled={progress !== null} onClick={actions.disconnect}>
              Disconnect
            </Button>
          </div>
          <div className={styles.row}>
            <Button disabled={!idle} onClick={() => void actions.fillProfile()}>
              Read the team from Splashtop again
            </Button>
          </div>
          {state.filled ? (
            <div className={styles.root} aria-label="Team profile from Splashtop">
              <Caption1 className={styles.wrap}>
                {state.filled.fromApi.length
                  ? `From Splashtop: ${listFields(state.filled.fromApi)}. The sheet is checked against them; change them under Team profile if needed.`
                  : "Splashtop gave none of the team profile; enter it under Team profile."}
              </Caption1>
              {state.filled.notes.map((note) => (
                <Caption1 key={note} className={mergeClasses(styles.note, styles.wrap)}>
                  {note}
                </Caption1>
              ))}
            </div>
          ) : null}
          {working ? <Spinner size="tiny" label={working} /> : null}
          {!preview && !progress ? (
            <>
              {outside ? <OutsideRowsBar rowNumbers={outside.rowNumbers} busy={outside.busy} onInclude={outside.onInclude} /> : null}
              {/* What is not verified about the call Submit makes, right where it is made. */}
              <Caption1 className={mergeClasses(styles.note, styles.wrap)}>
                {UNVERIFIED_NOTE}{" "}
                <Link href={OPEN_API_ARTICLE} target="_blank" rel="noreferrer">
                  About the Open API
                </Link>
              </Caption1>
              <div className={styles.row}>
                <Button ref={submitButton} appearance="primary" disabled={!idle || !sheetReady} onClick={() => void actions.preview("all")}>
                  Submit invites…
                </Button>
                <Button disabled={!idle || !sheetReady} onClick={() => void actions.preview("failed")}>
                  Retry failed…
                </Button>
              </div>
            </>
          ) : null}
          {preview ? (
            <Preview preview={preview} notice={state.notice} onSend={() => void actions.confirm()} onBack={actions.discardPreview} />
          ) : null}
          {progress ? <Progress progress={progress} onCancel={actions.cancel} /> : null}
          {result ? (
            <MessageBar
              ref={resultBar}
              tabIndex={-1}
              intent={result.failed || result.outcome !== "done" ? "warning" : "success"}
              layout="multiline"
            >
              <MessageBarBody className={styles.wrap}>{resultText(result)}</MessageBarBody>
            </MessageBar>
          ) : null}
          <Unplaced results={state.unplaced} />
          {state.failedRows && !progress ? <FailedRows file={state.failedRows} env={env} /> : null}
        </>
      )}
    </div>
  );
}
