import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { parseClipboard } from "./grid/cell-view";
import type { SimHost } from "./sim-host";

const useStyles = makeStyles({
  root: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", padding: "6px 8px" },
  field: { flexGrow: 1 },
});

/** For browsers without clipboard access: tab-separated rows pasted at the active cell. */
export function PasteRows({ host, onDone }: { host: SimHost; onDone: (message: string) => void }) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const paste = () => {
    const rows = parseClipboard(text);
    const wb = host.sim.model;
    const sheet = wb.activeSheet;
    const { r0, c0 } = wb.selection.sheet === sheet ? wb.selection.rect : { r0: 0, c0: 0 };
    const at = host.paste(sheet, r0, c0, rows);
    if (at === null) return;
    setText("");
    onDone(`Pasted ${rows.length} ${rows.length === 1 ? "row" : "rows"} at ${at}.`);
  };
  return (
    <div className={styles.root}>
      <Field
        className={styles.field}
        label="Paste rows"
        hint="Cells separated by tabs, rows by new lines (as Excel copies them). Pasted at the active cell; paste skips data validation, as in Excel."
      >
        <Textarea value={text} onChange={(_e, d) => setText(d.value)} rows={3} resize="vertical" />
      </Field>
      <Button disabled={text.trim() === ""} onClick={paste}>
        Paste at active cell
      </Button>
    </div>
  );
}
