import type { CatalogError } from "../Catalog.ts";

/**
 * What Fluent Bit's engine prints for any output whose flush failed, and when it gives a chunk up
 * (fluent/fluent-bit src/flb_engine.c): the same lines whichever HTTP output failed.
 */
export const FLUENT_BIT_ENGINE_GIVE_UP: readonly CatalogError[] = [
  { text: "failed to flush chunk", source: "fluent/fluent-bit src/flb_engine.c" },
  {
    text: "cannot be retried: task_id=",
    source: "fluent/fluent-bit src/flb_engine.c",
    meaning: "retry_limit used up: the chunk is dropped",
  },
];
