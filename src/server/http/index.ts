// HTTP helpers every handler of the server shares (the static files, the relay, the sandbox):
// answers in plain text or JSON, the Open API's envelope, and a request body read under a cap.
export { redirect, sendJson, sendText } from "./respond";
export { replyError, replyOk } from "./envelope-reply";
export { BodyTooLarge, readBody } from "./read-body";
