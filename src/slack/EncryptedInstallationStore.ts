import type { Installation, InstallationQuery, InstallationStore } from "@slack/bolt";
import type { Logger } from "pino";
import type { InstallationKey, SealedToken, Store } from "../store/Store.ts";
import type { TokenCipher } from "../store/TokenCipher.ts";
import { describeError } from "./describeError.ts";

/**
 * Bolt's InstallationStore over the bot's store: one row a workspace (or org-wide install), the bot
 * token sealed with TokenCipher before it is written and opened when Bolt authorises an event. A
 * token that opens only with a previous key is sealed again with the current one as it is read.
 * Only the bot is kept: the app asks for no user scopes, so an installer's user token is dropped.
 */
export class EncryptedInstallationStore implements InstallationStore {
  readonly #store: Store;
  readonly #cipher: TokenCipher;
  readonly #logger: Logger;

  constructor(store: Store, cipher: TokenCipher, logger: Logger) {
    this.#store = store;
    this.#cipher = cipher;
    this.#logger = logger;
  }

  async storeInstallation<AuthVersion extends "v1" | "v2">(
    installation: Installation<AuthVersion, boolean>,
  ): Promise<void> {
    const key = installationKeyOf({
      ...(installation.team?.id ? { teamId: installation.team.id } : {}),
      ...(installation.enterprise?.id ? { enterpriseId: installation.enterprise.id } : {}),
      isEnterpriseInstall: installation.isEnterpriseInstall === true,
    });
    const bot = installation.bot;
    if (!bot) {
      throw new Error(
        `the installation of ${contextOf(key)} has no bot token: the app's bot scopes are missing`,
      );
    }
    if (bot.refreshToken) {
      // Kept tokens would expire within 12 hours and nothing here refreshes them.
      this.#logger.warn(
        { installation: contextOf(key) },
        "token rotation is on in the Slack app's settings; this bot does not keep refresh tokens: turn it off",
      );
    }
    await this.#store.saveInstallation({
      ...key,
      ...(installation.appId ? { appId: installation.appId } : {}),
      botId: bot.id,
      botUserId: bot.userId,
      botScopes: bot.scopes,
      botToken: this.#cipher.seal(bot.token, contextOf(key)),
      ...(installation.user?.id ? { installedBy: installation.user.id } : {}),
    });
    this.#logger.info(
      { installation: contextOf(key), scopes: bot.scopes.length, keyId: this.#cipher.keyId },
      "app installed",
    );
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<"v2", boolean>> {
    const key = installationKeyOf(query);
    const context = contextOf(key);
    const row = await this.#store.getInstallation(key);
    if (!row) throw new Error(`the app is not installed in ${context}`);
    const opened = this.#cipher.open(row.botToken.sealed, context);
    if (!opened.current) await this.#reseal(key, row.botToken, opened.token);
    return {
      team: (row.teamId ? { id: row.teamId } : undefined) as Installation<"v2", boolean>["team"],
      enterprise: row.enterpriseId ? { id: row.enterpriseId } : undefined,
      user: { id: row.installedBy ?? "", token: undefined, scopes: undefined },
      bot: { token: opened.token, scopes: row.botScopes, id: row.botId, userId: row.botUserId },
      ...(row.appId ? { appId: row.appId } : {}),
      tokenType: "bot",
      isEnterpriseInstall: row.isEnterpriseInstall,
      authVersion: "v2",
    };
  }

  /** Bolt's query, or the ids of an event's context (app_uninstalled, tokens_revoked). */
  async deleteInstallation(query: InstallationQuery<boolean> | InstallationKey): Promise<void> {
    const key = installationKeyOf(query);
    const deleted = await this.#store.deleteInstallation(key);
    this.#logger.info({ installation: contextOf(key), deleted }, "installation deleted");
  }

  /**
   * Seals every token that an older key sealed with the current one (at start, after a rotation),
   * so the old key can be dropped from TOKEN_ENCRYPTION_KEY_PREVIOUS once this has run.
   * A row that does not open is counted and logged, not fatal: the other workspaces still work.
   */
  async resealAll(): Promise<{ resealed: number; failed: number }> {
    let resealed = 0;
    let failed = 0;
    for (const row of await this.#store.installationsSealedWithout(this.#cipher.keyId)) {
      const key = installationKeyOf(row);
      try {
        const opened = this.#cipher.open(row.botToken.sealed, contextOf(key));
        if (await this.#reseal(key, row.botToken, opened.token)) resealed++;
      } catch (error) {
        failed++;
        this.#logger.error(
          { err: describeError(error), installation: contextOf(key) },
          "could not re-seal an installation's token",
        );
      }
    }
    return { resealed, failed };
  }

  /** Best effort on the read path: the token opened, so the event is answered even if this fails. */
  async #reseal(key: InstallationKey, from: SealedToken, token: string): Promise<boolean> {
    try {
      const swapped = await this.#store.resealInstallationToken(
        key,
        from,
        this.#cipher.seal(token, contextOf(key)),
      );
      if (swapped) {
        this.#logger.info(
          { installation: contextOf(key), fromKeyId: from.keyId, keyId: this.#cipher.keyId },
          "installation token re-sealed with the current key",
        );
      }
      return swapped;
    } catch (error) {
      this.#logger.warn(
        { err: describeError(error), installation: contextOf(key) },
        "could not re-seal an installation's token; will try again on the next read",
      );
      return false;
    }
  }
}

/**
 * The store's key of an installation: Bolt's query, an installation or a listener's context,
 * reduced to what names it.
 */
export function installationKeyOf(where: {
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall?: boolean | undefined;
}): InstallationKey {
  return {
    ...(where.teamId ? { teamId: where.teamId } : {}),
    ...(where.enterpriseId ? { enterpriseId: where.enterpriseId } : {}),
    isEnterpriseInstall: where.isEnterpriseInstall === true,
  };
}

/** Names the installation in logs and binds its sealed token to it: `team:T…` or `enterprise:E…`. */
function contextOf(key: InstallationKey): string {
  return key.isEnterpriseInstall ? `enterprise:${key.enterpriseId ?? ""}` : `team:${key.teamId ?? ""}`;
}
