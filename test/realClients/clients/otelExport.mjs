// Plain JavaScript run by plain node, as a user's program is (no tsx source maps in the stacks).
// One export of one signal over one protocol, the way a user's program does it: the SDK's own
// diagnostics on the console, and the error the export callback receives logged by "user code".
// Driven as a child process so that what lands in stdout/stderr is what the SDK really prints.
import { DiagConsoleLogger, DiagLogLevel, diag, trace } from "@opentelemetry/api";
import { SeverityNumber } from "@opentelemetry/api-logs";
import { OTLPLogExporter as LogsGrpc } from "@opentelemetry/exporter-logs-otlp-grpc";
import { OTLPLogExporter as LogsHttp } from "@opentelemetry/exporter-logs-otlp-http";
import { OTLPLogExporter as LogsProto } from "@opentelemetry/exporter-logs-otlp-proto";
import { OTLPMetricExporter as MetricsGrpc } from "@opentelemetry/exporter-metrics-otlp-grpc";
import { OTLPMetricExporter as MetricsHttp } from "@opentelemetry/exporter-metrics-otlp-http";
import { OTLPMetricExporter as MetricsProto } from "@opentelemetry/exporter-metrics-otlp-proto";
import { OTLPTraceExporter as TracesGrpc } from "@opentelemetry/exporter-trace-otlp-grpc";
import { OTLPTraceExporter as TracesHttp } from "@opentelemetry/exporter-trace-otlp-http";
import { OTLPTraceExporter as TracesProto } from "@opentelemetry/exporter-trace-otlp-proto";
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from "@opentelemetry/sdk-logs";
import { MeterProvider, MetricReader } from "@opentelemetry/sdk-metrics";
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-base";

const signal = process.env.RC_SIGNAL ?? "traces";
const protocol = process.env.RC_PROTOCOL ?? "http/json";
const url = process.env.RC_URL ?? "";
diag.setLogger(
  new DiagConsoleLogger(),
  process.env.RC_DIAG === "debug" ? DiagLogLevel.DEBUG : DiagLogLevel.WARN,
);

// Short timeouts keep the suite fast; two seconds leave a TLS handshake room on a loaded 2-core machine.
const config = { url, timeoutMillis: 2000 };

function exporterFor() {
  const table = {
    "traces http/json": () => new TracesHttp(config),
    "traces http/protobuf": () => new TracesProto(config),
    "traces grpc": () => new TracesGrpc(config),
    "metrics http/json": () => new MetricsHttp(config),
    "metrics http/protobuf": () => new MetricsProto(config),
    "metrics grpc": () => new MetricsGrpc(config),
    "logs http/json": () => new LogsHttp(config),
    "logs http/protobuf": () => new LogsProto(config),
    "logs grpc": () => new LogsGrpc(config),
  };
  const make = table[`${signal} ${protocol}`];
  if (!make) throw new Error(`no exporter for ${signal} ${protocol}`);
  return make();
}

class ManualReader extends MetricReader {
  async onShutdown() {}
  async onForceFlush() {}
}

async function items() {
  if (signal === "traces") {
    const memory = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(memory)] });
    trace.setGlobalTracerProvider(provider);
    trace.getTracer("checkout").startSpan("GET /cart").end();
    await provider.forceFlush();
    return memory.getFinishedSpans();
  }
  if (signal === "metrics") {
    const reader = new ManualReader();
    const provider = new MeterProvider({ readers: [reader] });
    provider.getMeter("checkout").createCounter("orders").add(1);
    const { resourceMetrics } = await reader.collect();
    return resourceMetrics;
  }
  const memory = new InMemoryLogRecordExporter();
  const provider = new LoggerProvider({ processors: [new SimpleLogRecordProcessor({ exporter: memory })] });
  provider.getLogger("checkout").emit({ severityNumber: SeverityNumber.INFO, body: "order placed" });
  await provider.forceFlush();
  return memory.getFinishedLogRecords();
}

const exporter = exporterFor();
const batch = await items();
const result = await new Promise((resolve) => exporter.export(batch, resolve));
if (result.code === 0) console.log(`${signal} exported`);
// The line most programs log, with the error as Node prints it (stack, code, data).
else console.error(`failed to export ${signal}:`, result.error);
await exporter.shutdown().catch(() => {});
process.exit(0);
