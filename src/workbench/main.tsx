// The workbench page (dist/workbench.html): no Office.js; the pane runs on the simulator.
import { createRoot } from "react-dom/client";
import { Workbench } from "./Workbench";

const container = document.getElementById("container");
if (!container) throw new Error("workbench.html has no #container element");
createRoot(container).render(<Workbench />);
