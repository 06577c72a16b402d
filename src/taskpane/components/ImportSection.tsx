// Lazy-loaded (rarely used): Import CSV with append or replace.
import { Button, Field, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ImportMode, PaneActions } from "../pane-model";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
});

export function ImportSection({ busy, actions }: { busy: boolean; actions: Pick<PaneActions, "importCsv"> }) {
  const styles = useStyles();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>("append");
  return (
    <div className={styles.root}>
      <Field label="CSV file" hint="Any header names in any order; UTF-8, UTF-16 or Windows-1252; comma, semicolon or tab.">
        <input type="file" accept=".csv,.txt,text/csv,text/plain" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
      </Field>
      <Field label="Rows from the file">
        <RadioGroup value={mode} onChange={(_e, data) => setMode(data.value as ImportMode)}>
          <Radio value="append" label="Add after the rows already in the sheet" />
          <Radio value="replace" label="Replace the rows in the sheet" />
        </RadioGroup>
      </Field>
      <Button disabled={busy || !file} onClick={() => file && void actions.importCsv(file, mode)}>Import CSV</Button>
    </div>
  );
}
