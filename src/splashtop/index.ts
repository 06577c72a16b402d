// The Splashtop client the pane uses: connect, fill the team profile, plan, submit, retry failed.
// Runs in the browser and in Node (fetch and Web Crypto only).
export { connect, type ConnectOptions, type SplashtopSession } from "./session";
export { fillProfile, type FilledProfile, type ProfileField } from "./fill-profile";
export { planSubmit, type PlanInput, type PlannedRow, type SkippedRow, type SubmitPlan } from "./submit-plan";
export { submitInvites, type RowResult, type SubmitOptions, type SubmitReport } from "./submit";
export { createClient, DEFAULT_REQUEST_TIMEOUT_MS, type ClientOptions, type SplashtopClient } from "./api-client";
export { SplashtopError, describeResultCode } from "./api-errors";
export { DEFAULT_RATE_LIMIT, type RateLimit } from "./rate-limiter";
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./backoff";
export { DEFAULT_INVITE_ADAPTER, type InviteAdapterConfig } from "./invite-adapter";
export { DEFAULT_PROFILE_ADAPTER, type ProfileAdapterConfig, type BasicInfo } from "./profile-adapter";
export { API_HOSTS, API_PREFIX, isRegion, REGION_CHOICES, regionChoice, relayBase, type Region, type RegionChoice } from "./regions";
// For the relay: the one list of calls it lets through, and its upstream timeout (under the client's).
export { matchEndpoint } from "./api-endpoints";
export { RELAY_UPSTREAM_TIMEOUT_MS } from "./timeouts";
export { describeShapeError } from "./envelope";
export { API_FACTS, TOKEN_SCREENS, UNVERIFIED_NOTE, type ApiFact, type FactStatus } from "./api-facts";
export { cleanToken, type CleanedToken } from "./api-token";
export { checkUserScope, type ScopeCheck } from "./token-scope";
export { upstreamText, UPSTREAM_TEXT_MAX } from "./upstream-text";
export { systemClock, type Clock } from "./clock";
