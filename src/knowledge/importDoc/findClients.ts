import type { ClientId } from "../../vocabulary/clients.ts";
import type { DocSection } from "./DocSection.ts";

const MENTIONS: readonly [ClientId, RegExp][] = [
  ["prometheus", /(?<![/\w.])prometheus(?![\w.-])(?!\s+data source)/i],
  ["alloy", /\balloy\b|\bgrafana agent\b/i],
  ["otelcol", /\bcollector\b|\botelcol\b|\botlp(?:http)? exporter\b/i],
  ["otel-sdk", /\bsdks?\b/i],
  ["grafana", /\bgrafana\b(?!\s+(?:alloy|agent))/i],
  ["curl", /\bcurl\b/i],
];

/** The clients a section is about: those its code configures, then those its text names. */
export function findClients(section: DocSection, fromCode: readonly (ClientId | undefined)[]): ClientId[] {
  const text = [section.heading, section.summary ?? "", ...section.lines.map((l) => l.text)].join("\n");
  const out = new Set<ClientId>(fromCode.filter((c): c is ClientId => c !== undefined));
  for (const [client, re] of MENTIONS) if (re.test(text)) out.add(client);
  return [...out];
}
