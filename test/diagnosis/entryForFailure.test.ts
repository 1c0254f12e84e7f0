import { describe, expect, it } from "vitest";
import { entryForFailure } from "../../src/diagnosis/entryForFailure.ts";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";
import { classifyError, classifyResponse } from "../../src/probe/classifyOutcome.ts";

const kb = await loadKnowledgeBase();

/**
 * The probe names a failure class for what it saw; the knowledge base, scored the way a paste is,
 * must point that class to the same entry the probe names: one fact, one entry.
 */
describe("a probe failure and a paste showing the same failure point to one entry", () => {
  const connection: [string, string, "tcp" | "tls" | "write"][] = [
    ["ECONNREFUSED", "refused", "tcp"],
    ["ETIMEDOUT", "timed out", "tcp"],
    ["ECONNRESET", "reset", "write"],
    ["UND_ERR_HEADERS_TIMEOUT", "no answer", "write"],
    ["EHOSTUNREACH", "unreachable", "tcp"],
    ["ENOTFOUND", "no such host", "tcp"],
    ["EAI_AGAIN", "temporary DNS", "tcp"],
    ["UNABLE_TO_VERIFY_LEAF_SIGNATURE", "untrusted chain", "tls"],
    ["DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed", "tls"],
    ["ERR_TLS_CERT_ALTNAME_INVALID", "hostname mismatch", "tls"],
    ["CERT_HAS_EXPIRED", "expired", "tls"],
  ];
  it.each(connection)("%s (%s)", (code, _what, kind) => {
    const outcome = classifyError(kind, Object.assign(new Error(code), { code }));
    expect(outcome.symptom).toBeDefined();
    const failureClass = outcome.failureClass;
    if (!failureClass) throw new Error(`the probe named no failure class for ${code}`);
    expect(entryForFailure(kb, { failureClass, direction: "write" })).toBe(outcome.symptom);
  });

  const answers: [number, "write" | "read", string][] = [
    [401, "write", ""],
    [403, "write", ""],
    [429, "write", ""],
    [503, "write", ""],
    [502, "write", ""],
    [413, "write", ""],
    [400, "write", "no org id"],
  ];
  it.each(answers)("HTTP %i on a %s", (status, kind, body) => {
    const outcome = classifyResponse(kind, { status, headers: {}, body, oversize: false }, body === "");
    expect(outcome.failureClass).toBe("http.status");
    const entry = entryForFailure(kb, { httpStatus: status, direction: kind, client: "prometheus" });
    if (outcome.symptom) expect(entry).toBe(outcome.symptom);
    else expect(entry).toBeDefined();
  });
});
