import { readSettings } from "../../src/settings/readSettings.ts";
import type { ProbeSettings, SlackSettings } from "../../src/settings/Settings.ts";
import type { StoreOptions } from "../../src/store/openStore.ts";

type Env = Record<string, string | undefined>;

/** The Slack app's settings from a test's environment, through the one reader. */
export const slackSettings = (env: Env): SlackSettings => readSettings(env, ["slack"]).slack;

/** The probe's settings (who may probe, the policy, where it may go) from a test's environment. */
export const probeSettings = (env: Env): ProbeSettings => readSettings(env, ["probe"]).probe;

/** The store's options from a test's environment. */
export const storeSettings = (env: Env): StoreOptions => readSettings(env, ["store"]).store;
