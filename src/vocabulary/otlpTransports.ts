/** The two OTLP transports: gRPC (port 4317) and HTTP with protobuf or JSON bodies (port 4318). */
export type OtlpTransport = "grpc" | "http";

/** The ports the OTLP specification assigns to each transport (opentelemetry-proto docs/specification.md). */
export const OTLP_DEFAULT_PORTS: Readonly<Record<OtlpTransport, number>> = { grpc: 4317, http: 4318 };

/**
 * Names that only an exporter of one transport logs or is configured with: the class, module or
 * component that sent the request. Found as literals in the normalised (lower-case) paste.
 */
export const OTLP_EXPORTER_NAMES: readonly { text: string; transport: OtlpTransport; source: string }[] = [
  // Java: the exporters' classes and the internal senders they log through.
  {
    text: "otlpgrpcspanexporter",
    transport: "grpc",
    source:
      "open-telemetry/opentelemetry-java exporters/otlp/all/src/main/java/io/opentelemetry/exporter/otlp/trace/OtlpGrpcSpanExporter.java",
  },
  {
    text: "otlpgrpcmetricexporter",
    transport: "grpc",
    source:
      "open-telemetry/opentelemetry-java exporters/otlp/all/src/main/java/io/opentelemetry/exporter/otlp/metrics/OtlpGrpcMetricExporter.java",
  },
  {
    text: "otlpgrpclogrecordexporter",
    transport: "grpc",
    source:
      "open-telemetry/opentelemetry-java exporters/otlp/all/src/main/java/io/opentelemetry/exporter/otlp/logs/OtlpGrpcLogRecordExporter.java",
  },
  {
    text: "exporter.internal.grpc.grpcexporter",
    transport: "grpc",
    source:
      "open-telemetry/opentelemetry-java exporters/common/src/main/java/io/opentelemetry/exporter/internal/grpc/GrpcExporter.java",
  },
  {
    text: "otlphttpspanexporter",
    transport: "http",
    source:
      "open-telemetry/opentelemetry-java exporters/otlp/all/src/main/java/io/opentelemetry/exporter/otlp/http/trace/OtlpHttpSpanExporter.java",
  },
  {
    text: "otlphttpmetricexporter",
    transport: "http",
    source:
      "open-telemetry/opentelemetry-java exporters/otlp/all/src/main/java/io/opentelemetry/exporter/otlp/http/metrics/OtlpHttpMetricExporter.java",
  },
  {
    text: "otlphttplogrecordexporter",
    transport: "http",
    source:
      "open-telemetry/opentelemetry-java exporters/otlp/all/src/main/java/io/opentelemetry/exporter/otlp/http/logs/OtlpHttpLogRecordExporter.java",
  },
  {
    text: "exporter.internal.http.httpexporter",
    transport: "http",
    source:
      "open-telemetry/opentelemetry-java exporters/common/src/main/java/io/opentelemetry/exporter/internal/http/HttpExporter.java",
  },
  // Python: the exporters' modules, which are also their loggers' names.
  {
    text: "opentelemetry.exporter.otlp.proto.grpc",
    transport: "grpc",
    source:
      "open-telemetry/opentelemetry-python exporter/opentelemetry-exporter-otlp-proto-grpc/src/opentelemetry/exporter/otlp/proto/grpc/exporter.py",
  },
  {
    text: "opentelemetry.exporter.otlp.proto.http",
    transport: "http",
    source:
      "open-telemetry/opentelemetry-python exporter/opentelemetry-exporter-otlp-proto-http/src/opentelemetry/exporter/otlp/proto/http/trace_exporter/__init__.py",
  },
  // Go: the exporter packages, in import paths and in their errors' prefixes.
  {
    text: "otlptracegrpc",
    transport: "grpc",
    source: "open-telemetry/opentelemetry-go exporters/otlp/otlptrace/otlptracegrpc/client.go",
  },
  {
    text: "otlpmetricgrpc",
    transport: "grpc",
    source: "open-telemetry/opentelemetry-go exporters/otlp/otlpmetric/otlpmetricgrpc/client.go",
  },
  {
    text: "otlploggrpc",
    transport: "grpc",
    source: "open-telemetry/opentelemetry-go exporters/otlp/otlplog/otlploggrpc/client.go",
  },
  {
    text: "otlptracehttp",
    transport: "http",
    source: "open-telemetry/opentelemetry-go exporters/otlp/otlptrace/otlptracehttp/client.go",
  },
  {
    text: "otlpmetrichttp",
    transport: "http",
    source: "open-telemetry/opentelemetry-go exporters/otlp/otlpmetric/otlpmetrichttp/client.go",
  },
  {
    text: "otlploghttp",
    transport: "http",
    source: "open-telemetry/opentelemetry-go exporters/otlp/otlplog/otlploghttp/client.go",
  },
  // JavaScript: the exporter packages.
  {
    text: "exporter-trace-otlp-grpc",
    transport: "grpc",
    source: "open-telemetry/opentelemetry-js experimental/packages/exporter-trace-otlp-grpc/package.json",
  },
  {
    text: "exporter-metrics-otlp-grpc",
    transport: "grpc",
    source:
      "open-telemetry/opentelemetry-js experimental/packages/opentelemetry-exporter-metrics-otlp-grpc/package.json",
  },
  {
    text: "exporter-logs-otlp-grpc",
    transport: "grpc",
    source: "open-telemetry/opentelemetry-js experimental/packages/exporter-logs-otlp-grpc/package.json",
  },
  {
    text: "exporter-trace-otlp-http",
    transport: "http",
    source: "open-telemetry/opentelemetry-js experimental/packages/exporter-trace-otlp-http/package.json",
  },
  {
    text: "exporter-trace-otlp-proto",
    transport: "http",
    source: "open-telemetry/opentelemetry-js experimental/packages/exporter-trace-otlp-proto/package.json",
  },
  {
    text: "exporter-metrics-otlp-http",
    transport: "http",
    source:
      "open-telemetry/opentelemetry-js experimental/packages/opentelemetry-exporter-metrics-otlp-http/package.json",
  },
  {
    text: "exporter-metrics-otlp-proto",
    transport: "http",
    source:
      "open-telemetry/opentelemetry-js experimental/packages/opentelemetry-exporter-metrics-otlp-proto/package.json",
  },
  {
    text: "exporter-logs-otlp-http",
    transport: "http",
    source: "open-telemetry/opentelemetry-js experimental/packages/exporter-logs-otlp-http/package.json",
  },
  {
    text: "exporter-logs-otlp-proto",
    transport: "http",
    source: "open-telemetry/opentelemetry-js experimental/packages/exporter-logs-otlp-proto/package.json",
  },
  // Quarkus' own OTLP exporters (its logs abbreviate the package: io.qua.ope.run.exp.otl.VertxGrpcExporter).
  {
    text: "vertxgrpcexporter",
    transport: "grpc",
    source:
      "quarkusio/quarkus extensions/opentelemetry/runtime/src/main/java/io/quarkus/opentelemetry/runtime/exporter/otlp/VertxGrpcExporter.java",
  },
  {
    text: "vertxhttpexporter",
    transport: "http",
    source:
      "quarkusio/quarkus extensions/opentelemetry/runtime/src/main/java/io/quarkus/opentelemetry/runtime/exporter/otlp/VertxHttpExporter.java",
  },
  // The Collector's otlphttp exporter: its package in a log line's caller, its component id in the
  // line's fields, and its own error wording. It reports HTTP failures as gRPC statuses ("rpc error:
  // code = Unavailable desc = error exporting items, request to … responded with HTTP Status Code
  // 504"), so only these say which transport ran. (The otlp exporter's "otlpexporter" is in both.)
  {
    text: 'otelcol.component.id": "otlphttp',
    transport: "http",
    source: "open-telemetry/opentelemetry-collector exporter/otlphttpexporter/otlp.go",
  },
  {
    text: '"name": "otlphttp',
    transport: "http",
    source: "open-telemetry/opentelemetry-collector exporter/otlphttpexporter/otlp.go",
  },
  {
    text: "error exporting items, request to",
    transport: "http",
    source: "open-telemetry/opentelemetry-collector exporter/otlphttpexporter/otlp.go",
  },
  {
    text: "otlphttpexporter/",
    transport: "http",
    source: "open-telemetry/opentelemetry-collector exporter/otlphttpexporter/otlp.go",
  },
];

/**
 * A transport named in settings: the SDKs' OTEL_EXPORTER_OTLP_PROTOCOL (and per signal), Java's
 * otel.exporter.otlp.protocol system property, and the Java agent's older experimental name
 * (opentelemetry-specification specification/protocol/exporter.md). Values: grpc, http/protobuf, http/json.
 */
export const OTLP_PROTOCOL_SETTING =
  /otel[._](?:experimental[._])?exporter[._]otlp(?:[._](?:traces|metrics|logs))?[._]protocol["'`]?\s{0,3}[=:]\s{0,3}["'`]?(grpc|http\/protobuf|http\/json)\b/g;
