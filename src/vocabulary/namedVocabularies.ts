/**
 * Named word lists that many knowledge entries share, so an entry says `vocab: [backend]` instead of
 * pasting the same alternation into its conditions. Words are literals, matched in the normalised
 * (lower-case) paste where no letter or digit comes before them; the names of our own field also
 * match as the start of a longer word ("otlp" in "otlphttp", "exporter" in "exporterhelper"), while
 * other products' names must stand alone ("pip" is a word, "pipeline" is not). See WHOLE_WORDS.
 * A word written `~word` counts anywhere, even inside another word.
 */
export const NAMED_VOCABULARIES = {
  /** The storage backends a pipeline writes to and reads from. */
  backend: [
    "mimir",
    "cortex",
    "thanos",
    "tempo",
    "loki",
    "xscaler",
    "victoriametrics",
    "vminsert",
    "vmagent",
    "distributor",
    "ingester",
    "ingesters",
    "query-frontend",
    "querier",
  ],
  /** Programs and protocols of a telemetry pipeline: a paste that names one is our business. */
  telemetry: [
    // No English word holds "otlp": it counts inside words too (`sendOTLPRequest`).
    "~otlp",
    "otel",
    "opentelemetry",
    "collector",
    "otelcol",
    // "exporter" alone is too common (CSV exporters, Prometheus exporters): only the Collector's own names.
    "exporterhelper",
    "otlpexporter",
    "otlphttpexporter",
    "prometheus",
    "prometheusremotewrite",
    "promtail",
    "alloy",
    "grafana agent",
    "grafana-agent",
    "grafana",
    "remote write",
    "remote_write",
    "remote-write",
    "remotewrite",
    "jaeger",
    "zipkin",
    "telemetry",
    "fluent bit",
    "fluent-bit",
    "fluentbit",
    "telegraf",
    "spans",
    "traces",
    "tracing",
    "tracer",
    ":4317",
    ":4318",
    "/v1/traces",
    "/v1/metrics",
    "/v1/logs",
    "/api/v1/push",
    "/api/prom/push",
    "/loki/api/v1/push",
  ],
  /**
   * Other products whose errors look like ours. A paste that names one is theirs unless it also shows
   * a telemetry client, so a bare failure in it is not answered on the failure class alone.
   */
  "other-product": [
    "psql",
    "postgres",
    "postgresql",
    "mysql",
    "mariadb",
    "mongodb",
    "mongo",
    "redis",
    "kafka",
    "zookeeper",
    "rabbitmq",
    "amqp",
    "elasticsearch",
    "opensearch",
    "kibana",
    "logstash",
    "npm err!",
    "npm error",
    "yarn",
    "pnpm",
    "pip",
    "pip3",
    "pypi",
    "git clone",
    "git fetch",
    "git push",
    "git pull",
    "docker pull",
    "docker login",
    "apt-get",
    "maven",
    "gradle",
    "nuget",
    "cargo",
    "readiness probe",
    "liveness probe",
    "startup probe",
    "helm repo",
    "terraform",
    "admission webhook",
    "ldap",
    "smtp",
    "ssh",
    "sshd",
    "vault",
    "keycloak",
    "oauth2: cannot fetch token",
    "scrape_pool",
    "scrape target",
  ],
} as const satisfies Record<string, readonly string[]>;

export type VocabularyName = keyof typeof NAMED_VOCABULARIES;

/** Vocabularies whose words must end where the word ends (short names that start common words). */
export const WHOLE_WORDS: ReadonlySet<VocabularyName> = new Set(["other-product"]);
export const VOCABULARY_NAMES = Object.keys(NAMED_VOCABULARIES) as [VocabularyName, ...VocabularyName[]];
