/**
 * What Fluent Bit's HTTP outputs (out_loki's loki.c, out_prometheus_remote_write's remote_write.c)
 * retry: every status outside 200–205 except 400, which they drop ("Not retrying.").
 */
export const FLUENT_BIT_RETRIED_STATUSES: readonly number[] = Array.from(
  { length: 500 },
  (_, i) => 100 + i,
).filter((s) => (s < 200 || s > 205) && s !== 400);
