import type { ClientCatalog } from "../Catalog.ts";
import { FLUENT_BIT_ENGINE_GIVE_UP } from "./fluentBitEngineGiveUp.ts";
import { FLUENT_BIT_RETRIED_STATUSES } from "./fluentBitRetriedStatuses.ts";

// Read from fluent/fluent-bit at d55459d (2026-08). Proposed client id "fluent-bit".
const PLUGIN = "fluent/fluent-bit plugins/out_prometheus_remote_write/remote_write.c";
const ENGINE = "fluent/fluent-bit src/flb_engine.c";

export const fluentBitPrometheusRemoteWrite: ClientCatalog = {
  id: "fluent-bit-prometheus-remote-write",
  name: "Fluent Bit out_prometheus_remote_write output",
  client: "fluent-bit",
  role: "sends",
  markers: [
    {
      text: "[output:prometheus_remote_write:",
      source: "fluent/fluent-bit include/fluent-bit/flb_output_plugin.h",
    },
    { text: "output=prometheus_remote_write.", source: ENGINE },
  ],
  errors: [
    { text: ", http status=", source: PLUGIN, class: "http.status" },
    { text: "could not flush records to", source: PLUGIN, meaning: "no HTTP answer; retried" },
    { text: "no upstream connections available to", source: PLUGIN, meaning: "could not connect; retried" },
    { text: "could not sign request with sigv4", source: PLUGIN },
    ...FLUENT_BIT_ENGINE_GIVE_UP,
  ],
  retry: {
    retriedStatuses: FLUENT_BIT_RETRIED_STATUSES,
    retriedGrpc: [],
    retriesConnectionErrors: true,
    onGiveUp: "dropped",
    summary:
      "returns FLB_RETRY for every status outside 200-205 except 400 (so 401, 403, 404, 429 and 5xx are all retried) and for connection failures; 400 is FLB_ERROR; the engine retries up to retry_limit (default 1), then drops the chunk",
    source: PLUGIN,
  },
};
