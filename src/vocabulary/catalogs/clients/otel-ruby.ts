import type { ClientCatalog } from "../Catalog.ts";

// Read from open-telemetry/opentelemetry-ruby at 6629eb9 (2026-11). Every error goes through the API's
// error handler, which logs "OpenTelemetry error: <message> - <exception message> - <first frame>".
const HTTP = "open-telemetry/opentelemetry-ruby exporter/otlp/lib/opentelemetry/exporter/otlp/exporter.rb";
const HTTP_TRACES =
  "open-telemetry/opentelemetry-ruby exporter/otlp-http/lib/opentelemetry/exporter/otlp/http/trace_exporter.rb";
const SDK_EXPORT = "open-telemetry/opentelemetry-ruby sdk/lib/opentelemetry/sdk/trace/export.rb";

export const otelRuby: ClientCatalog = {
  id: "otel-ruby",
  name: "OpenTelemetry Ruby OTLP exporter",
  client: "otel-sdk",
  role: "sends",
  markers: [
    // The exporter names its own method in every message it logs.
    { text: "otlp::exporter#send_bytes", source: HTTP },
    { text: "otlp exporter backing off due to:", source: HTTP_TRACES },
    { text: "otlp exporter received http.code=", source: HTTP },
    { text: "otlp exporter received rpc.status{", source: HTTP },
  ],
  errors: [
    {
      text: "otlp exporter received http.code=",
      source: HTTP,
      class: "http.status",
      meaning: "a 404 or another status it does not retry; the batch is dropped",
    },
    {
      text: "otlp exporter received rpc.status{",
      source: HTTP,
      class: "http.status",
      meaning: "a 4xx/5xx whose body is a google.rpc.Status; the batch is dropped",
    },
    {
      text: "otlp exporter backing off due to:",
      source: HTTP_TRACES,
      meaning: "retried: a 429/503/408/502/504 (the code follows) or a connection error",
    },
    { text: "backing off due to: eof_error", source: HTTP_TRACES, class: "tcp.reset" },
    // Ruby's SocketError is getaddrinfo's failure: the name does not resolve.
    { text: "backing off due to: socket_error", source: HTTP_TRACES, class: "dns.not-found" },
    { text: "backing off due to: errno::econnrefused", source: HTTP_TRACES, class: "tcp.refused" },
    { text: "ssl error in otlp::exporter#send_bytes", source: HTTP, meaning: "the TLS handshake failed" },
    {
      text: "unexpected error in otlp::exporter#send_bytes",
      source: HTTP,
      meaning: "an error it does not retry; the batch is dropped",
    },
    // The batch span processor's error for a failed export: what was lost, not why.
    { text: "unable to export", source: SDK_EXPORT, meaning: "the batch of spans was dropped" },
  ],
  retry: {
    // send_bytes: 503 and 429 (honouring Retry-After), 408, 502, 504, timeouts, TLS, socket, system
    // call and EOF errors are retried with backoff; 404, other 4xx and 5xx return FAILURE at once.
    retriedStatuses: [408, 429, 502, 503, 504],
    retriedGrpc: [],
    retriesConnectionErrors: true,
    onGiveUp: "dropped",
    summary:
      "retries 408, 429, 502, 503 and 504 and connection errors (timeouts, TLS, DNS, refused, EOF) with backoff up to 5 times; other statuses fail at once and the batch is dropped",
    source: HTTP,
  },
};
