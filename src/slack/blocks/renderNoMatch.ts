import type { Diagnosis } from "../../diagnosis/Diagnosis.ts";
import { CLIENT_NAMES } from "../../vocabulary/clients.ts";
import { escapeMrkdwn } from "../escapeMrkdwn.ts";
import type { KnownBlock } from "./slackTypes.ts";

const section = (text: string): KnownBlock => ({ type: "section", text: { type: "mrkdwn", text } });
const context = (text: string): KnownBlock => ({ type: "context", elements: [{ type: "mrkdwn", text }] });

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
