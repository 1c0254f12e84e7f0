import type { Diagnosis } from "../../diagnosis/Diagnosis.ts";
import { CLIENT_NAMES } from "../../vocabulary/clients.ts";
import { escapeMrkdwn } from "../escapeMrkdwn.ts";
import { ACTION } from "./actionIds.ts";
import { fitBlocks } from "./limits.ts";
import { button, context, section } from "./mrkdwnBlocks.ts";
import type { KnownBlock, RenderedMessage } from "./slackTypes.ts";

/** What was seen, and which details would let the bot say more. */
export function noMatchBlocks(diagnosis: Diagnosis): KnownBlock[] {
  const { input, facts } = diagnosis;
  if (input.kind === "empty") {
    return [
      section(
        "There is nothing to diagnose here yet. Paste the error line from the client's log, the HTTP status and response body, or the failing config.",
      ),
    ];
  }
  if (input.kind === "binary") {
    return [section("That looks like a binary file, not a log or a config. Paste the error text instead.")];
  }
  const seen: string[] = [`${input.lines} line${input.lines === 1 ? "" : "s"}`];
  if (facts.client) seen.push(`client: ${CLIENT_NAMES[facts.client]}`);
  if (facts.statuses.length) seen.push(`HTTP status ${facts.statuses.join(", ")}`);
  if (facts.grpcCodes.length) seen.push(`gRPC ${facts.grpcCodes.join(", ")}`);
  if (facts.hosts.length) seen.push(`host ${facts.hosts.slice(0, 3).join(", ")}`);
  if (facts.directions.length) seen.push(`direction: ${facts.directions.join(", ")}`);
  const help: string[] = [];
  if (!facts.client)
    help.push("which client sent it (Prometheus, Grafana Alloy, OpenTelemetry Collector, Grafana, curl)");
  if (facts.statuses.length === 0 && facts.grpcCodes.length === 0)
    help.push("the HTTP status or gRPC code and the response body from the error line");
  if (facts.directions.length === 0)
    help.push("whether it failed while writing (push), querying or scraping");
  help.push("the exact error line as logged, not a summary");
  return [
    section("*No confident match.* I couldn't tie this to a known problem, and I'd rather not guess."),
    context(escapeMrkdwn(`What I looked at: ${seen.join(" · ")}`)),
    section(`*What would help*\n${help.map((h) => `• ${escapeMrkdwn(h)}`).join("\n")}`),
    ...input.notes.map((note) => context(escapeMrkdwn(note))),
  ];
}

export interface NoMatchOptions {
  /** Ties the buttons to this reply (see RecentReplies). */
  replyId: string;
  /** A line shown above the reply, already mrkdwn (e.g. a warning). */
  preface?: string;
  /** Offers "Run live probe": whoMayAct.offerProbe for this audience. */
  probe?: boolean;
  /** Offers "Escalate": whoMayAct.offerEscalate for this audience. */
  escalate?: boolean;
}

/** The next steps a "no confident match" offers, said in one line. */
function nextStepLine(options: NoMatchOptions): string {
  const steps = ["paste the whole error line the client logged (or attach the log file)"];
  if (options.probe) steps.push("run a live probe of your endpoint");
  if (options.escalate) steps.push("escalate to the support team");
  const last = steps.pop() ?? "";
  return `*Next:* ${steps.length > 0 ? `${steps.join(", ")} or ${last}` : last}.`;
}

/**
 * "No confident match" that is never a dead end: what was seen and what would help, then always a
 * next step: a button to paste the error line in a box (or attach the log), and a live probe and an
 * escalation where this audience may take them.
 */
export function renderNoMatch(diagnosis: Diagnosis, options: NoMatchOptions): RenderedMessage {
  const preface = options.preface ? [section(options.preface)] : [];
  const footer: KnownBlock[] = [
    section(nextStepLine(options)),
    {
      type: "actions",
      block_id: `next:${options.replyId}`,
      elements: [
        button(ACTION.openPaste, "Paste the error line", options.replyId, true),
        ...(options.probe ? [button(ACTION.probe, "Run live probe", options.replyId)] : []),
        ...(options.escalate ? [button(ACTION.escalate, "Escalate", options.replyId)] : []),
      ],
    },
  ];
  return {
    text: "No confident match for this paste.",
    blocks: fitBlocks([...preface, ...noMatchBlocks(diagnosis)], footer),
  };
}
