import type { ClientId } from "../vocabulary/clients.ts";

/**
 * Which program printed the paste, from the shape of its log lines and the names in it. A log-shape
 * marker (a field only that program writes) counts more than a name someone typed in a question.
 * A marker tagged "name" is the client's name, which a person may type: the others are log shapes.
 */
type Marker = readonly [pattern: RegExp, weight: number, kind?: "name"];
const MARKERS: Record<ClientId, readonly Marker[]> = {
  alloy: [
    // Alloy's component ids are namespaced (`prometheus.remote_write.default`); Vector's (also
    // `component_id=`) are a bare label of the user's.
    [
      /component_id="?[a-z_]+\.[a-z_]|component_path=|"component_id": ?"[a-z_]+\.|\bcomponent=(?:prometheus|loki|otelcol)\./,
      4,
    ],
    [/\b(?:prometheus\.remote_write|loki\.write|otelcol\.(?:exporter|receiver|processor|auth))\b/, 3],
    [/\balloy\b|grafana[ -]agent|\bflow mode\b/, 2, "name"],
  ],
  prometheus: [
    [
      /caller=(?:dedupe|queue_manager|write_handler|manager|main)\.go|source=queue_manager\.go|component=remote\b|remote_name=/,
      3,
    ],
    [/storage\/remote|\bremote_write\b|non-recoverable error|failed to send batch/, 1],
    [/\bprometheus\b/, 1, "name"],
  ],
  otelcol: [
    // Before v0.30 the Collector named a component's fields component_kind / component_type /
    // component_name (service/builder's kindLogKey), later "kind" / "name", now otelcol.component.*.
    [
      /exporterhelper\/|"kind": ?"exporter"|"component_kind": ?"exporter"|otelcol\.component\.|(?:retry|queue)_sender\.go|queued_retry|batchprocessor|memorylimiter|zapgrpc|"grpc_log": ?true/,
      4,
    ],
    [
      /not retryable error: permanent error|data refused due to high memory usage|dropping data because sending_queue|sending queue is full/,
      3,
    ],
    [/otlphttpexporter|otlpexporter|\bexporting failed\b|sending_queue|\bexporters:/, 2],
    [/otel[ -]?col(?:lector)?\b|opentelemetry[ -]collector|\bcollector\b/, 2, "name"],
  ],
  "otel-sdk": [
    [
      /otlpexportererror|failed to export (?:batch|metrics|traces|spans|logs)|periodicexportingmetricreader|batchspanprocessor|statuscode\.[a-z]+/,
      4,
    ],
    [
      /@opentelemetry\/|io\.opentelemetry|opentelemetry[-_.](?:python|js|java|dotnet|go|sdk)|otel_exporter_otlp/,
      3,
    ],
    // The Go SDK's "traces export: Post …", Ruby's "OpenTelemetry error: OTLP exporter received …".
    [/\b(?:traces|metrics|logs) export: |opentelemetry error: |otlp exporter received/, 3],
  ],
  grafana: [
    [/logger=(?:tsdb|context|datasource|plugin|query_data|server)|\btsdb\.|client_error: client error/, 4],
    // The Loki data source's Save & test messages (grafana/grafana public/app/plugins/datasource/loki/datasource.ts).
    [/unable to connect with loki|unable to fetch labels from loki/, 4],
    [/data ?source|save & test|querying the prometheus api/, 2],
    [/\bgrafana\b/, 1, "name"],
  ],
  curl: [
    // curl -v's own line shapes, not any line that starts with "> " (a quote in Markdown or e-mail).
    [
      /(?:^|\n)\s*\$?\s*curl\s|(?:^|\n)> (?:get|post|put|head|delete|patch|options) \S+ http\/|(?:^|\n)> (?:host|user-agent|accept|authorization|content-type):|(?:^|\n)< http\/[\d.]+ \d{3}|(?:^|\n)\* (?:trying|connected to|ssl|tls|alpn|closing connection|connection #|could not resolve|failed to connect|server certificate|using http2|expire in)|(?:^|\n)curl: \(\d{1,3}\)/,
      4,
    ],
    [/\bcurl\b/, 1, "name"],
  ],
};

export interface DetectedClients {
  /** Clients seen in the paste, most likely first. */
  clients: ClientId[];
  /**
   * Those seen only by their name ("the telemetry collector refuses connections", "Prometheus at
   * localhost:9090"): a word a person typed, which says what they think is involved, not what printed
   * the lines.
   */
  namedOnly: Set<ClientId>;
}

export function detectClients(norm: string): DetectedClients {
  const scored: [ClientId, number][] = [];
  const namedOnly = new Set<ClientId>();
  for (const [client, markers] of Object.entries(MARKERS) as [ClientId, readonly Marker[]][]) {
    let score = 0;
    let shaped = false;
    for (const [pattern, weight, kind] of markers) {
      if (!pattern.test(norm)) continue;
      score += weight;
      if (kind !== "name") shaped = true;
    }
    if (score > 0) scored.push([client, score]);
    if (score > 0 && !shaped) namedOnly.add(client);
  }
  return { clients: scored.sort((a, b) => b[1] - a[1]).map(([client]) => client), namedOnly };
}
