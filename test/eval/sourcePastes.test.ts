import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SCORER, scoreLabelledSet } from "../support/scoreLabelledSet.ts";

/**
 * Pastes written by helpers around exact messages they read in programs' own source (each line names
 * its program and source file): other programs failing in the pipeline's words, and the clients
 * failing in words of their own. They are not real pastes and not blind: they were tuning material in
 * the eighth pass, so they hold what that pass reached, no more.
 */
const otherPrograms = fileURLToPath(new URL("../fixtures/sourcePastes/otherPrograms.jsonl", import.meta.url));
const clients = fileURLToPath(new URL("../fixtures/sourcePastes/clients.jsonl", import.meta.url));

const score = scoreLabelledSet;

describe.skipIf(!existsSync(SCORER))("pastes written around source strings", () => {
  // Measured 5 of 130 answered: a bare undici fetch timeout, HAProxy's and Traefik's upstream logs
  // (they name neither the proxy nor the app), a continuation line of a memberlist error, and Alloy's
  // "nothing shows up" beside a file it could not tail (706980a answered 13).
  it("another program's failure (130): at most 5 get an answer", () => {
    const s = score(otherPrograms);
    expect(s.answered).toBe(s.cases);
    expect(Math.round(s.false_match * s.negatives)).toBeLessThanOrEqual(5);
  });

  // Measured 0.950 (133 of 140; 706980a 0.936). Of the seven misses, five name a fair neighbour (two
  // 403s as otel-auth-rejected, a doubled path as the otlphttp path entry, Mimir's message-size limit as
  // its own entry rather than request-too-large, an Alloy 401 as alloy-not-arriving), one is Grafana's
  // data proxy refused (network first, Bad Gateway second), and one Fluent Bit's bare "connection
  // error" gets nothing. The third helper's 50 (protocol, path, tenant, token and ring failures) were
  // added after they scored 0.980 on 706980a and on this pass's code alike.
  it("the clients' own failures (140): top-1 at least 0.95", () => {
    const s = score(clients);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.95);
  });
});
