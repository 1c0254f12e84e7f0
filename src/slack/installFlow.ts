import type { HTTPReceiverOptions } from "@slack/bolt";
import type { Logger } from "pino";
import type { OAuthSettings } from "../settings/Settings.ts";
import type { Store } from "../store/Store.ts";
import { TokenCipher } from "../store/TokenCipher.ts";
import { EncryptedInstallationStore } from "./EncryptedInstallationStore.ts";
import { manifestScopes } from "./manifestScopes.ts";

export interface InstallFlow {
  installations: EncryptedInstallationStore;
  /** What the HTTP receiver needs to serve /slack/install and /slack/oauth_redirect. */
  receiverOptions: Pick<
    HTTPReceiverOptions,
    "clientId" | "clientSecret" | "stateSecret" | "scopes" | "installationStore" | "installerOptions"
  >;
}

/**
 * Bolt's OAuth flow for installs in many workspaces: GET /slack/install sets a signed state
 * (a cookie, checked on the way back) and redirects to Slack's consent page; GET
 * /slack/oauth_redirect exchanges the code (oauth.v2.access) and keeps the workspace's bot token,
 * sealed, in the store. Events are then authorised with the token of the workspace they come from.
 */
export function installFlow(
  settings: OAuthSettings,
  deps: {
    store: Store;
    logger: Logger;
    /** The Web API client's options: the OAuth calls go where every other call goes (SLACK_API_URL). */
    clientOptions: NonNullable<HTTPReceiverOptions["installerOptions"]>["clientOptions"];
    /** Default: manifest.yml's bot scopes. */
    scopes?: readonly string[];
  },
): InstallFlow {
  const cipher = new TokenCipher(settings.encryptionKey, settings.previousKeys);
  const installations = new EncryptedInstallationStore(deps.store, cipher, deps.logger);
  return {
    installations,
    receiverOptions: {
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      stateSecret: settings.stateSecret,
      scopes: [...(deps.scopes ?? manifestScopes())],
      installationStore: installations,
      installerOptions: {
        // Straight to Slack's consent page: the bot has no landing page of its own to show.
        directInstall: true,
        clientOptions: deps.clientOptions,
      },
    },
  };
}
