// The Node server, for code that starts one in process (tests, the bench); main.ts is the program.
export { createAppServer, type AppServer } from "./create-server";
export { relayRoutes } from "./relay-routes";
export { createSandbox } from "./sandbox/sandbox";
export { SANDBOX_DEMO_TOKEN, SANDBOX_EXPIRED_TOKEN } from "./sandbox/sandbox-state";
