// A file choice as a Fluent button (the native "Choose File" control ignores the theme) with the
// chosen file's name beside it. The input stays in the page, hidden, so the browser's own file
// dialog opens; the button names what it is for.
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId, useRef } from "react";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap", minWidth: 0 },
  name: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere", minWidth: 0 },
});

export function FileChooser({
  label,
  accept,
  fileName,
  disabled,
  onChoose,
}: {
  /** The button's text: "Choose CSV file…". */
  label: string;
  accept: string;
  /** The chosen file's name, or null. */
  fileName: string | null;
  disabled?: boolean;
  onChoose: (file: File | null) => void;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const nameId = useId();
  return (
    <div className={styles.root}>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          onChoose(e.currentTarget.files?.[0] ?? null);
          // The same file chosen again (after editing it) is a new choice.
          e.currentTarget.value = "";
        }}
      />
      <Button disabled={disabled} aria-describedby={nameId} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <Text id={nameId} size={200} className={styles.name}>
        {fileName ?? "No file chosen"}
      </Text>
    </div>
  );
}
