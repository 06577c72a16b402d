// A pasted token is cleaned of what pasting adds before it is sent; a token that cannot be one is
// refused in plain words before anything is sent.
import fc from "fast-check";
import { cleanToken } from "../../src/splashtop/api-token";
import { connect, SplashtopError } from "../../src/splashtop";
import { BASIC_INFO, startScriptedServer } from "./scripted-server";

const visibleAscii = fc
  .string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 80 })
  .filter((t) => !/^["'`]|["'`]$/.test(t) && !/^bearer/i.test(t));
const padding = fc
  .array(fc.constantFrom(" ", "\t", "\r\n", "\n", "\u00a0", "\ufeff", "\u200b", '"', "'", "\u201c", "\u201d", "`"), { maxLength: 4 })
  .map((p) => p.join(""));

test("spaces, line breaks, BOMs and quotes around a token, and a 'Bearer ' in front, are peeled; the token itself is kept", () => {
  fc.assert(
    fc.property(visibleAscii, padding, padding, fc.boolean(), (token, before, after, bearer) => {
      expect(cleanToken(`${before}${bearer ? "Bearer " : ""}${token}${after}`)).toEqual({ ok: true, token });
    }),
  );
  expect(cleanToken('  "abc.DEF-123="\r\n')).toEqual({ ok: true, token: "abc.DEF-123=" });
  expect(cleanToken("'\"abc123\"'")).toEqual({ ok: true, token: "abc123" });
});

test("an empty paste, or a token with a space or a line break inside, is refused saying what to do", () => {
  expect(cleanToken(' "" ')).toEqual({ ok: false, message: "Paste the API token first." });
  for (const raw of ["abc def", "abc\ndef", "abc\u00e9def", "abc\u200bdef"]) {
    expect(cleanToken(raw)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/inside it: copy it again from Management > Settings > API/),
    });
  }
});

test("connect sends the cleaned token, and refuses a broken one without sending anything", async () => {
  const server = await startScriptedServer(() => ({ status: 200, body: BASIC_INFO }));
  try {
    const session = await connect({ serverOrigin: server.origin, region: "global", token: " \u201cmy-token-123\u201d\n" });
    expect(session.teamId).toBe("7");
    expect(server.received[0]?.headers.authorization).toBe("Bearer my-token-123");
    await expect(connect({ serverOrigin: server.origin, region: "global", token: "my token" })).rejects.toMatchObject({
      detail: { tokenProblem: true },
    });
    await expect(connect({ serverOrigin: server.origin, region: "global", token: "  " })).rejects.toBeInstanceOf(SplashtopError);
    expect(server.received).toHaveLength(1);
  } finally {
    await server.close();
  }
});
