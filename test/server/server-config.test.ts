// The server's settings: development and production defaults, the sandbox and its control API off
// unless asked for in production (the control API off everywhere unless asked for), the public
// host taken from the built manifest, and settings that cannot work refused saying what to do.
import { ConfigError, readServerConfig, type ConfigInput } from "../../src/server/server-config";

const PUBLIC_MANIFEST = "https://invites.example.org/addin/taskpane.html";
function config(env: Record<string, string> = {}, argv: string[] = [], manifestSource?: string) {
  const input: ConfigInput = {
    env,
    argv,
    defaultStaticRoot: "/srv/dist",
    resolve: (f) => (f.startsWith("/") ? f : `/cwd/${f}`),
    ...(manifestSource ? { manifestSource } : {}),
  };
  return readServerConfig(input);
}

test("development: localhost, the sandbox on, its control API off, the local names only", () => {
  expect(config()).toEqual({
    production: false,
    port: 3000,
    host: "localhost",
    https: undefined,
    staticRoot: "/srv/dist",
    dataDir: "/cwd/data",
    sandbox: true,
    sandboxControl: false,
    publicUrl: null,
    allowedHosts: [],
  });
  expect(config({ SANDBOX_CONTROL: "1", HTTPS: "0", PORT: "0", DATA_DIR: "/tmp/d" })).toMatchObject({
    sandboxControl: true,
    https: "0",
    port: 0,
    dataDir: "/tmp/d",
  });
});

test("production: the sandbox off, HTTP behind the front end, and the public host read from the built manifest", () => {
  expect(config({}, ["--production"], PUBLIC_MANIFEST)).toEqual({
    production: true,
    port: 3000,
    host: "127.0.0.1",
    https: "0",
    staticRoot: "/srv/dist",
    dataDir: "/cwd/data",
    sandbox: false,
    sandboxControl: false,
    publicUrl: "https://invites.example.org/addin/",
    allowedHosts: ["invites.example.org"],
  });
  expect(
    config({ SANDBOX: "1", HOST: "0.0.0.0", ALLOWED_HOSTS: "addin-internal, Proxy.Local" }, ["--production"], PUBLIC_MANIFEST),
  ).toMatchObject({
    sandbox: true,
    sandboxControl: false,
    host: "0.0.0.0",
    allowedHosts: ["invites.example.org", "addin-internal", "proxy.local"],
  });
  expect(config({ HOST: "addin.internal" }, ["--production"], PUBLIC_MANIFEST).allowedHosts).toEqual([
    "invites.example.org",
    "addin.internal",
  ]);
});

test.each([
  ["no manifest in the folder served", {}, undefined, /no manifest\.xml .*ADDIN_PUBLIC_URL=https:\/\/<your add-in's host>\/ npm run build/],
  [
    "a development manifest",
    {},
    "https://localhost:3000/taskpane.html",
    /points at https:\/\/localhost:3000, not at your add-in's address/,
  ],
  [
    "the placeholder of a build without ADDIN_PUBLIC_URL",
    {},
    "https://invite-sheet.example.com/taskpane.html",
    /points at https:\/\/invite-sheet\.example\.com/,
  ],
  [
    "ADDIN_PUBLIC_URL other than the build's",
    { ADDIN_PUBLIC_URL: "https://other.example.org/" },
    PUBLIC_MANIFEST,
    /ADDIN_PUBLIC_URL is https:\/\/other\.example\.org but the manifest was built for https:\/\/invites\.example\.org/,
  ],
  ["the dev certificate asked for", { HTTPS: "1" }, PUBLIC_MANIFEST, /HTTPS=1 is for development/],
  ["the control API without the sandbox", { SANDBOX_CONTROL: "1" }, PUBLIC_MANIFEST, /SANDBOX_CONTROL=1 needs the sandbox: set SANDBOX=1/],
])("production refuses %s, saying what to do", (_what, env, manifest, message) => {
  expect(() => config(env, ["--production"], manifest)).toThrow(ConfigError);
  expect(() => config(env, ["--production"], manifest)).toThrow(message);
});

test.each([
  [{ PORT: "http" }, /PORT must be a whole number/],
  [{ SANDBOX: "yes" }, /SANDBOX must be 1 or 0, got "yes"/],
  [{ HTTPS: "2" }, /HTTPS must be 1 or 0/],
  [{ ADDIN_PUBLIC_URL: "http://invites.example.org/" }, /must start with https:\/\//],
  [{ ADDIN_PUBLIC_URL: "invites" }, /not a URL/],
])("a setting that cannot work is refused: %p", (env, message) => {
  expect(() => config(env)).toThrow(message);
});
