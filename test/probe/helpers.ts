import { expect } from "vitest";
import { renderProbeText } from "../../src/probe/renderProbeText.ts";
import { runProbe } from "../../src/probe/runProbe.ts";
import type {
  Lookup,
  ProbeAuditLine,
  ProbeOptions,
  ProbeRequest,
  ProbeResult,
} from "../../src/probe/types.ts";

/** Test timeouts: small, so failures that wait (hang, closed port) stay quick. */
export const FAST = { connectMs: 300, headersMs: 300, bodyMs: 300, deadlineMs: 3000 } as const;

export function mapLookup(table: Record<string, string[] | Error>): Lookup & { calls: string[] } {
  const calls: string[] = [];
  const lookup = async (hostname: string) => {
    calls.push(hostname);
    const entry = table[hostname];
    if (entry === undefined)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    if (entry instanceof Error) throw entry;
    return entry.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  return Object.assign(lookup, { calls });
}

export interface Probed {
  result: ProbeResult;
  text: string;
  audit: ProbeAuditLine[];
  check(id: string): ProbeResult["checks"][number];
}

/**
 * Runs a real probe and asserts, every time, that the token appears nowhere in what comes out:
 * the result, the rendered text, the audit line.
 */
export async function probe(
  request: ProbeRequest,
  options: Partial<ProbeOptions> & Pick<ProbeOptions, "allowPrivate">,
): Promise<Probed> {
  const audit: ProbeAuditLine[] = [];
  const result = await runProbe(request, {
    allowedPorts: [],
    allowedHostSuffixes: [],
    maxBodyBytes: 8 * 1024,
    timeouts: FAST,
    audit: (line) => audit.push(line),
    ...options,
  });
  const text = renderProbeText(result);
  expect(audit).toHaveLength(1);
  const everything = JSON.stringify(result) + text + JSON.stringify(audit);
  const token = request.token;
  if (token) {
    for (const piece of [
      token,
      token.trim(),
      token.replace(/^\s*bearer\s+/i, "").trim(),
      token.replace(/^\s*bearer\s+/i, "").replace(/\s+/g, ""),
    ])
      if (piece.length >= 8) expect(everything).not.toContain(piece);
  }
  return {
    result,
    text,
    audit,
    check: (id) => {
      const c = result.checks.find((x) => x.id === id);
      if (!c) throw new Error(`no check ${id}`);
      return c;
    },
  };
}
