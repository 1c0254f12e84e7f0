import type { ProbeConfig } from "../probe/ProbeConfig.ts";
import type { StoreOptions } from "../store/openStore.ts";

/** Slack's OAuth install flow (many workspaces): on when SLACK_CLIENT_ID, _SECRET and SLACK_STATE_SECRET are set. */
export interface OAuthSettings {
  clientId: string;
  clientSecret: string;
  /** Signs the install flow's state parameter. */
  stateSecret: string;
  /** TOKEN_ENCRYPTION_KEY: encrypts bot tokens at rest (32 bytes). */
  encryptionKey: Uint8Array;
  /** TOKEN_ENCRYPTION_KEY_PREVIOUS: older keys still accepted for reading, during a rotation. */
  previousKeys: readonly Uint8Array[];
}

export interface SlackSettings {
  mode: "socket" | "http";
  /** The single workspace's bot token; optional only when OAuth installs give each workspace its own. */
  botToken?: string;
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
  /** Where "Escalate" posts its hand-off (ESCALATION_CHANNEL); absent = no Escalate button. */
  escalationChannel?: string;
  /** ADMIN_USERS: who sees team statistics and knowledge gaps in the App Home; empty = nobody. */
  adminUsers: readonly string[];
  /** Present when the OAuth install flow is on. */
  oauth?: OAuthSettings;
}

/** Who may run live probes: listed users anywhere, anyone in a listed channel; nobody when both are empty. */
export interface ProbeAccess {
  users: readonly string[];
  channels: readonly string[];
}

/**
 * Everything about live probes in one place: who may run them (`access`), where they may go
 * (`destination`: opened networks, ports, the plain-http token opt-in, DNS timeout), the host
 * allow-list, the timeouts and the audit fingerprint key.
 */
export type ProbeSettings = ProbeConfig & { access: ProbeAccess };

export interface Settings {
  slack: SlackSettings;
  probe: ProbeSettings;
  store: StoreOptions;
}

export type SettingsPart = keyof Settings;
