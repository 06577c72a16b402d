// Lazy-loaded with the Splashtop client: connect, fill the team profile, review, send, progress
// with Cancel, results, Retry failed. State and actions come from the submit store (props only).
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
  ProgressBar,
  Select,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { ProfileField, Region, SubmitPreview, SubmitProgress, SubmitResult, SubmitStore } from "../submit/submit-model";
import { focusLost } from "./MessageSlot";

/** Splashtop's page about its Open API (the reference PDF is given to Enterprise teams). */
export const OPEN_API_ARTICLE = "https://support-splashtopbusiness.splashtop.com/hc/en-us/articles/16772899906459";
export const SANDBOX_TOKEN_HINT = "sandbox-demo-token";

const REGION_NAMES: Record<Region, string> = { sandbox: "Sandbox", global: "Global", eu: "EU" };

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

function Preview({ preview, onSend, onBack }: { preview: SubmitPreview; onSend: () => void; onBack: () => void }) {
  const styles = useStyles();
  const self = useRef<HTMLElement>(null);
  useFocusWhenLost(self, preview);
  const { send, byLicense, skipped, alreadyInvited } = preview;
  const licenses = [byLicense.access ? `${byLicense.access.toLocaleString()} Access` : "", byLicense.support ? `${byLicense.support.toLocaleString()} Support` : ""].filter(Boolean).join(", ");
  return (
    <section ref={self} tabIndex={-1} aria-label="What will be sent" className={mergeClasses(styles.root, styles.focusable)}>
      <Text weight="semibold">
        {send ? `${count(send, "invite")} will be sent${licenses ? ` (${licenses})` : ""}.` : preview.scope === "failed" ? "No failed rows to send again." : "No rows to send."}
      </Text>
      {skipped.length ? (
        <>
          <Text>{count(skipped.length, "row")} will be skipped (Status will say why):</Text>
          <ul className={styles.list}>
            {skipped.slice(0, 8).map((s) => (
              <li key={s.rowNumber}><Caption1>Row {s.rowNumber}{s.account ? ` (${s.account})` : ""}: {s.reason}</Caption1></li>
            ))}
            {skipped.length > 8 ? <li><Caption1>and {count(skipped.length - 8, "more row")}</Caption1></li> : null}
          </ul>
        </>
      ) : null}
      {alreadyInvited ? <Text>{count(alreadyInvited, "row")} already invited: left alone.</Text> : null}
      {send ? (
        <div className={styles.row}>
          <Button appearance="primary" onClick={onSend}>Send {count(send, "invite")}</Button>
          <Button onClick={onBack}>Back</Button>
        </div>
      ) : (
        // Nothing can be sent: going back is the main way on; writing the reasons is an extra.
        <div className={styles.row}>
          <Button appearance="primary" onClick={onBack}>Back</Button>
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
    <div className={styles.root}>
      <Field label="Sending invites" hint={`${done.toLocaleString()} of ${total.toLocaleString()} rows: ${invited.toLocaleString()} invited, ${failed.toLocaleString()} failed, ${skipped.toLocaleString()} skipped`} validationState="none">
        <ProgressBar value={total ? done / total : undefined} thickness="large" />
      </Field>
      <div className={styles.row}>
        <Button disabled={progress.cancelling} onClick={onCancel}>{progress.cancelling ? "Stopping after this batch…" : "Cancel"}</Button>
      </div>
    </div>
  );
}

function resultText(r: SubmitResult): string {
  const parts = [`Invited ${r.invited.toLocaleString()}.`];
  if (r.failed) parts.push(`Failed ${r.failed.toLocaleString()}${r.unconfirmed ? ` (${r.unconfirmed.toLocaleString()} without an answer: Submit again checks them first)` : ""}.`);
  if (r.skipped) parts.push(`Skipped ${r.skipped.toLocaleString()}.`);
  if (r.alreadyInvited) parts.push(`${r.alreadyInvited.toLocaleString()} already invited before.`);
  if (r.outcome === "cancelled") parts.push(`Cancelled: ${count(r.notSent, "row")} not sent; Submit again to send them.`);
  if (r.outcome === "stopped") parts.push(`Stopped: ${r.stopReason ?? "Splashtop refused the request"}${r.notSent ? ` ${count(r.notSent, "row")} not sent.` : ""}`);
  return parts.join(" ");
}

/** The Submit to Splashtop section. `sheetReady`: whether there is an invite sheet to send from. */
export function SubmitSection({ store, sheetReady }: { store: SubmitStore; sheetReady: boolean }) {
  const styles = useStyles();
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const { actions } = store;
  const [region, setRegion] = useState<Region>("sandbox");
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

  const onConnect = async () => {
    const value = token;
    await actions.connect(region, value);
    if (store.getState().phase === "connected") setToken("");
  };

  return (
    <div className={styles.root}>
      <Caption1 className={styles.note}>
        The invite call follows the Splashtop Open API&apos;s published conventions; check it against your team&apos;s own API
        document before real use. <Link href={OPEN_API_ARTICLE} target="_blank" rel="noreferrer">About the Open API</Link>
      </Caption1>
      {state.error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.error}</MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss Splashtop error" onClick={actions.dismissError}>✕</Button>} />
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
          <Field label="Region" className={styles.field}>
            <Select className={styles.control} value={region} onChange={(_e, d) => setRegion(d.value as Region)}>
              <option value="sandbox">Sandbox (try it without an account)</option>
              <option value="global">Global</option>
              <option value="eu">EU</option>
            </Select>
          </Field>
          <Field
            className={styles.field}
            label="API token"
            hint={region === "sandbox" ? `Demo token: ${SANDBOX_TOKEN_HINT}` : "Owners and Super Admins create one in the web console (Management > Settings > API). Kept in memory only, until you disconnect or close the pane."}
          >
            <Input ref={tokenField} className={styles.control} type="password" autoComplete="off" spellCheck={false} value={token} onChange={(_e, d) => setToken(d.value)} />
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" type="submit" disabled={state.phase === "connecting" || token.trim() === ""}>Connect</Button>
            {state.phase === "connecting" ? (
              <>
                <Spinner size="tiny" label="Connecting…" />
                <Button onClick={actions.cancelConnect}>Cancel</Button>
              </>
            ) : null}
          </div>
        </form>
      ) : (
        <>
          <div className={styles.row}>
            <Text ref={connected} tabIndex={-1} className={mergeClasses(styles.connection, styles.focusable)}>
              Connected to {REGION_NAMES[connection.region]} as <strong>{connection.email}</strong>: team {connection.teamId}
              {connection.role ? `, role ${connection.role}` : ""}.
            </Text>
            <Button size="small" disabled={progress !== null} onClick={actions.disconnect}>Disconnect</Button>
          </div>
          <div className={styles.row}>
            <Button disabled={!idle} onClick={() => void actions.fillProfile()}>Read the team from Splashtop again</Button>
          </div>
          {state.filled ? (
            <div className={styles.root} aria-label="Team profile from Splashtop">
              <Caption1>
                {state.filled.fromApi.length ? `From Splashtop: ${listFields(state.filled.fromApi)}. The sheet is checked against them; change them under Team profile if needed.` : "Splashtop gave none of the team profile; enter it under Team profile."}
              </Caption1>
              {state.filled.notes.map((note) => <Caption1 key={note} className={styles.note}>{note}</Caption1>)}
            </div>
          ) : null}
          {working ? <Spinner size="tiny" label={working} /> : null}
          {!preview && !progress ? (
            <div className={styles.row}>
              <Button ref={submitButton} appearance="primary" disabled={!idle || !sheetReady} onClick={() => void actions.preview("all")}>Submit invites…</Button>
              <Button disabled={!idle || !sheetReady} onClick={() => void actions.preview("failed")}>Retry failed…</Button>
            </div>
          ) : null}
          {preview ? <Preview preview={preview} onSend={() => void actions.confirm()} onBack={actions.discardPreview} /> : null}
          {progress ? <Progress progress={progress} onCancel={actions.cancel} /> : null}
          {result ? (
            <MessageBar ref={resultBar} tabIndex={-1} intent={result.failed || result.outcome !== "done" ? "warning" : "success"} layout="multiline">
              <MessageBarBody>{resultText(result)}</MessageBarBody>
            </MessageBar>
          ) : null}
        </>
      )}
    </div>
  );
}
