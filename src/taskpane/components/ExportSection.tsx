import { Button, Checkbox, makeStyles, MessageBar, MessageBarBody, Subtitle2, Textarea, tokens } from "@fluentui/react-components";
import { memo, useState, type ReactNode } from "react";
import { AFTER_CSV_EXPORT, describeRows, ENTERPRISE_LICENSE_WARNING } from "../../invites";
import type { ExportOutcome, PaneActions, PaneEnvironment } from "../pane-model";
import { ConsoleNoteBar } from "./ConsoleNoteBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  csv: { fontFamily: tokens.fontFamilyMonospace },
});

type Done = Extract<ExportOutcome, { ok: true }>;

function exportedText(outcome: Done, downloaded: boolean): string {
  const rows = `${outcome.rowCount.toLocaleString()} ${outcome.rowCount === 1 ? "row" : "rows"}`;
  const where = downloaded
    ? `Saved ${rows} as ${outcome.fileName}.`
    : `${rows} ready. This host cannot save files from the pane: use Copy CSV and paste into a file.`;
  const skipped = outcome.skippedRows.length ? ` Left out ${describeRows(outcome.skippedRows)} (errors).` : "";
  return where + skipped;
}

/** An export's result and the sheet it was about: it goes when the sheet changes. */
interface Shown {
  outcome: ExportOutcome;
  /** The person's edit count when it was made: a saved file (and Copy CSV) no longer matches after an edit. */
  edits: number;
}

/** Rows as a key: "3,6". */
export const rowsKey = (rows: Iterable<number>): string => [...new Set(rows)].sort((a, b) => a - b).join(",");

/**
 * The outcome while it still describes the sheet: "Export is blocked: rows ..." until those rows
 * change (Fix all, an edit), "Export waits: rows below the list" until they are included or
 * cleared, anything else until the next edit.
 */
function current(shown: Shown | null, edits: number, errorRows: string, outsideRows: string): ExportOutcome | null {
  if (!shown) return null;
  const { outcome } = shown;
  if (!outcome.ok && outcome.rowsOutside?.length) return rowsKey(outcome.rowsOutside) === outsideRows ? outcome : null;
  if (!outcome.ok && outcome.rowsWithErrors.length > 0) return rowsKey(outcome.rowsWithErrors) === errorRows ? outcome : null;
  return shown.edits === edits ? outcome : null;
}

/**
 * Export CSV: blocked with the reason while errors remain, or skipping the invalid rows on
 * request. The outcome shows beside the button until the sheet changes; `message` is the
 * pane's message slot for problems (a failed read).
 */
export const ExportSection = memo(function ExportSection({
  busy,
  actions,
  env,
  edits,
  errorRows,
  outsideRows,
  message,
}: {
  busy: boolean;
  actions: Pick<PaneActions, "exportCsv">;
  env: PaneEnvironment;
  /** PaneState.edits. */
  edits: number;
  /** The rows with errors now, as a key ("3,6"). */
  errorRows: string;
  /** The rows below the list that hold data now, as a key. */
  outsideRows: string;
  message?: ReactNode;
}) {
  const styles = useStyles();
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);
  const [copy, setCopy] = useState<{ ok: boolean; text: string } | null>(null);
  const outcome = current(shown, edits, errorRows, outsideRows);

  const onExport = async () => {
    setCopy(null);
    setShown(null);
    const result = await actions.exportCsv({ skipInvalid });
    setShown(result ? { outcome: result, edits } : null);
    if (result?.ok && env.canDownload) env.download(result.fileName, result.csv);
  };
  const onCopy = async (csv: string) => {
    try {
      await env.copyText(csv);
      setCopy({ ok: true, text: "Copied. Paste it into a text file saved as .csv." });
    } catch (error) {
      setCopy({ ok: false, text: `${error instanceof Error ? error.message : String(error)} Select the text below and press Ctrl+C.` });
    }
  };

  return (
    <section className={styles.root} aria-label="Export">
      <Subtitle2 as="h2">Export</Subtitle2>
      <Checkbox
        checked={skipInvalid}
        onChange={(_e, data) => setSkipInvalid(data.checked === true)}
        label="Skip invalid rows (leave rows with errors out of the file)"
      />
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => void onExport()}>
          Export CSV
        </Button>
        {outcome?.ok ? (
          <Button disabled={busy} onClick={() => void onCopy(outcome.csv)}>
            Copy CSV
          </Button>
        ) : null}
      </div>
      {message}
      {outcome && !outcome.ok ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{outcome.reason}</MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome?.ok ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{exportedText(outcome, env.canDownload)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {copy && outcome?.ok ? (
        <MessageBar intent={copy.ok ? "info" : "warning"} layout="multiline">
          <MessageBarBody>{copy.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {copy && !copy.ok && outcome?.ok ? (
        <Textarea className={styles.csv} aria-label="CSV text" readOnly value={outcome.csv} resize="vertical" />
      ) : null}
      {/* The file is half the job: what the console does with it next, in Splashtop's words. */}
      {outcome?.ok ? <ConsoleNoteBar note={AFTER_CSV_EXPORT} intent="info" /> : null}
      {outcome?.ok && outcome.licenseNote ? <ConsoleNoteBar note={ENTERPRISE_LICENSE_WARNING} intent="warning" /> : null}
    </section>
  );
});
