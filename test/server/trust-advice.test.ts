// What `npm start` says about the development certificate: trusted and by what, or for the
// platform it runs on why not and what to do, including serving over HTTP instead.
import { parseCaTrust, trustAdvice, type TrustAdviceInput } from "../../src/server/trust-advice";

const base: TrustAdviceInput = {
  platform: "linux",
  url: "https://localhost:3000/",
  caFile: "/home/ann/.office-addin-dev-certs/ca.crt",
  trust: undefined,
};
const text = (input: Partial<TrustAdviceInput>) => trustAdvice({ ...base, ...input }).join("\n");

test("a trusted CA is one line naming what trusts it", () => {
  const lines = trustAdvice({
    ...base,
    trust: { state: "trusted", where: "Chromium and Chrome (NSS database /home/ann/.local/share/pki/nssdb)" },
  });
  expect(lines).toEqual([
    "Certificate: its CA is trusted by Chromium and Chrome (NSS database /home/ann/.local/share/pki/nssdb). A browser that was already open may need a restart.",
  ]);
});

test("on Linux without certutil: why, the package to install, the exact certutil command for the database npm start found, and HTTPS=0", () => {
  const out = text({ trust: { state: "untrusted", reason: "certutil is not installed", nssDb: "/home/ann/.pki/nssdb" } });
  expect(out).toContain("browsers will refuse https://localhost:3000/ until they trust its CA (certutil is not installed)");
  expect(out).toContain("NSS database, not the system store");
  expect(out).toContain("sudo apt-get install libnss3-tools");
  expect(out).toContain(
    'certutil -d sql:/home/ann/.pki/nssdb -A -t C,, -n "Developer CA for Microsoft Office Add-ins" -i /home/ann/.office-addin-dev-certs/ca.crt',
  );
  expect(out).toContain("HTTPS=0 npm start, then open http://localhost:3000/workbench.html");
});

test("a server started by hand says the trust was not checked, and names Chromium's default database", () => {
  const out = text({});
  expect(out).toContain("not checked: the server was started without npm start");
  expect(out).toContain("certutil -d sql:$HOME/.local/share/pki/nssdb");
});

test("macOS and Windows get their own store, and Windows its own way to set HTTPS=0", () => {
  const mac = text({ platform: "darwin", trust: { state: "untrusted", reason: "the keychain prompt was dismissed" } });
  expect(mac).toContain("login keychain");
  expect(mac).toContain("npx office-addin-dev-certs install");
  expect(mac).not.toContain("certutil");
  expect(mac).toContain("HTTPS=0 npm start");
  const windows = text({ platform: "win32", url: "https://localhost:8443/" });
  expect(windows).toContain("certificate store");
  expect(windows).toContain('$env:HTTPS="0"; npm start');
  expect(windows).toContain("http://localhost:8443/workbench.html");
  expect(windows).not.toContain("libnss3-tools");
});

test("INVITE_SHEET_CA_TRUST is read with its schema; anything else is refused with a reason", () => {
  expect(parseCaTrust(undefined)).toBeUndefined();
  expect(parseCaTrust('{"state":"trusted","where":"x"}')).toEqual({ state: "trusted", where: "x" });
  expect(() => parseCaTrust("{oops")).toThrow("INVITE_SHEET_CA_TRUST is not JSON");
  expect(() => parseCaTrust('{"state":"maybe"}')).toThrow("INVITE_SHEET_CA_TRUST is not what npm start writes");
});
