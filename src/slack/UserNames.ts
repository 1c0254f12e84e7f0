import type { WebClient } from "./blocks/slackTypes.ts";

interface Cached {
  at: number;
  /** Undefined when users.info failed or named nobody. */
  name: string | undefined;
}

/**
 * People's names from users.info, kept a few minutes so a hand-off, its updates and the Home tab do
 * not ask Slack for the same person again and again. A failed lookup is remembered for a shorter
 * while (the person then shows by id), so an outage does not become a call per message.
 */
export class UserNames {
  readonly #items = new Map<string, Cached>();

  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly failedTtlMs = 60_000,
    private readonly maxItems = 2000,
  ) {}

  /** The display name, else the real name, else the user name; undefined when Slack did not say. */
  async get(client: WebClient, id: string): Promise<string | undefined> {
    const hit = this.#items.get(id);
    if (hit && Date.now() - hit.at < (hit.name === undefined ? this.failedTtlMs : this.ttlMs)) {
      return hit.name;
    }
    const name = await lookup(client, id);
    this.#items.delete(id);
    this.#items.set(id, { at: Date.now(), name });
    for (const key of this.#items.keys()) {
      if (this.#items.size <= this.maxItems) break;
      this.#items.delete(key);
    }
    return name;
  }

  /** The names of several people, by id; whoever could not be looked up is left out. */
  async getAll(client: WebClient, ids: Iterable<string>): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const names = await Promise.all(unique.map((id) => this.get(client, id)));
    const out = new Map<string, string>();
    for (const [i, id] of unique.entries()) {
      const name = names[i];
      if (name !== undefined) out.set(id, name);
    }
    return out;
  }
}

async function lookup(client: WebClient, id: string): Promise<string | undefined> {
  try {
    const { user } = await client.users.info({ user: id });
    return [user?.profile?.display_name, user?.profile?.real_name, user?.real_name, user?.name]
      .map((n) => n?.trim())
      .find((n) => n !== undefined && n !== "");
  } catch {
    // Best effort: a name is a courtesy, the id still says who it was.
    return undefined;
  }
}
