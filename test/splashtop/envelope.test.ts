// Answers are parsed with zod: an unexpected shape is an error naming the field; error codes are
// plain words.
import { z } from "zod";
import { describeResultCode, SplashtopError } from "../../src/splashtop/api-errors";
import { parseEnvelope } from "../../src/splashtop/envelope";
import { InviteAnswerSchema } from "../../src/splashtop/invite-adapter";

test("a success envelope gives its data", () => {
  expect(parseEnvelope({ result: 20200, data: { users: [] } }, InviteAnswerSchema, "the invite call")).toEqual({ users: [] });
});

test("an unexpected shape names the field", () => {
  const bad = { result: 20200, data: { users: [{ email: 5, result: 20200 }] } };
  expect(() => parseEnvelope(bad, InviteAnswerSchema, "the invite call")).toThrow(/the invite call .*data\.users\.0\.email/);
  expect(() => parseEnvelope({ data: {} }, z.unknown(), "basic_info")).toThrow(/answer\.result/);
  expect(() => parseEnvelope(undefined, z.unknown(), "basic_info")).toThrow(SplashtopError);
});

test("token codes say what to do, and are marked as token problems", () => {
  for (const code of [40100, 40101, 40300]) {
    let caught: unknown;
    try {
      parseEnvelope({ result: code }, z.unknown(), "basic_info");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SplashtopError);
    expect((caught as SplashtopError).detail).toMatchObject({ code, tokenProblem: true });
    expect((caught as SplashtopError).message).toMatch(/token/);
  }
});

test("known codes in plain words; unknown ones keep Splashtop's message and the code", () => {
  expect(describeResultCode(40403)).toMatch(/only the Owner and Super Admins/);
  expect(describeResultCode(40422)).toMatch(/too long/);
  expect(describeResultCode(40999, "Quota reached.")).toBe("Quota reached. (Splashtop code 40999)");
});

test("40404 and 41406 in plain words; a malformed token (41406) stops everything like an expired one", () => {
  expect(describeResultCode(40404)).toMatch(/not available to the token's team.*another team or region/);
  expect(describeResultCode(41406)).toMatch(/malformed.*quotes.*paste only the token/);
  let caught: unknown;
  try {
    parseEnvelope({ result: 41406, message: "invalid token format" }, z.unknown(), "basic_info");
  } catch (error) {
    caught = error;
  }
  expect((caught as SplashtopError).detail).toMatchObject({ code: 41406, tokenProblem: true });
  expect((caught as SplashtopError).message).toMatch(/\(Splashtop says: invalid token format\)$/);
});
