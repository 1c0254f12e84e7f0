import { CLIENT_IDS, CLIENT_NAMES, type ClientId } from "../../vocabulary/clients.ts";
import { PROBE_FIELD, VIEW } from "./actionIds.ts";
import type { PlainTextOption, View } from "./slackTypes.ts";

/**
 * Where the probe's result goes, carried from the button or command to the submission. Never the
 * token: that is read from the submitted view's state and handed straight to the probe.
 */
export interface ProbeModalMetadata {
  user: string;
  channel?: string;
  /** The diagnosis thread: the checklist is posted there. */
  threadTs?: string;
  /** A slash command's or an ephemeral reply's response_url: the result goes there, privately. */
  responseUrl?: string;
}

/**
 * The metadata back from a submitted modal, or only the submitter when it does not parse or holds
 * something unexpected (the result then goes to their DM): a broken or foreign private_metadata is
 * never an exception and never a destination of its own.
 */
export function readProbeModalMetadata(raw: string | undefined, user: string): ProbeModalMetadata {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw ?? "");
  } catch {
    return { user };
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return { user };
  const o = parsed as Record<string, unknown>;
  const str = (v: unknown, pattern: RegExp): string | undefined =>
    typeof v === "string" && pattern.test(v) ? v : undefined;
  const channel = str(o.channel, /^[CGD][A-Z0-9]{2,}$/);
  const threadTs = str(o.threadTs, /^\d{1,12}\.\d{1,8}$/);
  const responseUrl = str(o.responseUrl, /^https?:\/\/\S{1,2000}$/);
  // The submitter is who counts, whatever the metadata says.
  return {
    user,
    ...(channel ? { channel } : {}),
    ...(channel && threadTs ? { threadTs } : {}),
    ...(responseUrl ? { responseUrl } : {}),
  };
}

export interface ProbePrefill {
  url?: string;
  tenant?: string;
  client?: ClientId;
}

const clientOption = (client: ClientId): PlainTextOption => ({
  text: { type: "plain_text", text: CLIENT_NAMES[client] },
  value: client,
});

const plain = (text: string) => ({ type: "plain_text" as const, text });

export function probeModal(metadata: ProbeModalMetadata, prefill: ProbePrefill = {}): View {
  return {
    type: "modal",
    callback_id: VIEW.probe,
    private_metadata: JSON.stringify(metadata),
    title: plain("Live probe"),
    submit: plain("Probe"),
    close: plain("Cancel"),
    blocks: [
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: "I'll check your endpoint layer by layer (URL, DNS, TCP, TLS, write, read, OTLP, token) and name the first layer that fails.",
        },
      },
      {
        type: "input",
        block_id: PROBE_FIELD.url,
        label: plain("Endpoint URL"),
        hint: plain("The base URL, or the exact URL your client is configured with."),
        element: {
          type: "plain_text_input",
          action_id: PROBE_FIELD.url,
          max_length: 2000,
          placeholder: plain("https://euw1-01.m.xscalerlabs.com/api/v1/push"),
          ...(prefill.url ? { initial_value: prefill.url } : {}),
        },
      },
      {
        type: "input",
        block_id: PROBE_FIELD.tenant,
        optional: true,
        label: plain("Tenant id (X-Scope-OrgID)"),
        hint: plain("Leave empty to probe without the header, as a client missing it would."),
        element: {
          type: "plain_text_input",
          action_id: PROBE_FIELD.tenant,
          max_length: 200,
          ...(prefill.tenant ? { initial_value: prefill.tenant } : {}),
        },
      },
      {
        type: "input",
        block_id: PROBE_FIELD.token,
        optional: true,
        label: plain("Token"),
        hint: plain(
          "Used for this probe's requests only: never stored, logged or shown. Prefer a short-lived token.",
        ),
        element: { type: "plain_text_input", action_id: PROBE_FIELD.token, max_length: 4000 },
      },
      {
        type: "input",
        block_id: PROBE_FIELD.client,
        optional: true,
        label: plain("Client"),
        element: {
          type: "static_select",
          action_id: PROBE_FIELD.client,
          placeholder: plain("Which client sends the data?"),
          options: CLIENT_IDS.map(clientOption),
          ...(prefill.client ? { initial_option: clientOption(prefill.client) } : {}),
        },
      },
    ],
  };
}

/** A modal that only says something (a refusal, a note). */
export function noticeModal(title: string, text: string): View {
  return {
    type: "modal",
    callback_id: VIEW.notice,
    title: plain(title),
    close: plain("Close"),
    blocks: [{ type: "section", text: { type: "mrkdwn", text } }],
  };
}
