// Serves the built add-in from one folder. Only regular files inside the root are ever read:
// the request path is decoded once and rejected if it holds "..", "." or empty segments, a
// backslash or a NUL; the resolved real path (symlinks followed) must still be inside the root.
// No directory listings; dotfiles and `hidden` files answer 404.
import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { contentTypeFor } from "./content-types";
import { redirect, sendText } from "./http";
import type { RouteHandler } from "./router";

export interface StaticFilesOptions {
  /** The folder served at "/" (dist/ in the app, a fixture folder in tests). */
  readonly root: string;
  /** Root-relative, "/"-separated paths never served, e.g. the Node bundles that share dist/. */
  readonly hidden?: (relativePath: string) => boolean;
  /** Where a request for "/" is redirected. */
  readonly index?: string;
}

/** webpack's production names carry a content hash ("react.d2388f8a.js"): safe to cache forever. */
const HASHED_NAME = /\.[0-9a-f]{8,}\.[^/]+$/;

function cacheControlFor(relativePath: string): string {
  return HASHED_NAME.test(relativePath) ? "public, max-age=31536000, immutable" : "no-cache";
}

type Resolved = { kind: "file"; relativePath: string; segments: string[] } | { kind: "index" } | { kind: "bad" } | { kind: "missing" };

/** Turns the raw request target into root-relative segments, or says why it cannot be served. */
function resolveRequestPath(rawTarget: string, hidden: (relativePath: string) => boolean): Resolved {
  const rawPath = rawTarget.split("?", 1)[0] ?? "";
  if (!rawPath.startsWith("/")) return { kind: "bad" };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: "bad" };
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return { kind: "bad" };
  if (decoded === "/") return { kind: "index" };
  const segments = decoded.slice(1).split("/");
  if (segments.some((segment) => segment === ".." || segment === ".")) return { kind: "bad" };
  if (segments.some((segment) => segment === "" || segment.startsWith("."))) return { kind: "missing" };
  const relativePath = segments.join("/");
  return hidden(relativePath) ? { kind: "missing" } : { kind: "file", relativePath, segments };
}

function isInside(root: string, candidate: string): boolean {
  return candidate.startsWith(root + path.sep);
}

function isNotFound(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === "ENOENT" || code === "ENOTDIR" || code === "ELOOP";
}

function etagFor(stats: fs.Stats): string {
  return `W/"${stats.size.toString(16)}-${Math.trunc(stats.mtimeMs).toString(16)}"`;
}

async function serveFile(req: IncomingMessage, res: ServerResponse, file: string, relativePath: string, stats: fs.Stats) {
  const etag = etagFor(stats);
  res.setHeader("ETag", etag);
  res.setHeader("Last-Modified", stats.mtime.toUTCString());
  res.setHeader("Cache-Control", cacheControlFor(relativePath));
  if (req.headers["if-none-match"] === etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  res.setHeader("Content-Type", contentTypeFor(file));
  res.setHeader("Content-Length", stats.size);
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  // pipeline rejects on a read error; the router reports it and closes the connection. A client
  // that hangs up mid-file (a cancelled load, a closed pane) is not a server error.
  try {
    await pipeline(fs.createReadStream(file), res);
  } catch (error) {
    if (!clientWentAway(error, res)) throw error;
  }
}

function clientWentAway(error: unknown, res: { destroyed: boolean; writableFinished: boolean }): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return (code === "ERR_STREAM_PREMATURE_CLOSE" || code === "ECONNRESET" || code === "EPIPE") && res.destroyed && !res.writableFinished;
}

export function createStaticHandler(options: StaticFilesOptions): RouteHandler {
  // Resolved once: every served file's real path must be inside this real path.
  const root = fs.realpathSync(options.root);
  const hidden = options.hidden ?? (() => false);

  return async (req, res) => {
    const resolved = resolveRequestPath(req.url ?? "", hidden);
    if (resolved.kind === "bad") return sendText(res, 400, "Bad request");
    if (resolved.kind === "missing") return sendText(res, 404, "Not found");
    if (resolved.kind === "index") {
      return options.index ? redirect(res, options.index) : sendText(res, 404, "Not found");
    }

    const candidate = path.join(root, ...resolved.segments);
    if (!isInside(root, candidate)) return sendText(res, 400, "Bad request");
    let real: string;
    let stats: fs.Stats;
    try {
      real = await fs.promises.realpath(candidate);
      stats = await fs.promises.stat(real);
    } catch (error) {
      if (isNotFound(error)) return sendText(res, 404, "Not found");
      throw error;
    }
    // A symlink pointing out of the root, or a directory: not served, and not listed.
    if (!isInside(root, real) || !stats.isFile()) return sendText(res, 404, "Not found");
    // Hidden files are checked again by real path: case-insensitive disks and symlinks inside the root.
    if (hidden(path.relative(root, real).split(path.sep).join("/"))) return sendText(res, 404, "Not found");
    await serveFile(req, res, real, resolved.relativePath, stats);
  };
}
