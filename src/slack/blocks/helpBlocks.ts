import { COMMAND } from "./actionIds.ts";
import type { KnownBlock, RenderedMessage } from "./slackTypes.ts";

const USAGE = [
  "*I diagnose telemetry-pipeline failures* (Prometheus remote_write, Grafana Alloy, OpenTelemetry Collector, Grafana data sources, curl) from a pasted log line, config or status code.",
  `• \`${COMMAND} <paste>\`: diagnose the text; only you see the answer, with a button to share it.`,
  `• \`${COMMAND}\` alone: opens a box to paste a longer log into.`,
  `• \`${COMMAND} probe\`: a live probe of your endpoint, tenant and token (where the operators allow it); also the *Run live probe* button on a diagnosis and the *Run a live probe* shortcut.`,
  "• *Diagnose this message* (message menu ⋮ → More message shortcuts): diagnoses a message, answering in its thread. Use this in support threads.",
  "• Mention me with a paste, or mention me alone inside a thread to diagnose the whole thread; the shortcut on a thread's first message does the same.",
  "• *Escalate* on a reply posts a hand-off to the support escalation channel; *Helpful* / *Not helpful* teach the knowledge base.",
  "• Send me a direct message with the log, or upload it as a snippet or text file.",
  "Tip: include the exact error line, the HTTP status and the response body. Never paste live tokens: I will ask you to rotate them.",
];

export function helpBlocks(): KnownBlock[] {
  return USAGE.map((text) => ({ type: "section", text: { type: "mrkdwn", text } }));
}

export function helpMessage(): RenderedMessage {
  return { text: "How to use the telemetry doctor", blocks: helpBlocks() };
}
