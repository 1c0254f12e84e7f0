import { escapeMrkdwn } from "../escapeMrkdwn.ts";

/** People's names by Slack user id, as UserNames found them. */
export type Names = ReadonlyMap<string, string>;

/**
 * A person in a message without pinging them: their plain name, or their id when the name is
 * unknown (a `<@id>` mention would notify them). mrkdwn-safe.
 */
export function personName(names: Names, id: string): string {
  const name = names.get(id);
  return name === undefined ? `user ${escapeMrkdwn(id)}` : escapeMrkdwn(name);
}
