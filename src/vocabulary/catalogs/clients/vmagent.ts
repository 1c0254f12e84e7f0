import type { ClientCatalog } from "../Catalog.ts";

// Read from VictoriaMetrics/VictoriaMetrics through the file index (the repository is over the fetch
// size limit). Proposed client id "vmagent"; vlagent, its VictoriaLogs sibling, prints the same lines.
const CLIENT = "VictoriaMetrics/VictoriaMetrics app/vmagent/remotewrite/client.go";

/** client.go drops a block on 400, 409 and 415 and retries every other non-2xx status. */
const RETRIED = Array.from({ length: 500 }, (_, i) => 100 + i).filter(
  (s) => Math.floor(s / 100) !== 2 && ![400, 409, 415].includes(s),
);

export const vmagent: ClientCatalog = {
  id: "vmagent",
  name: "vmagent remote write (-remoteWrite.url)",
  client: "vmagent",
  role: "sends",
  markers: [
    // VictoriaMetrics' logger prints the caller's path: "VictoriaMetrics/app/vmagent/remotewrite/client.go:".
    { text: "app/vmagent/remotewrite/client.go:", source: CLIENT },
    { text: "couldn't send a block with size", source: CLIENT },
    { text: "unexpected status code received after sending a block with size", source: CLIENT },
    { text: "was rejected (skipping the block): status code", source: CLIENT },
  ],
  errors: [
    {
      text: "couldn't send a block with size",
      source: CLIENT,
      meaning: "no HTTP answer (refused, DNS, timeout); the block is sent again after the logged delay",
    },
    {
      text: "unexpected status code received after sending a block with size",
      source: CLIENT,
      class: "http.status",
      meaning:
        "the receiver answered a status it retries (401, 403, 404, 429, 5xx…); the status and body follow",
    },
    {
      text: "was rejected (skipping the block): status code",
      source: CLIENT,
      class: "http.status",
      meaning: "a 400, 409 or 415: the block is dropped",
    },
    {
      text: "re-packing the block to prometheus remote write and retrying.",
      source: CLIENT,
      meaning:
        "the receiver refused VictoriaMetrics' zstd protocol; vmagent falls back to Prometheus remote write",
    },
  ],
  retry: {
    retriedStatuses: RETRIED,
    retriedGrpc: [],
    retriesConnectionErrors: true,
    onGiveUp: "dropped",
    summary:
      "retries connection errors and every non-2xx status except 400, 409 and 415 for as long as it takes (doubling the delay up to -remoteWrite.retryMaxTime, honouring Retry-After), keeping pending data in its on-disk queue; 400, 409 and 415 (after one retry as Prometheus remote write when the block was zstd) drop the block",
    source: CLIENT,
  },
};
