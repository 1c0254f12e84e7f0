import { createHmac } from "node:crypto";

export interface SignOptions {
  secret: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  retryNum?: number;
  /** Overrides the computed signature (to test a bad one). */
  signature?: string;
}

/** Slack's v0 request signature: HMAC-SHA256 over `v0:${timestamp}:${body}` with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export async function postSigned(url: string, body: string, contentType: string, options: SignOptions) {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": contentType,
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": options.signature ?? slackSignature(options.secret, timestamp, body),
  };
  if (options.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(options.retryNum);
    headers["x-slack-retry-reason"] = "http_timeout";
  }
  return fetch(url, { method: "POST", headers, body });
}

/** An Events API callback, as JSON. */
export function postEvent(url: string, payload: Record<string, unknown>, options: SignOptions) {
  return postSigned(url, JSON.stringify(payload), "application/json", options);
}

/** A slash command, form-encoded. */
export function postCommand(url: string, fields: Record<string, string>, options: SignOptions) {
  return postSigned(
    url,
    new URLSearchParams(fields).toString(),
    "application/x-www-form-urlencoded",
    options,
  );
}

/** An interaction (shortcut, block action, view submission): `payload=<json>`, form-encoded. */
export function postInteraction(url: string, payload: Record<string, unknown>, options: SignOptions) {
  return postSigned(
    url,
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    "application/x-www-form-urlencoded",
    options,
  );
}

/** An Events API envelope around one event, as Slack posts it to the app. */
export function eventEnvelope(event: Record<string, unknown>, eventId: string) {
  return {
    token: "legacy",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: "T1", user_id: "UBOT", is_bot: true }],
    event: { event_ts: event.ts, ...event },
  };
}
