// The workbench page is main.tsx; bench/workbench.ts runs its simulator-only round in Node too.
export { simulatorRound } from "./bench-lab";
