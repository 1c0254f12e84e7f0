import type { ClientCatalog } from "../Catalog.ts";
import { OTLP_RETRIED_GRPC, OTLP_RETRIED_STATUSES } from "../otlpRetryRules.ts";

// Read from open-telemetry/opentelemetry-dotnet at 63d9cd1 (2026-08). Its messages are EventSource
// templates ("... to {0} endpoint ..."), so each wording is a piece between placeholders.
const ES =
  "open-telemetry/opentelemetry-dotnet src/OpenTelemetry.Exporter.OpenTelemetryProtocol/Implementation/OpenTelemetryProtocolExporterEventSource.cs";
const RETRY =
  "open-telemetry/opentelemetry-dotnet src/OpenTelemetry.Exporter.OpenTelemetryProtocol/Implementation/ExportClient/OtlpRetry.cs";

export const otelDotnet: ClientCatalog = {
  id: "otel-dotnet",
  name: "OpenTelemetry .NET OTLP exporter",
  client: "otel-sdk",
  role: "sends",
  markers: [
    // The EventSource name, shown by self-diagnostics and dotnet-trace.
    { text: "opentelemetry-exporter-opentelemetryprotocol", source: ES },
    // Event 2's odd grammar is its own.
    { text: "exporter failed send data to collector", source: ES },
    // Earlier releases (1.1) named what they sent: "Exporter failed send spans to collector".
    { text: "exporter failed send spans to collector", source: ES },
    // The exporter's namespace, in the stack frames of every exception it lets through.
    {
      text: "opentelemetry.exporter.opentelemetryprotocol.",
      source:
        "open-telemetry/opentelemetry-dotnet src/OpenTelemetry.Exporter.OpenTelemetryProtocol/Implementation/ExportClient/OtlpGrpcTraceExportClient.cs",
    },
  ],
  errors: [
    {
      text: "exporter failed send data to collector to",
      source: ES,
      meaning: "the export failed and, with no retry configured, the data is not sent",
    },
    { text: "endpoint. data will not be sent. exception:", source: ES },
    {
      text: "transient http error occurred when communicating with",
      source: ES,
      meaning: "a retryable failure",
    },
    { text: "http request to", source: ES },
    { text: "operation unexpectedly canceled for endpoint", source: ES },
    { text: "timed out. exception:", source: ES, class: "tcp.timeout" },
    { text: "export encountered grpc status warning for", source: ES, class: "grpc.status" },
    { text: "buffer exceeded the maximum allowed size. current size:", source: ES, class: "size.too-large" },
    { text: "buffer resizing failed due to insufficient memory.", source: ES, class: "resource.memory" },
    { text: "error while attempting to re-transmit data from disk.", source: ES },
    { text: "unknown error in export method. message:", source: ES },
    // The size guards and the TLS options (OTEL_EXPORTER_OTLP_CERTIFICATE and friends).
    {
      text: "was discarded because its size of",
      source: ES,
      class: "size.too-large",
      meaning:
        "a request over the maximum request size, or a response over the maximum response size, was dropped",
    },
    { text: "was dropped because it could not be serialized", source: ES },
    {
      text: "server certificate validation failed for '",
      source: ES,
      meaning: "the collector's certificate failed the configured checks; the SslPolicyErrors follow",
    },
    { text: "chain validation failed for certificate '", source: ES },
    { text: "failed to create mtls httpclient", source: ES },
  ],
  retry: {
    retriedStatuses: OTLP_RETRIED_STATUSES,
    // ResourceExhausted only with a server retry delay.
    retriedGrpc: OTLP_RETRIED_GRPC,
    retriesConnectionErrors: true,
    onGiveUp: "dropped",
    summary:
      "no retry unless OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY is set: in_memory retries 429/502/503/504, gRPC Cancelled, DeadlineExceeded, Aborted, OutOfRange, Unavailable, DataLoss (ResourceExhausted with a retry delay) and transport failures within the export timeout; disk keeps failed batches in the configured directory and re-sends them; by default a failed batch is dropped",
    source: RETRY,
  },
};
