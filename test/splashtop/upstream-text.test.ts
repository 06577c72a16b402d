// Upstream text is made safe before it is shown or written to a cell: token-like parts hidden,
// invisible characters gone, length capped; the session's own token is taken out of whole answers.
import fc from "fast-check";
import { HIDDEN, UPSTREAM_TEXT_MAX, upstreamText, withoutSecret } from "../../src/splashtop/upstream-text";

const TOKEN_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".split("");
/** A random API token: 24-64 token characters with at least one letter and one digit. */
const token = fc
  .tuple(
    fc.array(fc.constantFrom(...TOKEN_CHARS), { minLength: 22, maxLength: 62 }),
    fc.constantFrom(..."abcXYZ".split("")),
    fc.constantFrom(..."0123456789".split("")),
  )
  .map(([chars, letter, digit]) => [letter, ...chars, digit].join(""));
/** Ordinary words and punctuation, as Splashtop's error messages are. */
const prose = fc
  .array(
    fc.constantFrom(
      "The",
      "email",
      "is",
      "already",
      "a",
      "member",
      "of",
      "team",
      "4242",
      "seat",
      "limit",
      "reached.",
      "(code",
      "40403)",
      "Group:",
      "Sales,",
      "x@y.com",
    ),
    { maxLength: 30 },
  )
  .map((words) => words.join(" "));
const contexts = [
  (t: string) => t,
  (t: string) => `Bearer ${t}`,
  (t: string) => `token=${t}`,
  (t: string) => `{"api_key": "${t}"}`,
  (t: string) => `Authorization: Bearer ${t}\r\n`,
  (t: string) => `(${t})`,
];

test("a token anywhere in a message, in any of the ways an API echoes one, never comes out", () => {
  fc.assert(
    fc.property(prose, token, prose, fc.integer({ min: 0, max: contexts.length - 1 }), (before, secret, after, how) => {
      const out = upstreamText(`${before} ${(contexts[how] as (t: string) => string)(secret)} ${after}`);
      expect(out).not.toContain(secret);
      expect(out.length).toBeLessThanOrEqual(UPSTREAM_TEXT_MAX);
    }),
  );
});

test("plain words come through as written (whitespace collapsed), capped with an ellipsis", () => {
  fc.assert(
    fc.property(prose, (text) => {
      const out = upstreamText(text);
      const expected = text.replace(/\s+/g, " ").trim();
      if (expected.length <= UPSTREAM_TEXT_MAX) expect(out).toBe(expected);
      else {
        expect(out.endsWith("…")).toBe(true);
        expect(expected.startsWith(out.slice(0, -1).trimEnd())).toBe(true);
      }
    }),
  );
  expect(upstreamText("The email is already a member of team 4242.")).toBe("The email is already a member of team 4242.");
});

test("control, invisible and bidirectional characters never reach a cell; a huge message stays cheap and short", () => {
  expect(upstreamText("Seat\u0000 limit\u202e reached\u200b.\r\n=cmd")).toBe("Seat limit reached . =cmd");
  const huge = upstreamText("word ".repeat(2_000_000));
  expect(huge.length).toBe(UPSTREAM_TEXT_MAX);
  expect(upstreamText("\ud83d\ude00".repeat(150)).length).toBeLessThanOrEqual(UPSTREAM_TEXT_MAX);
  expect(upstreamText("\ud83d\ude00".repeat(150))).not.toMatch(/[\ud800-\udbff]…$/);
  expect(upstreamText(undefined)).toBe("");
  expect(upstreamText(42)).toBe("");
});

test("a JSON web token and a long random run are hidden; short codes and addresses are not", () => {
  expect(upstreamText("bad eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc")).toBe(`bad ${HIDDEN}`);
  expect(upstreamText(`id ${"q".repeat(40)}`)).toBe(`id ${HIDDEN}`);
  expect(upstreamText("40403 for ann.lee@example.com in Support Desk")).toBe("40403 for ann.lee@example.com in Support Desk");
});

test("the session's token is taken out of every string of an answer, keys included; other values are untouched", () => {
  const secret = "S3cr3t-T0ken-value";
  fc.assert(
    fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
      const answer = { result: 40100, message: `token ${secret} expired`, data: { a, [`k-${secret}`]: [b, secret] } };
      const out = withoutSecret(answer, secret);
      expect(JSON.stringify(out)).not.toContain(secret);
      expect(out).toMatchObject({ result: 40100, message: `token ${HIDDEN} expired` });
      expect((out as { data: Record<string, unknown> }).data.a).toEqual(a);
    }),
  );
  expect(withoutSecret(JSON.parse('{"__proto__": {"polluted": true}}'), secret)).toEqual(JSON.parse('{"__proto__": {"polluted": true}}'));
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
