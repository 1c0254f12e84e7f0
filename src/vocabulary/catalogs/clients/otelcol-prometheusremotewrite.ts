import type { ClientCatalog } from "../Catalog.ts";

// Read from open-telemetry/opentelemetry-collector-contrib (too large to fetch whole; read through
// the file index): exporter/prometheusremotewriteexporter/exporter.go, its current version with
// retryOnHTTP429 and its own backoff loop.
const EXPORTER =
  "open-telemetry/opentelemetry-collector-contrib exporter/prometheusremotewriteexporter/exporter.go";

const SERVER_ERRORS = Array.from({ length: 100 }, (_, i) => 500 + i);

export const otelcolPrometheusremotewrite: ClientCatalog = {
  id: "otelcol-prometheusremotewrite",
  name: "OpenTelemetry Collector prometheusremotewrite exporter",
  client: "otelcol",
  role: "sends",
  markers: [
    // The Go package path is in the caller field of its own lines.
    { text: "prometheusremotewriteexporter", source: EXPORTER },
    // Its error wording differs from Prometheus's own ("server returned HTTP status").
    { text: "remote write returned http status", source: EXPORTER },
    // The WAL goroutine logs under this logger name.
    { text: "prw.wal", source: EXPORTER },
  ],
  errors: [
    {
      text: "remote write returned http status",
      source: EXPORTER,
      class: "http.status",
      meaning: "the remote-write receiver answered non-2xx; status and up to 256 bytes of body follow",
    },
    {
      text: "shutdown has been called",
      source: EXPORTER,
      meaning: "data arrived while the exporter was stopping",
    },
    { text: "unsupported remote-write protobuf message", source: EXPORTER },
    { text: "failed to translate metrics, exporting remaining metrics", source: EXPORTER },
    { text: "external labels configuration contains an empty key or value", source: EXPORTER },
  ],
  retry: {
    retriedStatuses: SERVER_ERRORS,
    retriedGrpc: [],
    // client.Do errors are returned as plain errors, so backoff.Retry tries them again.
    retriesConnectionErrors: true,
    onGiveUp: "dropped",
    summary:
      "retries connection errors and 5xx inside the exporter with the retry_on_failure backoff; 429 only with the RetryOn429 feature gate; any other status is permanent; after its own retries the error is wrapped as permanent, so exporterhelper drops the data rather than retrying again",
    source: EXPORTER,
  },
};
