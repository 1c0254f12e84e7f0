import type { BackendCatalog } from "../Catalog.ts";

// grafana/dskit, read in its copy vendored by grafana/loki at 65e30f8 (2026-08). Mimir, Loki and Tempo
// all answer with these words when their ring cannot take a write, and Cortex's own ring package says
// the same, so no one backend's catalog can claim them; a paste with them is a backend's answer all
// the same. Their meanings ("unavailable") are in each backend's answers.
const RING = "grafana/dskit ring/ring.go (vendored in grafana/loki)";
const STRATEGY = "grafana/dskit ring/replication_strategy.go (vendored in grafana/loki)";
// CheckReady; Cortex's ring/lifecycler.go says the same.
const LIFECYCLER = "grafana/dskit ring/lifecycler.go";

export const dskit: BackendCatalog = {
  id: "dskit",
  name: "The ring that Mimir, Loki and Tempo share (grafana/dskit; Cortex's ring says the same)",
  markers: [
    { text: "too many unhealthy instances in the ring", source: RING },
    { text: "instance not found in the ring", source: RING },
    { text: "live replicas required, could only find", source: STRATEGY },
    { text: "live replicas required across different availability zones, could only find", source: STRATEGY },
    { text: "healthy replica required, could only find", source: STRATEGY },
    {
      text: "dobatch: instancescount <= 0",
      source: "grafana/dskit ring/batch.go (vendored in grafana/loki)",
    },
    // An ingester's readiness check: another instance in the ring is unhealthy (most often a dead
    // instance left behind, "past heartbeat timeout"), so this one stays unready.
    { text: "found an existing instance(s) with a problem in the ring", source: LIFECYCLER },
  ],
  answers: [
    {
      text: "healthy replica required, could only find",
      source: STRATEGY,
      meaning: "unavailable",
      note: "no healthy instance holds the key",
    },
    {
      text: "dobatch: instancescount <= 0",
      source: "grafana/dskit ring/batch.go (vendored in grafana/loki)",
      meaning: "unavailable",
      note: "the ring has no instances at all",
    },
    {
      text: "found an existing instance(s) with a problem in the ring",
      source: LIFECYCLER,
      meaning: "unavailable",
      note: "an instance in the ring is unhealthy, so the starting one never becomes ready",
    },
  ],
};
