// Every Open API answer is `{result, data}` (result 20200 = success). Answers are parsed with zod;
// an unexpected shape becomes an error naming the field, never a crash further on.
import { z } from "zod";
import { describeResultCode, SplashtopError, SUCCESS, TOKEN_CODES } from "./api-errors";
import { upstreamText } from "./upstream-text";

export const EnvelopeSchema = z.object({
  result: z.number().int(),
  data: z.unknown().optional(),
  message: z.string().optional(),
});

/**
 * "data.users.3.email: expected string" for the first problem zod found. The path may hold keys
 * of the answer, so it is upstream text (made safe).
 */
export function describeShapeError(error: z.ZodError, root: string): string {
  const issue = error.issues[0];
  if (!issue) return `${root}: unexpected shape`;
  const { path, message } = deepestIssue(issue);
  const field = [root, ...path.map(String)].join(".");
  return upstreamText(`${field}: ${message}`);
}

type Issue = z.core.$ZodIssue;

/**
 * For an answer that fits none of a union's shapes, the problem in the shape it came closest to
 * (the longest path), so the message names a field rather than "Invalid input".
 */
function deepestIssue(issue: Issue): { path: PropertyKey[]; message: string } {
  if (issue.code !== "invalid_union" || issue.errors.length === 0) return { path: issue.path, message: issue.message };
  let best: { path: PropertyKey[]; message: string } | null = null;
  for (const branch of issue.errors) {
    const first = branch[0];
    if (!first) continue;
    const inner = deepestIssue(first);
    if (!best || inner.path.length > best.path.length) best = inner;
  }
  return best ? { path: [...issue.path, ...best.path], message: best.message } : { path: issue.path, message: issue.message };
}

function unexpectedShape(what: string, error: z.ZodError, root: string): SplashtopError {
  return new SplashtopError(
    `Splashtop's answer to ${what} was not in the expected form (${describeShapeError(error, root)}). The API may have changed: whoever runs the add-in's server can compare it with your team's Splashtop Open API document.`,
  );
}

/** Parses a successful envelope's data with `schema`; throws SplashtopError otherwise. */
export function parseEnvelope<T>(body: unknown, schema: z.ZodType<T>, what: string): T {
  const envelope = EnvelopeSchema.safeParse(body);
  if (!envelope.success) throw unexpectedShape(what, envelope.error, "answer");
  if (envelope.data.result !== SUCCESS) {
    const code = envelope.data.result;
    throw new SplashtopError(describeResultCode(code, envelope.data.message), { code, tokenProblem: TOKEN_CODES.has(code) });
  }
  const data = schema.safeParse(envelope.data.data);
  if (!data.success) throw unexpectedShape(what, data.error, "data");
  return data.data;
}
