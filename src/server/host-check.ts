// DNS rebinding: a page on evil.example can make its own name resolve to 127.0.0.1 and then talk
// to this server as "same origin", with the Host header still saying evil.example. So requests
// are answered only when their Host names this server: the local names, and the public host an
// organisation serves the add-in under (ADDIN_PUBLIC_URL; server-config.ts). The port is not
// compared: a rebinding page cannot choose the name, and a proxy may put any port there.

/** Names every local server answers to. */
export const LOCAL_HOSTS: readonly string[] = ["localhost", "127.0.0.1", "::1"];

/** The host name of a Host header ("Example.com:3000" gives "example.com", "[::1]:3000" gives "::1"), or null. */
export function hostName(header: string | undefined): string | null {
  if (!header) return null;
  const value = header.trim().toLowerCase();
  const bracketed = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) return bracketed[1] ?? null;
  const named = /^([a-z0-9.-]+?)\.?(?::\d{1,5})?$/.exec(value);
  return named?.[1] ?? null;
}

/** A check of the Host header against `extraHosts` (names or URLs) and the local names. */
export function createHostCheck(extraHosts: readonly string[] = []): (header: string | undefined) => boolean {
  const allowed = new Set([...LOCAL_HOSTS, ...extraHosts.map(normaliseHost)]);
  return (header) => {
    const name = hostName(header);
    return name !== null && allowed.has(name);
  };
}

/** "https://Invites.Example.org/addin/" or "invites.example.org" gives "invites.example.org". */
export function normaliseHost(hostOrUrl: string): string {
  const text = hostOrUrl.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return new URL(text).hostname.replace(/^\[|\]$/g, "");
  return hostName(text) ?? text.toLowerCase();
}
