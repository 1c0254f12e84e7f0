import type { ProbeAccess } from "../settings/Settings.ts";

/** What decides who may act where: the probe allow-list and the escalation channel. */
export interface ActRules {
  probe: ProbeAccess;
  escalationChannel?: string | undefined;
}

/** The rules of a running bot (its settings, read once at start). */
export function actRules(bot: {
  probe: { access: ProbeAccess };
  config: { escalationChannel?: string | undefined };
}): ActRules {
  return { probe: bot.probe.access, escalationChannel: bot.config.escalationChannel };
}

/**
 * Who will see a reply's buttons. A message in a conversation is seen by everyone in it; an
 * ephemeral copy, or a reply in someone's DM with the bot, only by `only`.
 */
export interface Audience {
  channel: string;
  /** The one person who sees the reply (ephemeral, or the DM with the bot). */
  only?: string;
  /** Who asked for the reply: in a conversation, the person it answers and most likely to act on it. */
  askedBy?: string;
  /**
   * An ephemeral copy for `only`: Share can put it in front of the conversation, and Escalate
   * cannot work on it (Slack reports no message for a click on an ephemeral copy).
   */
  privateCopy?: boolean;
}

/**
 * The audience of a reply posted in a thread for `askedBy`. A D… conversation the bot receives a
 * message in is the person's DM with the bot: only they see the reply there.
 */
export function threadAudience(channel: string, askedBy?: string): Audience {
  if (askedBy !== undefined && channel.startsWith("D")) return { channel, only: askedBy, askedBy };
  return { channel, ...(askedBy !== undefined ? { askedBy } : {}) };
}

/** Where a person may run a live probe, in the terms a refusal or the help can say. */
export type ProbeWhere =
  | { kind: "here" }
  | { kind: "elsewhere"; channels: readonly string[] }
  | { kind: "named-people" }
  | { kind: "off" };

/** The operator's allow-list: listed users anywhere, anyone in a listed channel; nobody when both are empty. */
export function mayProbe(rules: ActRules, user: string, channel: string | undefined): boolean {
  return (
    rules.probe.users.includes(user) || (channel !== undefined && rules.probe.channels.includes(channel))
  );
}

export function probeWhere(rules: ActRules, user: string, channel: string | undefined): ProbeWhere {
  if (mayProbe(rules, user, channel)) return { kind: "here" };
  if (rules.probe.channels.length > 0) return { kind: "elsewhere", channels: rules.probe.channels };
  if (rules.probe.users.length > 0) return { kind: "named-people" };
  return { kind: "off" };
}

/** `<#C…>` renders as the channel's name to whoever may see it, and pings nobody. */
function channelList(channels: readonly string[]): string {
  const names = channels.slice(0, 3).map((c) => `<#${c}>`);
  if (names.length === 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

/**
 * Why this person cannot probe here, said as where they can, never as the setting behind it.
 * `names` are the display names of the people who may (escaped, without pinging), when known.
 */
export function probeRefusal(
  rules: ActRules,
  user: string,
  channel: string | undefined,
  names: readonly string[] = [],
): string {
  const access = probeWhere(rules, user, channel);
  switch (access.kind) {
    case "here":
      return "";
    case "elsewhere":
      return `:lock: Live probes run in ${channelList(access.channels)}. Start one there: *Run live probe* on a diagnosis, or \`/diagnose probe\`.`;
    case "named-people":
      return names.length > 0
        ? `:lock: Live probes are run by ${names.slice(0, 3).join(", ")}${names.length > 3 ? " and others" : ""}: ask one of them to probe your endpoint. Meanwhile, paste the client's error line and I'll diagnose it.`
        : ":lock: Live probes are run by a few named people in this workspace, and you're not one of them: ask your support contact to probe your endpoint. Meanwhile, paste the client's error line and I'll diagnose it.";
    case "off":
      return ":lock: Live probes are turned off in this workspace. Paste the client's error line and I'll diagnose it.";
  }
}

/**
 * Whether to show "Run live probe" to this audience: when one person sees it, whether they may;
 * when a conversation does, where anyone may (a listed channel) or when the person who asked may
 * (a support engineer asking in a customer's thread). Others who click are told where probes run.
 */
export function offerProbe(rules: ActRules, audience: Audience): boolean {
  if (audience.only !== undefined) return mayProbe(rules, audience.only, audience.channel);
  if (rules.probe.channels.includes(audience.channel)) return true;
  return audience.askedBy !== undefined && mayProbe(rules, audience.askedBy, audience.channel);
}

/** The audience of a private (ephemeral) copy for one person. */
export function privateAudience(channel: string, user: string): Audience {
  return { channel, only: user, askedBy: user, privateCopy: true };
}

/** Escalation needs a channel to hand off to, and is pointless from that channel itself. */
export function mayEscalate(rules: ActRules, channel: string | undefined): boolean {
  return rules.escalationChannel !== undefined && channel !== rules.escalationChannel;
}

/** "Escalate" hands off a thread: a message in one, not a private copy. */
export function offerEscalate(rules: ActRules, audience: Audience): boolean {
  return audience.privateCopy !== true && mayEscalate(rules, audience.channel);
}

/** Share puts a private copy in front of the conversation; a message everyone sees has nothing to share. */
export function offerShare(audience: Audience): boolean {
  return audience.privateCopy === true;
}

/** Which of a reply's actions this audience can take: what the reply's footer shows. */
export function offeredActions(
  rules: ActRules,
  audience: Audience,
): { probe: boolean; escalate: boolean; share: boolean } {
  return {
    probe: offerProbe(rules, audience),
    escalate: offerEscalate(rules, audience),
    share: offerShare(audience),
  };
}
