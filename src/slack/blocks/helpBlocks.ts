import type { BotContext } from "../BotContext.ts";
import { escapeMrkdwn } from "../escapeMrkdwn.ts";
import type { Greeting } from "../readIntent.ts";
import { actRules, type ProbeWhere, probeWhere } from "../whoMayAct.ts";
import { COMMAND } from "./actionIds.ts";
import { PASTE_MAX_CHARS, PASTE_MAX_FILES } from "./pasteModal.ts";
import type { KnownBlock, RenderedMessage } from "./slackTypes.ts";

/** What this person can do here, so the help offers only what they can use. */
export interface HelpAudience {
  /** Where they may run a live probe (whoMayAct.probeWhere); absent: not mentioned. */
  probe?: ProbeWhere;
  /** An escalation channel is configured. */
  escalate?: boolean;
  /** The largest file the bot reads, in bytes. */
  fileMaxBytes?: number;
}

const OPENINGS: Record<Greeting, string> = {
  hello: "Hi! :wave:",
  thanks: "You're welcome! Paste the next error whenever you hit one.",
  help: "",
};

/** `<#C…>` shows the channel's name and pings nobody. */
const channels = (ids: readonly string[]) => ids.map((c) => `<#${c}>`).join(", ");

function probeLine(access: ProbeWhere | undefined): string | undefined {
  const how = `A live probe of your endpoint, tenant and token: \`${COMMAND} probe\`, the *Run live probe* button on a diagnosis, or the *Run a live probe* shortcut`;
  switch (access?.kind) {
    case "here":
      return `• ${how}.`;
    case "elsewhere":
      return `• Live probes (\`${COMMAND} probe\`, *Run live probe*) run in ${channels(access.channels)}.`;
    case "named-people":
      return "• Live probes are run by a few named people in this workspace; ask your support contact for one.";
    default:
      return undefined;
  }
}

/**
 * The usage: how to ask, what each button does, and only the actions this person can take. Every
 * line is mrkdwn in which a placeholder such as `&lt;error line&gt;` stays text, not a Slack link.
 */
export function helpBlocks(audience: HelpAudience = {}, greeting?: Greeting): KnownBlock[] {
  const kib = Math.round((audience.fileMaxBytes ?? 1024 * 1024) / 1024).toLocaleString("en");
  const lines = [
    greeting && OPENINGS[greeting] ? OPENINGS[greeting] : undefined,
    "*I diagnose telemetry-pipeline failures* (Prometheus remote_write, Grafana Alloy, OpenTelemetry Collector and SDKs, Grafana data sources, curl) from a pasted log line, config or status code.",
    `• \`${COMMAND} ${escapeMrkdwn("<error line>")}\`: diagnose the text; only you see the answer, with a button to share it.`,
    `• \`${COMMAND}\` alone: opens a box for up to ${PASTE_MAX_CHARS.toLocaleString("en")} characters of log, or up to ${PASTE_MAX_FILES} attached log files of ${kib} KiB each for a longer one.`,
    "• A bare status code (`429`, `HTTP 401`) gets what it usually means, and buttons to say which client sent it.",
    probeLine(audience.probe),
    "• *Diagnose this message* (message menu ⋮ → More message shortcuts): diagnoses a message, answering in its thread. Use this in support threads.",
    "• Mention me with a paste, or mention me alone inside a thread to diagnose the whole thread; the shortcut on a thread's first message does the same.",
    audience.escalate
      ? // What happens next, never where: the customer is not told of the internal channel.
        "• *Escalate* on a reply: support is asked to pick it up, and you'll hear back in that reply's thread. *Helpful* / *Not helpful* teach the knowledge base."
      : "• *Helpful* / *Not helpful* on a reply teach the knowledge base.",
    "• Send me a direct message with the log, or upload it as a snippet or text file.",
    "Tip: include the exact error line, the HTTP status and the response body. Never paste live tokens: I will ask you to rotate them.",
  ];
  return lines
    .filter((text): text is string => text !== undefined)
    .map((text) => ({ type: "section", text: { type: "mrkdwn", text } }));
}

export function helpMessage(audience: HelpAudience = {}, greeting?: Greeting): RenderedMessage {
  return { text: "How to use the telemetry doctor", blocks: helpBlocks(audience, greeting) };
}

/** The help for this person in this conversation: the probe and escalation lines they can use. */
export function helpFor(
  bot: Pick<BotContext, "config" | "probe">,
  user: string,
  channel: string | undefined,
  greeting?: Greeting,
): RenderedMessage {
  return helpMessage(
    {
      probe: probeWhere(actRules(bot), user, channel),
      escalate: bot.config.escalationChannel !== undefined,
      fileMaxBytes: bot.config.fileMaxBytes,
    },
    greeting,
  );
}
