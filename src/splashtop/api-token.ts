// A pasted API token, cleaned: copied from a console, a password manager or a chat it may carry
// spaces, a line break, quotes around it, or "Bearer " in front. Splashtop answers a quoted token
// with 41406 (malformed token; seen in public client code), so the quotes are peeled here instead.
import { TOKEN_SCREENS } from "./api-facts";

export type CleanedToken = { ok: true; token: string } | { ok: false; message: string };

// Spaces of every kind, BOMs, zero-width characters and quotes around a pasted value. A token is
// visible ASCII (see TOKEN), so a quote at either end was added by the paste.
const EDGE =
  /^[\s\u200b-\u200d\u2060\ufeff"'`\u201c\u201d\u2018\u2019\u00ab\u00bb]+|[\s\u200b-\u200d\u2060\ufeff"'`\u201c\u201d\u2018\u2019\u00ab\u00bb]+$/g;
// What an HTTP header value can carry as a token: visible ASCII.
const TOKEN = /^[\x21-\x7e]+$/;

/** The token without what pasting added, or why it cannot be one, in plain words. */
export function cleanToken(raw: string): CleanedToken {
  // '"abc"' from a JSON or .env file, "Bearer abc" from a header: all peeled.
  const token = raw
    .replace(EDGE, "")
    .replace(/^Bearer\s+/i, "")
    .replace(EDGE, "");
  if (token === "") return { ok: false, message: "Paste the API token first." };
  if (!TOKEN.test(token)) {
    return {
      ok: false,
      message: `The API token has a space, a line break or a character a token never has inside it: copy it again from ${TOKEN_SCREENS.console} and paste only the token.`,
    };
  }
  return { ok: true, token };
}
