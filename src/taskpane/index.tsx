// PLACEHOLDER task pane: proves the build, Office.js start-up and Fluent UI v9 end to end.
// The real pane (DESIGN.md: taskpane/) replaces this file; keep the start-up contract:
// render into #container once Office is ready, and render anyway when Office.js is absent.
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, Text, Title3, webLightTheme } from "@fluentui/react-components";

function App({ inOffice }: { inOffice: boolean }) {
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16 }}>
      <Title3 as="h1" block>Invite Sheet</Title3>
      <Text as="p" block>Build a Splashtop invite list in this workbook.</Text>
      {inOffice ? null : (
        <Text as="p" block italic>
          Opened outside Office: open Invite Sheet from Excel&apos;s Home tab to work on a workbook.
        </Text>
      )}
    </FluentProvider>
  );
}

function mount(): Root {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  return createRoot(container);
}

const root = mount();
// Office.js comes from Microsoft's CDN by a <script> tag, so it is missing offline or when the
// CDN is blocked; outside an Office host it loads but reports no host.
if (typeof Office === "undefined") {
  root.render(<App inOffice={false} />);
} else {
  Office.onReady()
    .then((info) => root.render(<App inOffice={Boolean(info.host)} />))
    .catch((error: unknown) => {
      console.error("Office.onReady failed", error);
      root.render(<App inOffice={false} />);
    });
}
