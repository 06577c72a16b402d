// The start-up message is the developer's guide to loading the add-in: URLs and sideloading steps.
import { startupBanner } from "../../src/server/banner";

const base = {
  url: "https://localhost:3000/",
  transport: "HTTPS",
  https: true,
  workbenchBuilt: false,
  manifestSource: "https://localhost:3000/taskpane.html",
};

test("prints the task pane and manifest URLs and how to sideload on desktop and on the web", () => {
  const text = startupBanner(base);
  expect(text).toContain("https://localhost:3000/taskpane.html");
  expect(text).toContain("https://localhost:3000/manifest.xml");
  expect(text).toContain("npm run start:desktop");
  expect(text).toContain("Upload My Add-in");
  expect(text).not.toContain("Note:");
});

test("names the workbench URL once it is built", () => {
  expect(startupBanner({ ...base, workbenchBuilt: true })).toContain("https://localhost:3000/workbench.html");
  expect(startupBanner(base)).toContain("Workbench:  (not built");
});

test("warns when the served manifest points somewhere else, e.g. a production build", () => {
  const text = startupBanner({ ...base, manifestSource: "https://invite-sheet.example.com/taskpane.html" });
  expect(text).toContain("Note: the served manifest opens https://invite-sheet.example.com/taskpane.html");
});

test("over HTTP it says Office will not load the add-in", () => {
  const text = startupBanner({
    ...base,
    url: "http://localhost:3000/",
    https: false,
    manifestSource: "http://localhost:3000/taskpane.html",
  });
  expect(text).toContain("Office loads add-ins only over HTTPS");
});

test("the workbench comes first, as the page to open, then the certificate lines before the sideloading steps", () => {
  const text = startupBanner({ ...base, workbenchBuilt: true, certificate: ["Certificate: its CA is trusted by X."] });
  const lines = text.split("\n");
  expect(lines[1]).toBe(
    "  Workbench:  https://localhost:3000/workbench.html   (open this in a browser: the add-in beside a simulated Excel)",
  );
  expect(text.indexOf("Certificate: its CA is trusted by X.")).toBeLessThan(text.indexOf("Load the add-in into Excel"));
});
