// The ribbon's function file (manifest FunctionFile -> commands.html). The only button today opens
// the task pane (ShowTaskpane), which needs no code; ribbon buttons that act without the pane
// (ExecuteFunction) register their handlers here with Office.actions.associate(id, handler).
if (typeof Office === "undefined") {
  // Opened outside Office (or the CDN was unreachable): there is no ribbon to serve.
  console.warn("commands.html: Office.js is not loaded; ribbon commands are unavailable.");
} else {
  Office.onReady().catch((error: unknown) => console.error("Office.onReady failed", error));
}
