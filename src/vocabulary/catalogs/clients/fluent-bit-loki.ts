import type { ClientCatalog } from "../Catalog.ts";
import { FLUENT_BIT_ENGINE_GIVE_UP } from "./fluentBitEngineGiveUp.ts";
import { FLUENT_BIT_RETRIED_STATUSES } from "./fluentBitRetriedStatuses.ts";

// Read from fluent/fluent-bit at d55459d (2026-08). Proposed client id "fluent-bit".
const PLUGIN = "fluent/fluent-bit plugins/out_loki/loki.c";
const ENGINE = "fluent/fluent-bit src/flb_engine.c";

export const fluentBitLoki: ClientCatalog = {
  id: "fluent-bit-loki",
  name: "Fluent Bit out_loki output",
  client: "fluent-bit",
  role: "sends",
  markers: [
    { text: "[output:loki:", source: "fluent/fluent-bit include/fluent-bit/flb_output_plugin.h" },
    { text: "output=loki.", source: ENGINE },
  ],
  errors: [
    {
      text: ", http status=",
      source: PLUGIN,
      class: "http.status",
      meaning: "Loki answered outside 200-205; Loki's body follows on the next line",
    },
    {
      text: "http status=400 not retrying.",
      source: PLUGIN,
      status: 400,
      meaning: "a 400 (Loki's validation: too old, out of order, line too long): the chunk is dropped",
    },
    { text: "could not flush records to", source: PLUGIN, meaning: "a 5xx or no HTTP answer; retried" },
    { text: "no upstream connections available", source: PLUGIN, meaning: "could not connect; retried" },
    ...FLUENT_BIT_ENGINE_GIVE_UP,
  ],
  retry: {
    retriedStatuses: FLUENT_BIT_RETRIED_STATUSES,
    retriedGrpc: [],
    retriesConnectionErrors: true,
    onGiveUp: "dropped",
    summary:
      'returns FLB_RETRY for every status outside 200-205 except 400 (so 401, 403, 429 and 5xx are retried) and for connection failures; a 400 is FLB_ERROR ("Not retrying.") and the chunk is dropped; the engine retries up to retry_limit (default 1), then drops the chunk',
    source: PLUGIN,
  },
};
