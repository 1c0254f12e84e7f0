import { cortex } from "./backends/cortex.ts";
import { dskit } from "./backends/dskit.ts";
import { loki } from "./backends/loki.ts";
import { mimir } from "./backends/mimir.ts";
import { tempo } from "./backends/tempo.ts";
import { thanosReceive } from "./backends/thanos-receive.ts";
import { victoriametrics } from "./backends/victoriametrics.ts";
import type { BackendCatalog } from "./Catalog.ts";

/** Every backend catalog: what each answers when unavailable, overloaded or refusing. */
export const BACKEND_CATALOGS: readonly BackendCatalog[] = [
  mimir,
  cortex,
  loki,
  tempo,
  thanosReceive,
  victoriametrics,
  dskit,
];
