import type { ClientCatalog } from "../Catalog.ts";

// grafana/grafana is too large to fetch whole; read through the file index: pkg/promlib (today's
// Prometheus data source) and pkg/tsdb/prometheus (its older home, where the logger is named).
const HEALTH = "grafana/grafana pkg/promlib/healthcheck.go";
const QUERY = "grafana/grafana pkg/promlib/querydata/request.go";

export const grafanaPrometheus: ClientCatalog = {
  id: "grafana-prometheus",
  name: "Grafana Prometheus data source",
  client: "grafana",
  role: "reads",
  markers: [
    { text: "logger=tsdb.prometheus", source: "grafana/grafana pkg/tsdb/prometheus/prometheus.go" },
    // Shown in the UI's "Save & test" box when the health query fails.
    { text: "there was an error returned querying the prometheus api.", source: HEALTH },
  ],
  errors: [
    { text: "there was an error returned querying the prometheus api.", source: HEALTH },
    { text: "error performing prometheus healthcheck", source: HEALTH },
    { text: "failed to get prometheus heuristics", source: HEALTH },
    { text: "exemplar query failed", source: QUERY },
    {
      // Error.Error() is "<type>: <msg>" with ErrClient = "client_error" and msg "client error: <status>".
      text: "client_error: client error",
      source: "prometheus/client_golang api/prometheus/v1/api.go (vendored in grafana/loki)",
      class: "http.status",
      meaning: "the older buffered client got a 4xx from the data source URL",
    },
  ],
  retry: {
    retriedStatuses: [],
    retriedGrpc: [],
    // A query that fails becomes the panel's or alert rule's error (StatusBadGateway); nothing is resent.
    retriesConnectionErrors: false,
    onGiveUp: "dropped",
    summary:
      "no retry: a failed query is returned as the panel's or alert's error (502 from Grafana when the request itself failed)",
    source: QUERY,
  },
};
