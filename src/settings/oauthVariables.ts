import { z } from "zod";
import { parseEncryptionKey } from "./parseEncryptionKey.ts";
import type { OAuthSettings } from "./Settings.ts";
import type { Env, Parsed, Problem } from "./variable.ts";
import { items, matching, text, variable } from "./variable.ts";

const key = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined) return undefined;
    const parsed = parseEncryptionKey(value);
    if (parsed instanceof Uint8Array) return parsed;
    ctx.addIssue({ code: "custom", message: parsed.problem });
    return z.NEVER;
  });

const previousKeys = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const keys: Uint8Array[] = [];
    items(value).forEach((k, i) => {
      const parsed = parseEncryptionKey(k);
      if (parsed instanceof Uint8Array) keys.push(parsed);
      else ctx.addIssue({ code: "custom", message: `has a key (number ${i + 1}) that ${parsed.problem}` });
    });
    return keys;
  });

const KEY_FIX =
  "make one with `openssl rand -hex 32` (64 hex characters) or `openssl rand -base64 32`, and keep it: tokens stored under it cannot be read without it";

/** The OAuth install flow's variables: all three of the app's credentials, or none. */
export const oauthVariables = {
  SLACK_CLIENT_ID: variable({
    schema: matching(/^\d+\.\d+$/, "is not a client id (digits.digits)"),
    needed: "OAuth",
    meaning:
      "with `SLACK_CLIENT_SECRET` and `SLACK_STATE_SECRET`: the bot serves Slack's install flow (`/slack/install`) and can live in many workspaces",
    fix: "copy the Client ID from your app's Basic Information → App Credentials, e.g. 1234567890.1234567890",
  }),
  SLACK_CLIENT_SECRET: variable({
    schema: text(),
    needed: "OAuth",
    meaning: "the app's Client Secret (Basic Information → App Credentials)",
    fix: "copy the Client Secret from your app's Basic Information → App Credentials",
  }),
  SLACK_STATE_SECRET: variable({
    schema: matching(/^.{16,}$/, "is shorter than 16 characters"),
    needed: "OAuth",
    meaning: "signs the install flow's `state` parameter; any random string of 16 characters or more",
    fix: "set a random string of at least 16 characters, e.g. the output of `openssl rand -hex 16`",
  }),
  TOKEN_ENCRYPTION_KEY: variable({
    schema: key,
    needed: "OAuth",
    meaning:
      "32 bytes, as 64 hex characters or base64: encrypts the installed workspaces' bot tokens in the store",
    fix: KEY_FIX,
  }),
  TOKEN_ENCRYPTION_KEY_PREVIOUS: variable({
    schema: previousKeys,
    needed: "optional",
    meaning:
      "older `TOKEN_ENCRYPTION_KEY`s, comma-separated, still accepted for reading while tokens are re-encrypted under the new one (key rotation)",
    fix: "list the older keys, each 64 hex characters or base64 of 32 bytes, separated by commas",
  }),
};

const CREDENTIALS = ["SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET"] as const;

/** Whether the environment turns OAuth on: all three credentials set (half a set is a problem, see oauthProblems). */
export function oauthOn(raw: Env): boolean {
  return CREDENTIALS.every((name) => raw[name] !== undefined);
}

/** All three credentials or none; the encryption key whenever OAuth is on; previous keys only beside a key. */
export function oauthProblems(raw: Env): Problem[] {
  const set = CREDENTIALS.filter((name) => raw[name] !== undefined);
  const problems: Problem[] = [];
  if (set.length > 0 && set.length < CREDENTIALS.length) {
    for (const name of CREDENTIALS.filter((n) => raw[n] === undefined)) {
      problems.push({
        variable: name,
        problem: `is missing (${set.join(" and ")} ${set.length === 1 ? "is" : "are"} set; OAuth needs all three)`,
        fix: `${oauthVariables[name].fix}, or unset ${set.join(" and ")} to stay in one workspace`,
      });
    }
  }
  if (set.length === CREDENTIALS.length && raw.TOKEN_ENCRYPTION_KEY === undefined) {
    problems.push({
      variable: "TOKEN_ENCRYPTION_KEY",
      problem: "is missing (OAuth is on, and installed workspaces' tokens are kept encrypted)",
      fix: KEY_FIX,
    });
  }
  if (raw.TOKEN_ENCRYPTION_KEY_PREVIOUS !== undefined && raw.TOKEN_ENCRYPTION_KEY === undefined) {
    problems.push({
      variable: "TOKEN_ENCRYPTION_KEY_PREVIOUS",
      problem: "is set without TOKEN_ENCRYPTION_KEY",
      fix: "set TOKEN_ENCRYPTION_KEY to the current key and keep only older keys here",
    });
  }
  return problems;
}

/** The OAuth settings, when the (already checked) environment turns OAuth on. */
export function buildOAuth(raw: Env, data: Parsed<typeof oauthVariables>): OAuthSettings | undefined {
  if (!oauthOn(raw) || !data.SLACK_CLIENT_ID || !data.SLACK_CLIENT_SECRET || !data.SLACK_STATE_SECRET)
    return undefined;
  if (!data.TOKEN_ENCRYPTION_KEY) return undefined;
  return {
    clientId: data.SLACK_CLIENT_ID,
    clientSecret: data.SLACK_CLIENT_SECRET,
    stateSecret: data.SLACK_STATE_SECRET,
    encryptionKey: data.TOKEN_ENCRYPTION_KEY,
    previousKeys: data.TOKEN_ENCRYPTION_KEY_PREVIOUS,
  };
}
