import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");

/**
 * What changes from run to run, replaced so that a capture only changes when a client's wording does:
 * loopback ports, temp dirs, this checkout's path, timestamps, addresses and key material.
 */
export function stabilise(text: string): string {
  return text
    .split(root)
    .join("<repo>")
    .replace(/127\.0\.0\.1:\d+/g, "127.0.0.1:<port>")
    .replace(/\bport \d+/g, "port <port>")
    .replace(/\bport: \d+/g, "port: <port>")
    .replace(/\/tmp\/real-[a-z]+-[A-Za-z0-9]+/g, "<tmp>")
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, "<ts>")
    .replace(/[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT/g, "<date>")
    .replace(/[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT/g, "<date>")
    .replace(/\b0x[0-9a-f]{6,}\b/g, "0x<addr>")
    .replace(/\b[0-9A-F]{16}(?=:error:)/g, "<thread>")
    .replace(/\b[0-9A-Fa-f:]{40,}\b/g, "<hex>")
    .replace(/<Buffer [0-9a-f ]+(\.\.\. \d+ more bytes)?>/g, "<Buffer …>")
    .replace(/duration=[\d.]+[µmn]?s/g, "duration=<d>")
    .replace(/after [\d.]+ ?(ms|milliseconds|s)\b/g, "after <d>")
    .replace(/(name resolution|metadata filters): [\d.]+s/g, "$1: <d>");
}
