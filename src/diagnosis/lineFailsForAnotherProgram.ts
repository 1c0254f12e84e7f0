import { isServerSideReport } from "../vocabulary/failureClasses/serverSideReports.ts";
import { mentionsVocabulary } from "../vocabulary/mentionsVocabulary.ts";

/**
 * Whether one line (normalised, lower-case) reports a connection, or an answer, that belongs to
 * another program, whatever else the paste is about: a server's log of its client's handshake, a
 * prober's report, or a failure whose own line names the other product it was calling (its status
 * is that product's answer). Jaeger's "failed to create
 * primary Elasticsearch client: … x509" and Grafana's "Failed to send alert notification email …
 * x509" sit in telemetry products' logs, but the call that failed went to Elasticsearch and to a mail
 * server, not to a telemetry backend.
 */
export function lineFailsForAnotherProgram(line: string, exportLogged: boolean): boolean {
  if (isServerSideReport(line)) return true;
  // Only a program names its destination exactly; a person's sentence ("connecting to our
  // Elasticsearch gives UNABLE_TO_VERIFY_LEAF_SIGNATURE") may mean the APM server in front of it.
  if (!LOGGED.test(line)) return false;
  // These calls are no export, whatever else the paste logs.
  if (OTHER_CALL.test(line)) return true;
  // An exporter's own log line names its destination ("name": "opensearch"): the Collector's
  // OpenSearch or Kafka exporter failing to connect is still the pipeline's export.
  if (exportLogged) return false;
  // Logstash's Loki output (`logstash.outputs.loki`) is a client of the backend: the write is ours.
  if (mentionsVocabulary(line, "backend")) return false;
  return mentionsVocabulary(line.replace(PORT, ""), "other-product");
}

/**
 * A log line's marks: a level or message key (logfmt, JSON), an `error:` / `[error]` prefix, a level
 * right after the timestamp (zap's console lines in the Collector and vmagent, whose tabs and time
 * normalizeText turns into spaces and `<ts>`) or Telegraf's `E! [`.
 */
const LOGGED =
  /\b(?:level|lvl|msg|err|error|caller|logger)=|"(?:level|msg|message|error|caller)"\s*:|\b(?:error|err|fatal|warn(?:ing)?|exception)(?::|\])|<ts>\s+(?:error|warn(?:ing)?|info|debug|fatal)\b|\b[ewid]! \[/;

/** A well-known port names its server only for the paste as a whole: `loki:9200` is still Loki. */
const PORT = /:\d{2,5}\b|\bport \d+/g;

/**
 * Calls a telemetry product makes that are no export, whoever makes them: Grafana's mail notifier
 * (`logger=alerting.notifier.email`, pkg/services/notifications), its plugin installer, which
 * downloads from grafana.com's `/api/plugins/` (pkg/plugins/repo), and a notifier posting alerts to
 * Alertmanager's `/api/v2/alerts` (Prometheus's notifier/notifier.go, the Loki and Mimir rulers).
 * Google's API client words its errors "googleapi: Error 403: …" (google-api-go-client
 * googleapi/googleapi.go): a backend's bucket in Cloud Storage answered, not the backend. A
 * backend's members gossiping with each other (dskit kv/memberlist, hashicorp/memberlist) are not a
 * client's write either, nor is the Kubernetes API server refusing a service account ("User %q cannot
 * %s resource %q in API group %q", k8s.io/apiserver pkg/endpoints/handlers/responsewriters/errors.go),
 * whoever's discovery or processor asked it.
 */
const OTHER_CALL =
  /notifier\.email|notification email|send(?:ing)? (?:an? )?e-?mail|\/api\/plugins\/|\/api\/v2\/alerts\b|googleapi: error \d|memberlist|cannot [a-z]+ resource \S+ in api group/;
