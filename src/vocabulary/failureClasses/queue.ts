import type { FailureClass } from "./FailureClass.ts";

/**
 * The exporter's own buffering: data dropped because the queue in front of the exporter is full
 * (the backend is slower than the input, or down), or given up on after retrying until the
 * time limit. Both are symptoms; the cause is usually a failure further down the same paste.
 */
export const queueClasses: readonly FailureClass[] = [
  {
    id: "queue.full",
    layer: "queue",
    summary: "the exporter's queue is full, so new data is being dropped",
    confirm:
      "look for the export error just before the drops (the backend being slow or refusing); then compare queue size and batch settings (sending_queue.queue_size, maxQueueSize) with the input rate",
    wordings: [
      // Prometheus before the WAL-based remote write (2.7 and older) dropped samples when its shard queues filled.
      {
        text: "remote storage queue full, discarding sample",
        source: "prometheus/prometheus storage/remote/queue_manager.go",
      },
      // The collector before the queue rework (≤ 0.60): `Dropping data because sending_queue is full`.
      {
        text: "sending_queue is full",
        source: "open-telemetry/opentelemetry-collector exporter/exporterhelper/queued_retry.go",
      },
      {
        text: "sending queue is full",
        source: "open-telemetry/opentelemetry-collector exporter/exporterhelper/internal/queue/queue.go",
      },
      {
        text: "batchspanprocessor dropped",
        source:
          "open-telemetry/opentelemetry-java sdk/trace/src/main/java/io/opentelemetry/sdk/trace/export/BatchSpanProcessor.java",
      },
      {
        text: "since the last export because the queue is full",
        source:
          "open-telemetry/opentelemetry-java sdk/trace/src/main/java/io/opentelemetry/sdk/trace/export/BatchSpanProcessor.java",
      },
      {
        text: "maxqueuesize reached, dropping spans",
        source: "open-telemetry/opentelemetry-js packages/sdk-trace/src/export/BatchSpanProcessorBase.ts",
      },
      {
        text: "spans because maxqueuesize reached",
        source: "open-telemetry/opentelemetry-js packages/sdk-trace/src/export/BatchSpanProcessorBase.ts",
      },
      {
        text: "concurrent export limit reached",
        source:
          "open-telemetry/opentelemetry-js experimental/packages/otlp-exporter-base/src/otlp-export-delegate.ts",
      },
      {
        text: "concurrency limit reached",
        source:
          "open-telemetry/opentelemetry-js experimental/packages/otlp-exporter-base/src/bounded-queue-export-promise-handler.ts",
      },
      {
        text: "queue full, dropping",
        source:
          "open-telemetry/opentelemetry-python opentelemetry-sdk/src/opentelemetry/sdk/_shared_internal/__init__.py",
      },
      { text: "dropped log records", source: "open-telemetry/opentelemetry-go sdk/log/batch.go" },
      // opentelemetry-rust: `BatchLogProcessor dropped a LogRecord due to queue full …` and, at shutdown,
      // `Spans were dropped due to a queue being full …`; before 0.27 `cannot send span to the batch
      // span processor because the channel is full` and `… to batch processor as the channel is full`.
      {
        text: "batchlogprocessor dropped",
        source: "open-telemetry/opentelemetry-rust opentelemetry-sdk/src/logs/batch_log_processor.rs",
      },
      {
        text: "dropped due to a queue being full",
        source: "open-telemetry/opentelemetry-rust opentelemetry-sdk/src/trace/span_processor.rs",
      },
      {
        text: "dropped due to a full or closed queue",
        source:
          "open-telemetry/opentelemetry-rust opentelemetry-sdk/src/trace/span_processor_with_async_runtime.rs",
      },
      {
        text: "because the channel is full",
        source: "open-telemetry/opentelemetry-rust opentelemetry-sdk/src/trace/span_processor.rs",
      },
      {
        text: "to batch processor as the channel is full",
        source: "open-telemetry/opentelemetry-rust opentelemetry-sdk/src/runtime.rs",
      },
      // opentelemetry-python before the shared BatchProcessor: `Queue is full, likely spans will be dropped.`
      {
        text: "queue is full, likely",
        source:
          "open-telemetry/opentelemetry-python opentelemetry-sdk/src/opentelemetry/sdk/trace/export/__init__.py",
      },
      {
        text: "item(s) due to buffer full",
        source:
          "open-telemetry/opentelemetry-dotnet src/OpenTelemetry/Internal/OpenTelemetrySdkEventSource.cs",
      },
    ],
  },
  {
    id: "queue.timeout",
    layer: "queue",
    summary:
      "the exporter gave up on queued data after retrying until its time limit (or its export timeout ran out)",
    confirm:
      'find the error the retries carried (it follows "no more retries left:"); the retry limit (retry_on_failure.max_elapsed_time, export timeout) only ends them',
    wordings: [
      {
        text: "no more retries left",
        source: "open-telemetry/opentelemetry-collector exporter/exporterhelper/internal/retry_sender.go",
      },
      {
        text: "request will be cancelled before next retry",
        source: "open-telemetry/opentelemetry-collector exporter/exporterhelper/internal/retry_sender.go",
      },
      {
        text: "processor export timeout",
        source: "open-telemetry/opentelemetry-go sdk/trace/batch_span_processor.go",
      },
    ],
  },
];
