// The two timeouts of one API call, and their relation, in one place. The pane's client gives up
// on a request after CLIENT_REQUEST_TIMEOUT_MS; the relay gives up on Splashtop (and cancels the
// upstream call) RELAY_TIMEOUT_MARGIN_MS sooner. So the relay's 504 reaches the client while it
// still listens, and no upstream call the relay made is still running when the client, having
// seen no answer, checks the team and sends again: a late apply cannot race the re-send. A client
// that goes away earlier (cancel, a shorter timeout, a closed pane) closes its connection, and
// the relay cancels the upstream call then too (relay-forward.ts).

export const CLIENT_REQUEST_TIMEOUT_MS = 30_000;

const RELAY_TIMEOUT_MARGIN_MS = 5_000;

export const RELAY_UPSTREAM_TIMEOUT_MS = CLIENT_REQUEST_TIMEOUT_MS - RELAY_TIMEOUT_MARGIN_MS;
