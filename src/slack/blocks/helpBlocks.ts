import { COMMAND } from "./actionIds.ts";
import type { KnownBlock, RenderedMessage } from "./slackTypes.ts";

const USAGE = [
  "*I diagnose telemetry-pipeline failures* (Prometheus remote_write, Grafana Alloy, OpenTelemetry Collector, Grafana data sources, curl) from a pasted log line, config or status code.",
  `• \`${COMMAND} <paste>\`: diagnose the text; only you see the answer, with a button to share it.`,
  `• \`${COMMAND}\` alone: opens a box to paste a longer log into.`,
  "• *Diagnose this message* (message menu ⋮ → More message shortcuts): diagnoses a message, answering in its thread. Use this in support threads.",
  "• Mention me with a paste, or mention me alone inside a thread to diagnose the thread.",
  "• Send me a direct message with the log, or upload it as a snippet or text file.",
  "Tip: include the exact error line, the HTTP status and the response body. Never paste live tokens: I will ask you to rotate them.",
];

export function helpBlocks(): KnownBlock[] {
  return USAGE.map((text) => ({ type: "section", text: { type: "mrkdwn", text } }));
}

export function helpMessage(): RenderedMessage {
  return { text: "How to use the telemetry doctor", blocks: helpBlocks() };
}
