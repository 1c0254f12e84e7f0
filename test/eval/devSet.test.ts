import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SCORER, scoreLabelledSet } from "../support/scoreLabelledSet.ts";

/**
 * Runs the real scorer (../shared/eval/score.mjs, beside the project as in CI) against the real
 * batch command, and fails when a labelled set scores below what we measured.
 */
const challenge = fileURLToPath(new URL("../fixtures/eval/challenge.jsonl", import.meta.url));
const blind = fileURLToPath(new URL("../fixtures/eval/blind.jsonl", import.meta.url));
const blind2 = fileURLToPath(new URL("../fixtures/eval/blind2.jsonl", import.meta.url));
const blind3 = fileURLToPath(new URL("../fixtures/eval/blind3.jsonl", import.meta.url));
const blind4 = fileURLToPath(new URL("../fixtures/eval/blind4.jsonl", import.meta.url));
const blind5 = fileURLToPath(new URL("../fixtures/eval/blind5.jsonl", import.meta.url));
const blind6 = fileURLToPath(new URL("../fixtures/eval/blind6.jsonl", import.meta.url));
const blind7 = fileURLToPath(new URL("../fixtures/eval/blind7.jsonl", import.meta.url));
const blind8 = fileURLToPath(new URL("../fixtures/eval/blind8.jsonl", import.meta.url));
const blind9 = fileURLToPath(new URL("../fixtures/eval/blind9.jsonl", import.meta.url));
const blind10 = fileURLToPath(new URL("../fixtures/eval/blind10.jsonl", import.meta.url));
const blind11 = fileURLToPath(new URL("../fixtures/eval/blind11.jsonl", import.meta.url));
const blind12 = fileURLToPath(new URL("../fixtures/eval/blind12.jsonl", import.meta.url));
const blind13 = fileURLToPath(new URL("../fixtures/eval/blind13.jsonl", import.meta.url));
const blind14 = fileURLToPath(new URL("../fixtures/eval/blind14.jsonl", import.meta.url));
const blind15 = fileURLToPath(new URL("../fixtures/eval/blind15.jsonl", import.meta.url));
const blind16 = fileURLToPath(new URL("../fixtures/eval/blind16.jsonl", import.meta.url));
const blind17 = fileURLToPath(new URL("../fixtures/eval/blind17.jsonl", import.meta.url));
const blind18 = fileURLToPath(new URL("../fixtures/eval/blind18.jsonl", import.meta.url));
const blind19 = fileURLToPath(new URL("../fixtures/eval/blind19.jsonl", import.meta.url));
const blind20 = fileURLToPath(new URL("../fixtures/eval/blind20.jsonl", import.meta.url));
const blind21 = fileURLToPath(new URL("../fixtures/eval/blind21.jsonl", import.meta.url));
const blind22 = fileURLToPath(new URL("../fixtures/eval/blind22.jsonl", import.meta.url));
const blind23 = fileURLToPath(new URL("../fixtures/eval/blind23.jsonl", import.meta.url));
const blind24 = fileURLToPath(new URL("../fixtures/eval/blind24.jsonl", import.meta.url));
const blind25 = fileURLToPath(new URL("../fixtures/eval/blind25.jsonl", import.meta.url));
const blind26 = fileURLToPath(new URL("../fixtures/eval/blind26.jsonl", import.meta.url));

const score = scoreLabelledSet;

describe.skipIf(!existsSync(SCORER))("labelled sets, scored by ../shared/eval/score.mjs", () => {
  // One of the 8 negatives, d023, is Tempo's own "LIVE_TRACES_EXCEEDED: max live traces per tenant
  // exceeded", labelled "no match" before any Tempo entry existed; tempo-live-traces-exceeded answers it
  // now. The set is shared and read-only here, so that answer counts as a false match: 1 of 8.
  it("the dev set (40 cases): at least the measured top-1 1.000, top-3 1.000, false matches 1 of 8 (d023)", () => {
    const s = score();
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(1);
    expect(s.top3).toBeGreaterThanOrEqual(1);
    expect(s.false_match).toBeLessThanOrEqual(1 / 8 + 1e-9);
  });

  // Real pasted errors from public issue threads (test/fixtures/eval/challenge.jsonl), which the
  // knowledge base was tuned on: measured 1.000 / 1.000 / 0; one miss in 85 is tolerated.
  it("the challenge set (100 cases): top-1 and top-3 at least 0.98, no false match", () => {
    const s = score(challenge);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.98);
    expect(s.top3).toBeGreaterThanOrEqual(0.98);
    expect(s.false_match).toBeLessThanOrEqual(0);
  });

  // A second set of real pastes (test/fixtures/eval/blind.jsonl), scored blind first (top-1 0.741,
  // false matches 5 of 12) and then used for general fixes: measured 0.948 / 0.948 / 0 of 12.
  it("the second set (70 cases): top-1 and top-3 at least 0.94, no false match", () => {
    const s = score(blind);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.94);
    expect(s.top3).toBeGreaterThanOrEqual(0.94);
    expect(s.false_match).toBeLessThanOrEqual(0);
  });

  // A third set (test/fixtures/eval/blind2.jsonl), scored blind after the fixes from the second
  // (top-1 0.727, top-3 0.745, false matches 6 of 15), then used for general fixes: measured
  // 0.909 / 0.927 / 1 of 15; with the failure classes and catalogs 0.909 / 0.945 / 0.
  it("the third set (70 cases): top-1 at least 0.90, top-3 at least 0.94, no false match", () => {
    const s = score(blind2);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.9);
    expect(s.top3).toBeGreaterThanOrEqual(0.94);
    expect(s.false_match).toBeLessThanOrEqual(0);
  });

  // A fourth set (test/fixtures/eval/blind3.jsonl), scored blind after all the fixes above (top-1
  // 0.682, top-3 0.682, false matches 4 of 12), then used for general fixes: measured 0.795 / 0.795 /
  // 1 of 12, and 0 of 12 since. Most of what it still misses is prose with no error line in it.
  // With the runtimes' wordings and a person's words for each symptom (issue 9, second pass):
  // 0.833 / 0.854 / 0; with the third pass (more wordings from source, topics): 0.875 / 0.896 / 0;
  // seventh pass: 0.896 / 0.917 / 0.
  it("the fourth set (56 cases): top-1 at least 0.89, top-3 at least 0.91, no false match", () => {
    const s = score(blind3);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.89);
    expect(s.top3).toBeGreaterThanOrEqual(0.91);
    expect(s.false_match).toBeLessThanOrEqual(0);
  });

  // A fifth set (test/fixtures/eval/blind4.jsonl, 84 cases from sources none of the others used),
  // gathered and scored blind before the failure classes and catalogs existed (top-1 0.600, top-3
  // 0.600, false matches 3 of 24), then used for general fixes: measured 0.783 / 0.783 / 2 of 24. One of
  // the two is a 413 that request-too-large answers rightly (labelled null when no entry covered it).
  // Since the Mimir, Loki and Tempo entries, two of its negatives (g019, g049) are labelled with the
  // entry that answers them: 62 positives, 22 negatives, measured 0.790 / 0.790 / 2 of 22; after the
  // issue 9 second pass 0.823 / 0.823 / 2 of 22; after the third 0.839 / 0.839 / 2 of 22 (g018, a
  // Thanos receive 409 for out-of-order samples, now has that entry as also_ok).
  // Eighth pass: an otlp exporter on Jaeger's gRPC port (g078) is a wrong endpoint, 0.855 / 0.855.
  it("the fifth set (84 cases): top-1 and top-3 at least 0.85, false matches at most 2", () => {
    const s = score(blind4);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.85);
    expect(s.top3).toBeGreaterThanOrEqual(0.85);
    expect(Math.round(s.false_match * s.negatives)).toBeLessThanOrEqual(2);
  });

  // A sixth set (test/fixtures/eval/blind5.jsonl, 86 cases from sources none of the others used),
  // gathered while the failure classes were built and kept sealed: scored once, blind, after that work
  // (top-1 0.603, top-3 0.603, false matches 6 of 28), then again with the Mimir, Loki and Tempo entries
  // (0.552 / 0.603 / 8 of 28: two of those are backend-limit negatives the new entries answer, and three
  // positives are now answered first by a more specific new entry). After the issue 9 second pass,
  // which used it for general fixes: 0.793 / 0.845 / 5 of 28 (four of the five are answers of entries
  // written after the labels: a Mimir series limit, a Loki limit, request-too-large twice). After the
  // third pass: 0.828 / 0.879 / 5 of 28.
  it("the sixth set (86 cases): top-1 at least 0.82, top-3 at least 0.87, false matches at most 5", () => {
    const s = score(blind5);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.82);
    expect(s.top3).toBeGreaterThanOrEqual(0.87);
    expect(Math.round(s.false_match * s.negatives)).toBeLessThanOrEqual(5);
  });

  // A seventh set (blind6.jsonl, 103 cases, odd-numbered threads none of the others used), gathered
  // at the start of the second issue 9 pass and scored blind on the code as it then stood (e7f7175):
  // 0.643 / 0.657 / 2 of 33. Its misses were then read by failure class and client and fixed in
  // general: 0.871 / 0.871 / 2 of 33. It is a regression set now, not a blind one. Third pass:
  // 0.886 / 0.886 / 2 of 33; fourth: 1 of 33.
  it("the seventh set (103 cases): top-1 and top-3 at least 0.88, false matches at most 1", () => {
    const s = score(blind6);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.88);
    expect(s.top3).toBeGreaterThanOrEqual(0.88);
    expect(Math.round(s.false_match * s.negatives)).toBeLessThanOrEqual(1);
  });

  // An eighth set (blind7.jsonl, 94 cases, even-numbered threads), gathered at the same time and kept
  // sealed: nobody read its cases while the diagnosis changed, and it was scored once, at the end:
  // 0.767 / 0.767 / 3 of 34, the same top answer on every case as the code before the pass. Its blind
  // score is spent. The third pass read its misses (by failure class, client and backend, never a
  // rule for one case): 0.900 / 0.900 / 3 of 34; fourth pass: 2 of 34; fifth pass (backends' wordings
  // from their source): 0.933 / 0.933 / 2 of 34.
  it("the eighth set (94 cases): top-1 and top-3 at least 0.93, false matches at most 2", () => {
    const s = score(blind7);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.93);
    expect(s.top3).toBeGreaterThanOrEqual(0.93);
    expect(Math.round(s.false_match * s.negatives)).toBeLessThanOrEqual(2);
  });

  // A ninth set (blind8.jsonl, 96 cases, odd-numbered threads none of the others used), gathered at
  // the start of the third issue 9 pass and scored blind on the code as it then stood (2003654):
  // 0.507 / 0.507 / 3 of 29. Its misses were then read and fixed in general (wordings from the
  // programs' own source, topics for questions asked in prose): 0.776 / 0.776 / 2 of 29; then 0.761
  // once a review dropped topics that answered how-to questions about other things ("help text").
  // Sixth pass: grpc-java's "INTERNAL: http2 exception" as a protocol mismatch, 0.776. Seventh pass
  // (Cloud Monitoring's label-limit answer): 0.791.
  it("the ninth set (96 cases): top-1 and top-3 at least 0.79, false matches at most 2", () => {
    const s = score(blind8);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.79);
    expect(s.top3).toBeGreaterThanOrEqual(0.79);
    expect(Math.round(s.false_match * s.negatives)).toBeLessThanOrEqual(2);
  });

  // A tenth set (blind9.jsonl, 96 cases, even-numbered threads), gathered at the start of the third
  // pass and kept sealed: nobody read its cases, and it was scored twice, both times blind: on the
  // code before the pass (2003654), 0.621 / 0.621 / 4 of 38, and once at the end, 0.672 / 0.690 / 6 of
  // 38. Its blind score is spent. The fourth pass read it for general fixes: 0.672 / 0.690 / 2 of 38.
  // Seventh pass (Prometheus' report of a partial write that lost only exemplars): 0.690 / 0.707.
  it("the tenth set (96 cases): top-1 at least 0.68, top-3 at least 0.70, false matches at most 2", () => {
    const s = score(blind9);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.68);
    expect(s.top3).toBeGreaterThanOrEqual(0.7);
    expect(Math.round(s.false_match * s.negatives)).toBeLessThanOrEqual(2);
  });

  // An eleventh set (blind10.jsonl, 95 cases, threads none of the others used), gathered during the
  // third pass and kept sealed the same way: 0.766 / 0.766 / 6 of 31 on 2003654, 0.766 / 0.766 / 9 of
  // 31 at the end. The fourth pass read it for general fixes: 0.859 / 0.859 / 6 of 31. Sixth pass: a
  // server's log of a client's failed handshake gets no "likely" answer, 5 of 31.
  it("the eleventh set (95 cases): top-1 and top-3 at least 0.85, false matches at most 5", () => {
    const s = score(blind10);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.85);
    expect(s.top3).toBeGreaterThanOrEqual(0.85);
    expect(Math.round(s.false_match * s.negatives)).toBeLessThanOrEqual(5);
  });

  // The fourth pass's three fresh sets, from sources no earlier set and no reserved thread used.
  // blind11 (89 cases, odd-numbered threads) was scored blind at the start, on b557832: 0.684 / 0.684 /
  // 8 of 32; then read to decide how eager the diagnosis may be: 0.842 / 0.842 / 2 of 32. Seventh
  // pass (a server's log of its client's handshake is another program's, in any paste): 1 of 32.
  it("the twelfth set (89 cases): top-1 and top-3 at least 0.84, false matches at most 1", () => {
    const s = score(blind11);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.84);
    expect(s.top3).toBeGreaterThanOrEqual(0.84);
    expect(Math.round(s.false_match * s.negatives)).toBeLessThanOrEqual(1);
  });

  // blind12 (90 cases, even-numbered threads) was sealed for the whole pass and scored once at its end:
  // 0.778 / 0.778 / 10 of 36 (0.759 / 0.796 / 11 of 36 on b557832). Its blind score is spent. Fifth
  // pass: a .NET exporter package's name no longer marks a write, 9 of 36. Sixth pass (another
  // program's connection failure, feature-template headings, the inferred transport mismatch): 0.815 /
  // 0.815 / 7 of 36. Eighth pass ("required scope" only beside the pipeline): 6 of 36.
  it("the thirteenth set (90 cases): top-1 and top-3 at least 0.81, false matches at most 6", () => {
    const s = score(blind12);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.81);
    expect(s.top3).toBeGreaterThanOrEqual(0.81);
    expect(Math.round(s.false_match * s.negatives)).toBeLessThanOrEqual(6);
  });

  // blind13 (92 cases, vendor SDKs, operators and charts) was gathered mid-pass and scored blind on
  // the code as it then stood (87628c2): 0.651 / 0.667 / 5 of 29, the same as on b557832; then read
  // for general fixes: 0.730 / 0.746 / 5 of 29.
  it("the fourteenth set (92 cases): top-1 at least 0.73, top-3 at least 0.74, false matches at most 5", () => {
    const s = score(blind13);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.73);
    expect(s.top3).toBeGreaterThanOrEqual(0.74);
    expect(Math.round(s.false_match * s.negatives)).toBeLessThanOrEqual(5);
  });

  // blind14 (81 cases, threads no earlier set used) was gathered after the pass's last code change
  // and scored once on each build: 0.796 / 0.837 / 5 of 32 on b557832, 0.796 / 0.837 / 4 of 32 at the
  // end. Nobody read it until the fifth pass listed its misses; the backends' wordings from source
  // then answer two of them (Cortex's "sample timestamp out of order"): 0.837 / 0.878 / 4 of 32.
  // Sixth pass: dskit's readiness message, 0.857 / 0.898.
  it("the fifteenth set (81 cases): top-1 at least 0.85, top-3 at least 0.89, false matches at most 4", () => {
    const s = score(blind14);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.85);
    expect(s.top3).toBeGreaterThanOrEqual(0.89);
    expect(Math.round(s.false_match * s.negatives)).toBeLessThanOrEqual(4);
  });
  // blind15, blind16 and blind17 (128 cases from threads no earlier set used, 45 negatives) were gathered
  // at the start of the fifth pass, scored once on 98cc8ba (0.795 / 0.807 / 15 of 45 together), sealed
  // while the diagnosis changed, and scored once more at its end (0.807 / 0.819 / 15 of 45). Their blind
  // scores are spent; they are held at the end's figures. The sixth pass read their misses for general
  // fixes: blind15 0.917 / 0.917 / 0 of 17, blind16 0.778 / 0.800 / 6 of 14. Seventh pass (a scrape's
  // connection failures are the scrape's; tonic 0.8's size wording): blind16 0.800 / 0.822 / 4 of 14.
  it("the sixteenth set (29 cases): top-1 and top-3 at least 0.91, no false match", () => {
    const s = score(blind15);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.91);
    expect(s.top3).toBeGreaterThanOrEqual(0.91);
    expect(Math.round(s.false_match * s.negatives)).toBe(0);
  });

  it("the seventeenth set (59 cases): top-1 at least 0.80, top-3 at least 0.82, false matches at most 4", () => {
    const s = score(blind16);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.8);
    expect(s.top3).toBeGreaterThanOrEqual(0.82);
    expect(Math.round(s.false_match * s.negatives)).toBeLessThanOrEqual(4);
  });

  it("the eighteenth set (40 cases): top-1 and top-3 at least 0.92, false matches at most 6", () => {
    const s = score(blind17);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.92);
    expect(s.top3).toBeGreaterThanOrEqual(0.92);
    expect(Math.round(s.false_match * s.negatives)).toBeLessThanOrEqual(6);
  });

  // blind18, blind19 and blind20 (116 cases from threads and pages no earlier set used, 43 negatives)
  // were gathered at the start of the sixth pass, scored once on 9f435ba (0.863 / 0.890 / 8 of 43
  // together), sealed while the diagnosis changed, and scored once more at its end, on 477ab99 (0.877 /
  // 0.890 / 8 of 43). Their blind scores are spent; they are held at the end's figures. The seventh
  // pass read them for general fixes: blind18 4 of 16 (a scrape of the Collector's own metrics),
  // blind19 0.808 / 0.808 / 1 of 15 (a kubelet's probe; Cortex's "No metric name label"). The eighth:
  // blind18 3 of 16 (a title repeating a server's handshake report).
  it("the nineteenth set (45 cases): top-1 at least 0.89, top-3 at least 0.93, false matches at most 3", () => {
    const s = score(blind18);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.89);
    expect(s.top3).toBeGreaterThanOrEqual(0.93);
    expect(Math.round(s.false_match * s.negatives)).toBeLessThanOrEqual(3);
  });

  it("the twentieth set (41 cases): top-1 and top-3 at least 0.80, false matches at most 1", () => {
    const s = score(blind19);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.8);
    expect(s.top3).toBeGreaterThanOrEqual(0.8);
    expect(Math.round(s.false_match * s.negatives)).toBeLessThanOrEqual(1);
  });

  it("the twenty-first set (30 cases, web pages): top-1 and top-3 1.0, false matches at most 1", () => {
    const s = score(blind20);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBe(1);
    expect(s.top3).toBe(1);
    expect(Math.round(s.false_match * s.negatives)).toBeLessThanOrEqual(1);
  });

  // blind21, blind22 and blind23 (87 cases from threads no earlier set used, 39 negatives) were gathered
  // at the start of the seventh pass by three helpers with disjoint scopes (the Collector and Alloy;
  // Prometheus, the backends and Grafana; the SDKs, apps and shippers), scored once on db0b64b (0.833 /
  // 0.833 / 5 of 39 together), sealed while the diagnosis changed, and scored again on 4c9a4a2 at the
  // pass's end: the same 0.833 / 0.833 / 5 of 39, no case moved. Their blind scores are spent. Read after
  // that, one general fix (a program that could not load its config) takes blind21 to 0 of 13.
  it("the twenty-second set (27 cases): top-1 and top-3 at least 0.85, no false match", () => {
    const s = score(blind21);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.85);
    expect(s.top3).toBeGreaterThanOrEqual(0.85);
    expect(Math.round(s.false_match * s.negatives)).toBe(0);
  });

  // Eighth pass (a failure whose own line names the product it called; a request log's path field):
  // blind22 0 of 12.
  it("the twenty-third set (25 cases): top-1 and top-3 at least 0.92, no false match", () => {
    const s = score(blind22);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.92);
    expect(s.top3).toBeGreaterThanOrEqual(0.92);
    expect(Math.round(s.false_match * s.negatives)).toBe(0);
  });

  // Eighth pass: OpenTelemetry Java's "gRPC status code 16" (h23007) and Jaeger's Elasticsearch
  // storage (h23013): 0.810 / 0.810 / 1 of 14.
  it("the twenty-fourth set (35 cases): top-1 and top-3 at least 0.80, false matches at most 1", () => {
    const s = score(blind23);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.8);
    expect(s.top3).toBeGreaterThanOrEqual(0.8);
    expect(Math.round(s.false_match * s.negatives)).toBeLessThanOrEqual(1);
  });

  // blind24, blind25 and blind26 (97 cases from threads and pages no earlier set used, 43 negatives)
  // were gathered at the start of the eighth pass by three helpers with disjoint scopes (OpenTelemetry's
  // own repositories and vendor distributions; Prometheus, Grafana, the backends and the shippers;
  // third-party apps and the pages corpus), scored once on 706980a (0.796 / 0.796 / 13 of 43 together),
  // sealed while the diagnosis changed, and scored again at the pass's end on 9afb8dc: 0.815 / 0.815 /
  // 12 of 43. Their blind scores are spent; they are held at the end's figures.
  it("the twenty-fifth set (32 cases): top-1 and top-3 at least 0.78, false matches at most 2", () => {
    const s = score(blind24);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.78);
    expect(s.top3).toBeGreaterThanOrEqual(0.78);
    expect(Math.round(s.false_match * s.negatives)).toBeLessThanOrEqual(2);
  });

  it("the twenty-sixth set (33 cases): top-1 and top-3 at least 0.84, false matches at most 3", () => {
    const s = score(blind25);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.84);
    expect(s.top3).toBeGreaterThanOrEqual(0.84);
    expect(Math.round(s.false_match * s.negatives)).toBeLessThanOrEqual(3);
  });

  it("the twenty-seventh set (32 cases): top-1 and top-3 at least 0.81, false matches at most 7", () => {
    const s = score(blind26);
    expect(s.answered).toBe(s.cases);
    expect(s.top1).toBeGreaterThanOrEqual(0.81);
    expect(s.top3).toBeGreaterThanOrEqual(0.81);
    expect(Math.round(s.false_match * s.negatives)).toBeLessThanOrEqual(7);
  });
});
