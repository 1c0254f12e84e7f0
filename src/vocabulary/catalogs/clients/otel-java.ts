import type { ClientCatalog } from "../Catalog.ts";
import { OTLP_RETRIED_GRPC, OTLP_RETRIED_STATUSES } from "../otlpRetryRules.ts";

// Read from open-telemetry/opentelemetry-java at 35636ae (2026-08); the older package names from
// the parent of d39116ea18 ("Move otlp utilities to otlp package").
const INTERNAL =
  "open-telemetry/opentelemetry-java exporters/otlp/all/src/main/java/io/opentelemetry/exporter/otlp/internal";
const GRPC = `${INTERNAL}/GrpcExporter.java`;
const HTTP = `${INTERNAL}/HttpExporter.java`;
const RETRY_UTIL =
  "open-telemetry/opentelemetry-java exporters/common/src/main/java/io/opentelemetry/exporter/internal/RetryUtil.java";

export const otelJava: ClientCatalog = {
  id: "otel-java",
  name: "OpenTelemetry Java SDK exporters",
  client: "otel-sdk",
  role: "sends",
  markers: [
    // java.util.logging logger names (Logger.getLogger(X.class.getName())), printed by the javaagent
    // and by every common logging bridge.
    { text: "io.opentelemetry.exporter.otlp.internal.", source: GRPC },
    {
      text: "io.opentelemetry.exporter.internal.grpc.grpcexporter",
      source:
        "open-telemetry/opentelemetry-java exporters/common/src/main/java/io/opentelemetry/exporter/internal/grpc/GrpcExporter.java (before d39116ea18)",
    },
    {
      text: "io.opentelemetry.exporter.internal.http.httpexporter",
      source:
        "open-telemetry/opentelemetry-java exporters/common/src/main/java/io/opentelemetry/exporter/internal/http/HttpExporter.java (before d39116ea18)",
    },
    { text: "make sure your collector is running and reachable from this network", source: GRPC },
  ],
  errors: [
    {
      text: "the request could not be executed",
      source: HTTP,
      meaning: "no response at all: connection refused, DNS, TLS or timeout; the cause follows",
    },
    { text: "server is unavailable.", source: GRPC, grpc: "Unavailable" },
    { text: "server responded with grpc status code", source: GRPC, class: "grpc.status" },
    { text: "server responded with http status code", source: HTTP, class: "http.status" },
    {
      text: "server responded with unimplemented.",
      source:
        "open-telemetry/opentelemetry-java exporters/otlp/all/src/main/java/io/opentelemetry/exporter/otlp/internal/GrpcExporterUtil.java",
      grpc: "Unimplemented",
      meaning: "the endpoint has no OTLP gRPC service for this signal",
    },
    { text: "failed to export spans.", source: GRPC },
    { text: "failed to export metrics.", source: GRPC },
    { text: "failed to export logs.", source: GRPC },
  ],
  retry: {
    retriedStatuses: OTLP_RETRIED_STATUSES,
    retriedGrpc: OTLP_RETRIED_GRPC,
    // RetryInterceptor.isRetryableException: SocketTimeoutException, ConnectException,
    // UnknownHostException, SocketException.
    retriesConnectionErrors: true,
    onGiveUp: "dropped",
    summary:
      "RetryPolicy.getDefault() is on in every OTLP exporter builder: up to 5 attempts from 1s backoff; retries 429/502/503/504, gRPC Cancelled, DeadlineExceeded, ResourceExhausted, Aborted, OutOfRange, Unavailable, DataLoss, and socket timeouts, refused connections and unknown hosts; anything else fails the batch, which is dropped",
    source: RETRY_UTIL,
  },
};
