import type { ClientCatalog } from "../Catalog.ts";

// Read from open-telemetry/opentelemetry-php at b9c9963 (2026-08). The SDK's own logger (error_log by
// default) prints "OpenTelemetry: [<level>] <message> [exception] <message> [previous] <message>".
const FORMATTER = "open-telemetry/opentelemetry-php src/API/Behavior/Internal/LogWriter/Formatter.php";
const TRANSPORT = "open-telemetry/opentelemetry-php src/SDK/Common/Export/Http/PsrTransport.php";
const SPANS = "open-telemetry/opentelemetry-php src/Contrib/Otlp/SpanExporter.php";

export const otelPhp: ClientCatalog = {
  id: "otel-php",
  name: "OpenTelemetry PHP OTLP exporters",
  client: "otel-sdk",
  role: "sends",
  markers: [
    { text: "opentelemetry: [error]", source: FORMATTER },
    { text: "opentelemetry: [warning]", source: FORMATTER },
    // The Otlp exporters' failure message as the formatter prints it with its exception.
    { text: "export failure [exception]", source: SPANS },
    {
      text: "unhandled export error [exception]",
      source: "open-telemetry/opentelemetry-php src/SDK/Trace/SpanProcessor/BatchSpanProcessor.php",
    },
  ],
  errors: [
    {
      text: "export failure",
      source: SPANS,
      meaning: "the export failed (a status it does not retry, or retries used up); the batch is dropped",
    },
    {
      text: "export retry limit exceeded",
      source: TRANSPORT,
      meaning: "5xx, 408, 429 or a network error on every one of its attempts (3 retries by default)",
    },
    { text: "export partial success", source: SPANS, meaning: "the receiver rejected part of the batch" },
    // A 4xx it does not retry becomes RuntimeException(reason phrase, status), so the formatter prints
    // the reason phrase alone after "[exception]".
    ...(
      [
        [400, "bad request"],
        [401, "unauthorized"],
        [403, "forbidden"],
        [404, "not found"],
        [405, "method not allowed"],
        [413, "payload too large"],
        [413, "request entity too large"],
        [415, "unsupported media type"],
      ] as const
    ).map(([status, phrase]) => ({
      text: `export failure [exception] ${phrase} [previous]`,
      source: TRANSPORT,
      status,
      meaning: `the receiver answered ${status}, which it does not retry: the batch is dropped`,
    })),
    { text: "export cancelled", source: TRANSPORT },
  ],
  retry: {
    // PsrTransport::send: 4xx other than 408 and 429 throws at once; anything else is retried.
    retriedStatuses: [408, 429, ...Array.from({ length: 100 }, (_, i) => 500 + i)],
    retriedGrpc: [],
    retriesConnectionErrors: true,
    onGiveUp: "dropped",
    summary:
      'OTLP/HTTP retries 408, 429, every 5xx and network errors up to maxRetries (3 by default) with a growing delay that honours Retry-After, then fails with "Export retry limit exceeded"; any other 4xx fails at once with the reason phrase; a failed batch is dropped',
    source: TRANSPORT,
  },
};
