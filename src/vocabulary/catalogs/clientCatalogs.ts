import type { ClientCatalog } from "./Catalog.ts";
import { alloy } from "./clients/alloy.ts";
import { fluentBitLoki } from "./clients/fluent-bit-loki.ts";
import { fluentBitOpentelemetry } from "./clients/fluent-bit-opentelemetry.ts";
import { fluentBitPrometheusRemoteWrite } from "./clients/fluent-bit-prometheus-remote-write.ts";
import { grafanaPrometheus } from "./clients/grafana-prometheus.ts";
import { otelDotnet } from "./clients/otel-dotnet.ts";
import { otelGo } from "./clients/otel-go.ts";
import { otelJava } from "./clients/otel-java.ts";
import { otelJs } from "./clients/otel-js.ts";
import { otelPhp } from "./clients/otel-php.ts";
import { otelPython } from "./clients/otel-python.ts";
import { otelRuby } from "./clients/otel-ruby.ts";
import { otelRust } from "./clients/otel-rust.ts";
import { otelcolExporterhelper } from "./clients/otelcol-exporterhelper.ts";
import { otelcolPrometheusremotewrite } from "./clients/otelcol-prometheusremotewrite.ts";
import { prometheusRemoteStorage } from "./clients/prometheus-remote-storage.ts";
import { promtail } from "./clients/promtail.ts";
import { telegraf } from "./clients/telegraf.ts";
import { vector } from "./clients/vector.ts";
import { vmagent } from "./clients/vmagent.ts";

/** Every client catalog, each read from its program's own source. */
export const CLIENT_CATALOGS: readonly ClientCatalog[] = [
  prometheusRemoteStorage,
  alloy,
  promtail,
  otelcolExporterhelper,
  otelcolPrometheusremotewrite,
  otelJs,
  otelJava,
  otelPython,
  otelGo,
  otelDotnet,
  otelRuby,
  otelPhp,
  otelRust,
  fluentBitOpentelemetry,
  fluentBitPrometheusRemoteWrite,
  fluentBitLoki,
  vector,
  telegraf,
  vmagent,
  grafanaPrometheus,
];
