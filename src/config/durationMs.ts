/** A Prometheus duration (`5s`, `1m30s`, `250ms`) in milliseconds; undefined when it is not one. */
export function durationMs(value: string): number | undefined {
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
  let total = 0;
  let seen = "";
  for (const m of value.trim().matchAll(re)) {
    const n = Number(m[1]);
    total += n * (m[2] === "ms" ? 1 : m[2] === "s" ? 1000 : m[2] === "m" ? 60_000 : 3_600_000);
    seen += m[0];
  }
  return seen === value.trim() && seen !== "" ? total : undefined;
}
