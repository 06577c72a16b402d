// Lazy-loaded (rarely used): Import CSV with append or replace. Replacing the sheet's rows asks
// first; either way the result (with Undo) appears right below the Import button.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  tokens,
} from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { ImportMode, PaneActions } from "../pane-model";
import { FileChooser } from "./FileChooser";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "stretch", minWidth: 0 },
  button: { alignSelf: "flex-start" },
});

const rowsText = (n: number) => `${n.toLocaleString()} ${n === 1 ? "row" : "rows"}`;

export function ImportSection({
  busy,
  rows,
  actions,
  message,
}: {
  busy: boolean;
  /** Rows in the sheet now (what Replace would replace). */
  rows: number;
  actions: Pick<PaneActions, "importCsv">;
  message?: ReactNode;
}) {
  const styles = useStyles();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>("append");
  const [confirming, setConfirming] = useState(false);
  const start = () => {
    if (!file) return;
    if (mode === "replace" && rows > 0) setConfirming(true);
    else void actions.importCsv(file, mode);
  };
  return (
    <div className={styles.root}>
      <Field label="CSV file" hint="Any header names in any order; UTF-8, UTF-16 or Windows-1252; comma, semicolon or tab.">
        <FileChooser
          label="Choose CSV file…"
          accept=".csv,.txt,text/csv,text/plain"
          fileName={file?.name ?? null}
          disabled={busy}
          onChoose={setFile}
        />
      </Field>
      <Field label="Rows from the file">
        <RadioGroup value={mode} onChange={(_e, data) => setMode(data.value as ImportMode)}>
          <Radio value="append" label="Add after the rows already in the sheet" />
          <Radio value="replace" label="Replace the rows in the sheet" />
        </RadioGroup>
      </Field>
      <Button className={styles.button} disabled={busy || !file} onClick={start}>
        Import CSV
      </Button>
      {message}
      <Dialog modalType="alert" open={confirming} onOpenChange={(_e, data) => setConfirming(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Replace {rowsText(rows)}?</DialogTitle>
            <DialogContent>
              The {rowsText(rows)} in the sheet, with their Status, will be replaced by the rows of {file?.name ?? "the file"}. Undo puts
              them back, as long as nobody changes those rows first.
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  if (file) void actions.importCsv(file, "replace");
                }}
              >
                Replace rows
              </Button>
              <Button onClick={() => setConfirming(false)}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
