import type { Agent } from "undici";
import { request } from "undici";

export interface ProbeResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The first few KiB of the body as text, for the detail; the rest is counted, not kept. */
  body: string;
  /** The body went past the cap and was cut off. */
  oversize: boolean;
}

const KEEP_BYTES = 2048;

/** One request through the vetted agent: no redirects, no decompression, a hard cap on the body. */
export async function sendProbeRequest(
  agent: Agent,
  url: string,
  init: { method: "GET" | "POST"; headers: Record<string, string>; body?: Uint8Array },
  limits: { maxBodyBytes: number; signal: AbortSignal },
): Promise<ProbeResponse> {
  const res = await request(url, {
    dispatcher: agent,
    method: init.method,
    // identity: undici.request never decompresses, and we ask the server not to compress either.
    headers: { ...init.headers, "accept-encoding": "identity", "user-agent": "telemetry-doctor-probe/0.1" },
    ...(init.body ? { body: Buffer.from(init.body) } : {}),
    signal: limits.signal,
  });
  const kept: Buffer[] = [];
  let total = 0;
  let oversize = false;
  try {
    for await (const chunk of res.body as AsyncIterable<Buffer>) {
      if (total < KEEP_BYTES) kept.push(chunk.subarray(0, KEEP_BYTES - total));
      total += chunk.length;
      if (total > limits.maxBodyBytes) {
        oversize = true;
        break;
      }
    }
  } catch (error) {
    if ((error as { code?: unknown }).code !== "UND_ERR_RES_EXCEEDED_MAX_SIZE") throw error;
    oversize = true;
  } finally {
    if (oversize) res.body.destroy();
  }
  return {
    status: res.statusCode,
    headers: res.headers,
    body: Buffer.concat(kept).toString("utf8"),
    oversize,
  };
}
