import { Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import { PaneHeader } from "./PaneHeader";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** Shown when the pane is opened outside Excel (or Office.js could not load). */
export function OutsideOffice({ reason }: { reason: string }) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <PaneHeader />
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Open this in Excel</MessageBarTitle>
          {reason}
        </MessageBarBody>
      </MessageBar>
      <Text as="p">
        Invite Sheet works on an Excel workbook: open it from Excel&apos;s Home tab. To try it in a browser without Excel, open the{" "}
        <Link href="workbench.html">workbench</Link>, which runs this pane beside a simulated sheet.
      </Text>
    </main>
  );
}
