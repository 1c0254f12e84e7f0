import { z } from "zod";
import { SlackConfigError } from "./SlackConfigError.ts";

export interface SlackConfig {
  mode: "socket" | "http";
  botToken: string;
  /** Required in HTTP mode; Socket Mode does not sign requests. */
  signingSecret?: string;
  appToken?: string;
  /** HTTP mode: where Slack's requests arrive. Socket Mode: where GET /healthz answers. */
  port: number;
  host: string;
  /** Where the Web API client sends its calls; always ends with `/`. */
  slackApiUrl?: string;
  /** Channel ids where the bot answers confident pastes unasked. */
  diagnoseChannels: readonly string[];
  /** Origins (scheme://host[:port]) that Slack files may be downloaded from, with the bot token. */
  fileOrigins: readonly string[];
  fileMaxBytes: number;
  /** Origins a response_url may point at: Slack's, and SLACK_API_URL's when it is set. */
  responseUrlOrigins: readonly string[];
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  developerMode: boolean;
  production: boolean;
  /** User ids allowed to run live probes (PROBE_ALLOWED_USERS); empty with no channels = nobody. */
  probeAllowedUsers: readonly string[];
  /** Channel ids where anyone may run live probes (PROBE_ALLOWED_CHANNELS). */
  probeAllowedChannels: readonly string[];
  /** Where "Escalate" posts its hand-off (ESCALATION_CHANNEL); absent = no Escalate button. */
  escalationChannel?: string;
}

const HINTS: Record<string, string> = {
  SLACK_BOT_TOKEN:
    "copy the Bot User OAuth Token (xoxb-…) from your app's OAuth & Permissions page after installing it to the workspace",
  SLACK_SIGNING_SECRET:
    "copy the Signing Secret from your app's Basic Information page (or set SLACK_APP_TOKEN to use Socket Mode instead)",
  SLACK_APP_TOKEN:
    "create an app-level token with the connections:write scope under Basic Information → App-Level Tokens (xapp-…), or unset it to use HTTP mode",
  PORT: "use a whole number from 0 to 65535, e.g. PORT=3000",
  HOST: "use an address to listen on, e.g. HOST=0.0.0.0",
  SLACK_API_URL: "use an absolute http(s) URL such as https://slack.com/api/, or unset it",
  DIAGNOSE_CHANNELS:
    "list channel ids (C… or G…, from the channel's About tab) separated by commas, e.g. DIAGNOSE_CHANNELS=C0123ABCD,C0456EFGH",
  SLACK_FILE_ORIGINS:
    "list https:// origins separated by commas, e.g. SLACK_FILE_ORIGINS=https://files.slack.com (the default); plain http:// only for loopback (a local test server), since the bot token goes with every download",
  SLACK_FILE_MAX_BYTES: "use a whole number of bytes from 1024 to 10485760, e.g. 1048576",
  LOG_LEVEL: "use one of fatal, error, warn, info, debug, trace, silent",
  SLACK_DEVELOPER_MODE:
    "use true or false; developer mode logs every request body and is refused in production",
  PROBE_ALLOWED_USERS:
    "list Slack user ids (U… or W…, from a profile's ⋮ → Copy member ID) separated by commas, e.g. PROBE_ALLOWED_USERS=U0123ABCD",
  PROBE_ALLOWED_CHANNELS:
    "list channel ids (C… or G…) separated by commas where anyone may run live probes, e.g. PROBE_ALLOWED_CHANNELS=C0123ABCD",
  ESCALATION_CHANNEL:
    "use one channel id (C… or G…, from the channel's About tab), e.g. ESCALATION_CHANNEL=C0789WXYZ, and invite the bot there",
};

const list = (value: string | undefined): string[] =>
  (value ?? "")
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .optional()
  .transform((v) => v === "true" || v === "1" || v === "yes");

const schema = z.object({
  SLACK_BOT_TOKEN: z
    .string({ error: "is missing" })
    .trim()
    .min(1, "is missing")
    .regex(/^xoxb-\S+$/, "is not a bot token (it should start with xoxb-)"),
  SLACK_SIGNING_SECRET: z.string().trim().optional(),
  SLACK_APP_TOKEN: z
    .string()
    .trim()
    .optional()
    .refine((v) => v === undefined || v === "" || /^xapp-\S+$/.test(v), "is not an app-level token (xapp-…)"),
  PORT: z
    .string()
    .trim()
    .optional()
    .refine((v) => v === undefined || v === "" || /^\d{1,5}$/.test(v), "is not a port number")
    .transform((v) => (v ? Number(v) : 3000))
    .refine((v) => v >= 0 && v <= 65535, "is out of range"),
  HOST: z.string().trim().optional(),
  SLACK_API_URL: z
    .string()
    .trim()
    .optional()
    .refine((v) => v === undefined || v === "" || /^https?:\/\/[^\s/]+/.test(v), "is not an http(s) URL"),
  DIAGNOSE_CHANNELS: z
    .string()
    .optional()
    .transform(list)
    .refine(
      (ids) => ids.every((id) => /^[CG][A-Z0-9]{2,}$/.test(id)),
      "holds something that is not a channel id",
    ),
  SLACK_FILE_ORIGINS: z
    .string()
    .optional()
    .transform(list)
    .refine(
      (origins) => origins.every((o) => /^https?:\/\/[^\s/]+$/.test(o)),
      "holds something that is not an origin",
    )
    .refine(
      (origins) =>
        origins.every(
          (o) =>
            o.startsWith("https://") ||
            /^http:\/\/(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|localhost)(?::\d+)?$/.test(o),
        ),
      "holds a plain http:// origin (the bot token would travel unencrypted)",
    ),
  SLACK_FILE_MAX_BYTES: z
    .string()
    .trim()
    .optional()
    .refine((v) => v === undefined || v === "" || /^\d+$/.test(v), "is not a number")
    .transform((v) => (v ? Number(v) : 1024 * 1024))
    .refine((v) => v >= 1024 && v <= 10 * 1024 * 1024, "is out of range"),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "is not a log level" })
    .optional(),
  SLACK_DEVELOPER_MODE: bool,
  PROBE_ALLOWED_USERS: z
    .string()
    .optional()
    .transform(list)
    .refine((ids) => ids.every((id) => /^[UW][A-Z0-9]+$/.test(id)), "holds something that is not a user id"),
  PROBE_ALLOWED_CHANNELS: z
    .string()
    .optional()
    .transform(list)
    .refine(
      (ids) => ids.every((id) => /^[CG][A-Z0-9]{2,}$/.test(id)),
      "holds something that is not a channel id",
    ),
  ESCALATION_CHANNEL: z
    .string()
    .trim()
    .optional()
    .refine((v) => v === undefined || v === "" || /^[CG][A-Z0-9]{2,}$/.test(v), "is not a channel id"),
  NODE_ENV: z.string().optional(),
});

/**
 * Reads and validates the bot's environment once. Throws a SlackConfigError that names every
 * missing or malformed variable and how to fix it; never echoes a secret value.
 */
export function readConfig(env: Record<string, string | undefined> = process.env): SlackConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = new Map<string, string>();
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "environment");
      if (problems.has(name)) continue;
      const message =
        issue.code === "invalid_value" && name === "SLACK_DEVELOPER_MODE"
          ? "is not true or false"
          : issue.message;
      problems.set(name, `${name} ${message}: ${HINTS[name] ?? "check its value"}.`);
    }
    throw new SlackConfigError([...problems.values()]);
  }
  const e = parsed.data;
  const problems: string[] = [];
  const appToken = e.SLACK_APP_TOKEN || undefined;
  const signingSecret = e.SLACK_SIGNING_SECRET || undefined;
  const production = e.NODE_ENV === "production";
  if (!appToken && !signingSecret) {
    problems.push(`SLACK_SIGNING_SECRET is missing (needed in HTTP mode): ${HINTS.SLACK_SIGNING_SECRET}.`);
  }
  if (e.SLACK_DEVELOPER_MODE && production) {
    problems.push(
      "SLACK_DEVELOPER_MODE is on while NODE_ENV=production: unset it; developer mode logs request bodies.",
    );
  }
  if (problems.length > 0) throw new SlackConfigError(problems);

  let slackApiUrl = e.SLACK_API_URL || undefined;
  if (slackApiUrl && !slackApiUrl.endsWith("/")) slackApiUrl += "/";
  return {
    mode: appToken ? "socket" : "http",
    botToken: e.SLACK_BOT_TOKEN,
    ...(signingSecret ? { signingSecret } : {}),
    ...(appToken ? { appToken } : {}),
    port: e.PORT,
    host: e.HOST || "0.0.0.0",
    ...(slackApiUrl ? { slackApiUrl } : {}),
    diagnoseChannels: e.DIAGNOSE_CHANNELS,
    fileOrigins: e.SLACK_FILE_ORIGINS.length > 0 ? e.SLACK_FILE_ORIGINS : ["https://files.slack.com"],
    fileMaxBytes: e.SLACK_FILE_MAX_BYTES,
    responseUrlOrigins: [
      "https://hooks.slack.com",
      "https://hooks.slack-gov.com",
      ...(slackApiUrl ? [new URL(slackApiUrl).origin] : []),
    ],
    logLevel: e.LOG_LEVEL ?? "info",
    developerMode: e.SLACK_DEVELOPER_MODE,
    production,
    probeAllowedUsers: e.PROBE_ALLOWED_USERS,
    probeAllowedChannels: e.PROBE_ALLOWED_CHANNELS,
    ...(e.ESCALATION_CHANNEL ? { escalationChannel: e.ESCALATION_CHANNEL } : {}),
  };
}
