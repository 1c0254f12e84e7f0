import { z } from "zod";
import { buildOAuth, oauthOn, oauthProblems, oauthVariables } from "./oauthVariables.ts";
import type { SlackSettings } from "./Settings.ts";
import {
  CHANNEL_ID,
  definePart,
  type Env,
  flag,
  list,
  matching,
  type Problem,
  text,
  USER_ID,
  variable,
  wholeNumber,
} from "./variable.ts";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
const LOOPBACK_ORIGIN = /^http:\/\/(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|localhost)(?::\d+)?$/;

const SIGNING_SECRET_FIX =
  "copy the Signing Secret from your app's Basic Information page (or set SLACK_APP_TOKEN to use Socket Mode instead)";
const BOT_TOKEN_FIX =
  "copy the Bot User OAuth Token (xoxb-…) from your app's OAuth & Permissions page after installing it to the workspace";

export const slackVariables = {
  SLACK_BOT_TOKEN: variable({
    schema: matching(/^xoxb-\S+$/, "is not a bot token (it should start with xoxb-)"),
    needed: "one workspace",
    meaning:
      "Bot User OAuth Token, `xoxb-…`; not needed when the OAuth variables are set (each workspace then has its own)",
    fix: BOT_TOKEN_FIX,
  }),
  SLACK_APP_TOKEN: variable({
    schema: matching(/^xapp-\S+$/, "is not an app-level token (xapp-…)"),
    needed: "Socket Mode",
    meaning: "app-level token `xapp-…`; when set, the bot uses Socket Mode",
    fix: "create an app-level token with the connections:write scope under Basic Information → App-Level Tokens (xapp-…), or unset it to use HTTP mode",
  }),
  SLACK_SIGNING_SECRET: variable({
    schema: text(),
    needed: "HTTP mode",
    meaning: "verifies the requests arriving at `POST /slack/events`",
    fix: SIGNING_SECRET_FIX,
  }),
  PORT: variable({
    schema: wholeNumber(0, 65535, 3000, "a port number"),
    needed: "optional (3000)",
    meaning: "HTTP mode: where Slack's requests arrive; both modes: `GET /healthz`, `/readyz`, `/metrics`",
    fix: "use a whole number from 0 to 65535, e.g. PORT=3000",
  }),
  HOST: variable({
    schema: text(),
    needed: "optional (0.0.0.0)",
    meaning: "the address `PORT` listens on",
    fix: "use an address to listen on, e.g. HOST=0.0.0.0",
  }),
  DIAGNOSE_CHANNELS: variable({
    schema: list((id) => CHANNEL_ID.test(id), "a channel id"),
    needed: "optional",
    meaning: "channel ids where the bot answers confident error pastes unasked (off everywhere else)",
    fix: "list channel ids (C… or G…, from the channel's About tab) separated by commas, e.g. DIAGNOSE_CHANNELS=C0123ABCD,C0456EFGH",
  }),
  ESCALATION_CHANNEL: variable({
    schema: matching(CHANNEL_ID, "is not a channel id"),
    needed: "optional",
    meaning: "channel id for escalation hand-offs; unset = no Escalate button",
    fix: "use one channel id (C… or G…, from the channel's About tab), e.g. ESCALATION_CHANNEL=C0789WXYZ, and invite the bot there",
  }),
  ADMIN_USERS: variable({
    schema: list((id) => USER_ID.test(id), "a user id"),
    needed: "optional",
    meaning: "user ids who see team statistics and knowledge gaps in the App Home; unset = nobody",
    fix: "list Slack user ids (U… or W…, from a profile's ⋮ → Copy member ID) separated by commas, e.g. ADMIN_USERS=U0123ABCD",
  }),
  ...oauthVariables,
  SLACK_API_URL: variable({
    schema: matching(/^https?:\/\/[^\s/]+/, "is not an http(s) URL"),
    needed: "optional",
    meaning: "send Web API calls elsewhere (a gateway, a test server)",
    fix: "use an absolute http(s) URL such as https://slack.com/api/, or unset it",
  }),
  SLACK_FILE_ORIGINS: variable({
    schema: list((o) => /^https?:\/\/[^\s/]+$/.test(o), "an origin (scheme://host[:port])").refine(
      (origins) => origins.every((o) => o.startsWith("https://") || LOOPBACK_ORIGIN.test(o)),
      "holds a plain http:// origin (the bot token would travel unencrypted)",
    ),
    needed: "optional (`https://files.slack.com`)",
    meaning:
      "where shared snippets may be downloaded from with the bot token; `https://` only (plain `http://` just for loopback)",
    fix: "list https:// origins separated by commas, e.g. SLACK_FILE_ORIGINS=https://files.slack.com (the default); plain http:// only for loopback (a local test server), since the bot token goes with every download",
  }),
  SLACK_FILE_MAX_BYTES: variable({
    schema: wholeNumber(1024, 10 * 1024 * 1024, 1024 * 1024, "a number of bytes"),
    needed: "optional (1 MiB)",
    meaning: "the largest snippet or file the bot downloads",
    fix: "use a whole number of bytes from 1024 to 10485760, e.g. 1048576",
  }),
  LOG_LEVEL: variable({
    schema: z.enum(LOG_LEVELS, { error: "is not a log level" }).optional(),
    needed: "optional (`info`)",
    meaning: "`fatal` … `trace`, `silent`",
    fix: "use one of fatal, error, warn, info, debug, trace, silent",
  }),
  SLACK_DEVELOPER_MODE: variable({
    schema: flag(),
    needed: "optional",
    meaning: "Bolt's developer mode (logs request bodies); refused with `NODE_ENV=production`",
    fix: "use 1 or 0; developer mode logs every request body and is refused in production",
  }),
  NODE_ENV: variable({
    schema: text(),
    needed: "optional",
    meaning: "`production` refuses `SLACK_DEVELOPER_MODE`",
    fix: "use production, or unset it",
  }),
};

/**
 * The rules between the Slack variables: a token unless OAuth, a signing secret in HTTP mode, OAuth
 * only in HTTP mode, no developer mode in production.
 */
function check(raw: Env): Problem[] {
  const problems: Problem[] = [];
  if (raw.SLACK_BOT_TOKEN === undefined && !oauthOn(raw)) {
    problems.push({
      variable: "SLACK_BOT_TOKEN",
      problem: "is missing",
      fix: `${BOT_TOKEN_FIX} (or set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET to install it in many workspaces)`,
    });
  }
  if (raw.SLACK_APP_TOKEN === undefined && raw.SLACK_SIGNING_SECRET === undefined) {
    problems.push({
      variable: "SLACK_SIGNING_SECRET",
      problem: "is missing (needed in HTTP mode)",
      fix: SIGNING_SECRET_FIX,
    });
  }
  // Slack's redirect after consent needs a public URL the bot serves, which Socket Mode exists to avoid.
  if (raw.SLACK_APP_TOKEN !== undefined && oauthOn(raw)) {
    problems.push({
      variable: "SLACK_APP_TOKEN",
      problem:
        "is set with SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (installs in many workspaces need HTTP mode)",
      fix: "unset SLACK_APP_TOKEN to serve the install flow over HTTP, or unset the three OAuth variables to run in one workspace over Socket Mode",
    });
  }
  if (flag().safeParse(raw.SLACK_DEVELOPER_MODE).data === true && raw.NODE_ENV === "production") {
    problems.push({
      variable: "SLACK_DEVELOPER_MODE",
      problem: "is on while NODE_ENV=production",
      fix: "unset it; developer mode logs request bodies",
    });
  }
  return [...problems, ...oauthProblems(raw)];
}

export const slackPart = definePart({
  variables: slackVariables,
  check,
  build(e, raw): SlackSettings {
    let slackApiUrl = e.SLACK_API_URL;
    if (slackApiUrl && !slackApiUrl.endsWith("/")) slackApiUrl += "/";
    const oauth = buildOAuth(raw, e);
    return {
      mode: e.SLACK_APP_TOKEN ? "socket" : "http",
      ...(e.SLACK_BOT_TOKEN ? { botToken: e.SLACK_BOT_TOKEN } : {}),
      ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
      ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
      port: e.PORT,
      host: e.HOST ?? "0.0.0.0",
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
      production: e.NODE_ENV === "production",
      ...(e.ESCALATION_CHANNEL ? { escalationChannel: e.ESCALATION_CHANNEL } : {}),
      adminUsers: e.ADMIN_USERS,
      ...(oauth ? { oauth } : {}),
    };
  },
});
