import type { BackendCatalog } from "../Catalog.ts";

// Read from VictoriaMetrics/VictoriaMetrics branch cluster (vminsert lives there) at its 2026-08
// snapshot. "cannot send data to vmstorage" is not in that source; the wordings below are.
const NETSTORAGE = "VictoriaMetrics/VictoriaMetrics app/vminsert/netstorage/netstorage.go";
const LIMITER = "VictoriaMetrics/VictoriaMetrics lib/writeconcurrencylimiter/concurrencylimiter.go";

export const victoriametrics: BackendCatalog = {
  id: "victoriametrics",
  name: "VictoriaMetrics (vminsert)",
  markers: [
    { text: "-storagenode=", source: NETSTORAGE },
    { text: "vmstorage nodes are unavailable", source: NETSTORAGE },
    { text: "-maxconcurrentinserts", source: LIMITER },
  ],
  answers: [
    {
      text: "to storagenode",
      source: "VictoriaMetrics/VictoriaMetrics app/vminsert/netstorage/insert_ctx.go",
      meaning: "unavailable",
      status: 503,
      note: "cannot send <n> bytes to storageNode <addr>",
    },
    {
      text: "all the vmstorage nodes are unavailable",
      source: NETSTORAGE,
      meaning: "unavailable",
      note: "vminsert stops accepting data until a vmstorage node is back",
    },
    {
      text: "closing the connection to storagenode and re-routing this data to healthy storage nodes",
      source: NETSTORAGE,
      meaning: "unavailable",
    },
    {
      text: "concurrent insert requests are executed.",
      source: LIMITER,
      meaning: "overloaded",
      status: 503,
      note: "cannot process insert request: -maxConcurrentInserts reached for -insert.maxQueueDuration",
    },
    { text: "cannot check storage readonly mode for", source: NETSTORAGE, meaning: "unavailable" },
  ],
};
