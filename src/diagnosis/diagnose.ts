import { analyseConfig } from "../config/analyseConfig.ts";
import type { ConfigFinding, ConfigReport } from "../config/ConfigReport.ts";
import type { CompiledEntry, KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import type { ClientId } from "../vocabulary/clients.ts";
import { showsConfigLoadFailure } from "../vocabulary/configLoadFailures.ts";
import { maskSecrets } from "../vocabulary/maskSecrets.ts";
import { answerPlainFailure } from "./answerPlainFailure.ts";
import { answerStatusInContext } from "./answerStatusInContext.ts";
import { belongsToAnotherProgram } from "./belongsToAnotherProgram.ts";
import { CONFIDENCE_FLOOR } from "./confidenceFloor.ts";
import type { Diagnosis, DiagnosisMatch, Evidence, PasteFacts, RenderedSnippet } from "./Diagnosis.ts";
import { dataFate } from "./dataFate.ts";
import { extractFacts, type Facts } from "./extractFacts.ts";
import { addFuzzyHits, FUZZY_MAX_CHARS } from "./fuzzyHits.ts";
import { normalizeText } from "./normalizeText.ts";
import { proposesAChange } from "./proposesAChange.ts";
import { readPaste } from "./readPaste.ts";
import { combine, type EntryScore, MatchContext, scoreEntries } from "./scoreEntries.ts";
import { scrapesOnly } from "./scrapesOnly.ts";

/**
 * How the paste reached the bot. Someone who asks (a DM, a mention, /diagnose, the shortcut, the
 * CLI) wants the best answer the paste supports; a channel the bot only listens to gets an answer
 * only when the bot is sure.
 */
export type AskMode = "direct" | "passive";

export interface DiagnoseOptions {
  /** Default "direct". */
  mode?: AskMode;
  /** Pastes larger than this are analysed by head and tail. */
  maxBytes?: number;
  /** Below this score nothing is offered: "no confident match" beats a wrong diagnosis. */
  floor?: number;
  /** At most this many offers. */
  limit?: number;
}

/**
 * A proposal (a feature request, a design issue, a PR's description) is answered only for an error it
 * quotes, and only when the bot is sure (high confidence, as in passive listening): it discusses limits
 * and statuses more than it hits them, and its prose matches an entry's looser patterns.
 */
const PROPOSAL_FLOOR = 0.8;
/**
 * A rule that finds the mistake in the user's own config is precise evidence: an error finding alone
 * is offered; a warning (a setting that makes a symptom likelier) only adds to other evidence.
 */
const CONFIG_ERROR_WEIGHT = 0.85;
const CONFIG_WARNING_WEIGHT = 0.3;
/**
 * Beside a log that already names its problem, a config finding the log does not corroborate is
 * offered as a further problem but does not outrank the error the person actually hit.
 */
const CONFIG_BESIDE_LOG_WEIGHT = 0.6;
const EVIDENCE_WIDTH = 240;

function confidence(score: number): DiagnosisMatch["confidence"] {
  if (score >= 0.8) return "high";
  if (score >= 0.65) return "medium";
  return "low";
}

/** The line around the matched words, masked, cut to a width a person reads. */
function evidenceText(line: string, matched: string): string {
  const masked = maskSecrets(line.trim());
  if (masked.length <= EVIDENCE_WIDTH) return masked;
  const at = Math.max(0, masked.toLowerCase().indexOf(matched.toLowerCase().slice(0, 40)));
  const start = Math.max(0, Math.min(at - 80, masked.length - EVIDENCE_WIDTH));
  return `${start > 0 ? "…" : ""}${masked.slice(start, start + EVIDENCE_WIDTH)}…`;
}

function fillPlaceholders(code: string, facts: Facts): string {
  let out = code;
  if (facts.host) out = out.replaceAll("<host>", facts.host);
  if (facts.tenant) out = out.replaceAll("<tenant-id>", facts.tenant);
  return out;
}

function renderSnippets(entry: CompiledEntry, facts: Facts): Partial<Record<ClientId, RenderedSnippet>> {
  const out: Partial<Record<ClientId, RenderedSnippet>> = {};
  for (const [client, snippet] of Object.entries(entry.entry.snippets) as [
    ClientId,
    NonNullable<CompiledEntry["entry"]["snippets"][ClientId]>,
  ][]) {
    out[client] = {
      client,
      language: snippet.language,
      code: fillPlaceholders(snippet.right, facts),
      ...(snippet.title ? { title: snippet.title } : {}),
      ...(snippet.wrong ? { wrong: fillPlaceholders(snippet.wrong, facts) } : {}),
    };
  }
  return out;
}

/** The snippet for the client we detected, else the first client the entry lists that has one. */
function pickSnippet(
  snippets: Partial<Record<ClientId, RenderedSnippet>>,
  entry: CompiledEntry,
  facts: Facts,
): RenderedSnippet | undefined {
  for (const client of [...facts.clients, ...entry.entry.clients]) {
    const s = snippets[client];
    if (s) return s;
  }
  return Object.values(snippets)[0];
}

function configEvidence(finding: ConfigFinding, report: ConfigReport): Evidence {
  const block = report.blocks[finding.block];
  const line = block?.text.split("\n")[finding.line - 1] ?? "";
  return {
    line: finding.pasteLine,
    text: evidenceText(line, finding.field),
    matched: maskSecrets(finding.message),
    signal: `config rule ${finding.rule}`,
  };
}

/** The user's own config with every fix applied, when the checker could correct it: better than an example. */
function ownCorrectedSnippet(
  findings: readonly ConfigFinding[],
  config: ConfigReport | undefined,
): RenderedSnippet | undefined {
  const finding = findings.find((f) => f.correction);
  const block = finding && config?.blocks[finding.block];
  if (!finding?.correction || !block) return undefined;
  return {
    client: block.client,
    language: block.language,
    title: "your config, corrected",
    code: block.corrected?.text ?? finding.correction.text,
  };
}

function toMatch(
  s: EntryScore,
  kb: KnowledgeBase,
  lines: readonly string[],
  facts: Facts,
  distinct: boolean,
  config: ConfigReport | undefined,
): DiagnosisMatch {
  const { entry } = s.entry;
  const configFindings = config?.findings.filter((f) => f.symptom === entry.id) ?? [];
  const evidence: Evidence[] = configFindings
    .slice(0, 2)
    .map((f) => configEvidence(f, config as ConfigReport));
  const seenLines = new Set<number>(evidence.map((e) => e.line - 1));
  for (const hit of s.hits) {
    if (seenLines.has(hit.line) || evidence.length >= 4) continue;
    seenLines.add(hit.line);
    evidence.push({
      line: hit.line + 1,
      text: evidenceText(lines[hit.line] ?? "", hit.matched),
      matched: maskSecrets(hit.matched),
      // A topic lists many words; the one the person used is what the evidence should name.
      signal: hit.signal.topic ? `topic: "${hit.matched}"` : hit.signal.label,
    });
  }
  const snippets = renderSnippets(s.entry, facts);
  const snippet = ownCorrectedSnippet(configFindings, config) ?? pickSnippet(snippets, s.entry, facts);
  const next = entry.next ? kb.byId.get(entry.next) : undefined;
  const fate = dataFate(s.hits, facts, lines);
  return {
    id: entry.id,
    title: entry.title,
    score: Math.round(s.score * 1000) / 1000,
    confidence: confidence(s.score),
    evidence,
    cause: entry.cause,
    fix: entry.fix,
    ...(snippet ? { snippet } : {}),
    snippets,
    ...(s.basis ? { basis: s.basis } : {}),
    ...(fate ? { dataFate: fate } : {}),
    ...(next ? { next: { id: next.entry.id, title: next.entry.title } } : {}),
    source: entry.source,
    configFindings,
    distinct,
  };
}

function publicFacts(facts: Facts): PasteFacts {
  return {
    ...(facts.client ? { client: facts.client } : {}),
    clients: facts.clients,
    directions: [...facts.directions],
    statuses: [...new Set(facts.statuses.map((s) => s.value))],
    grpcCodes: [...new Set(facts.grpc.map((g) => g.value))],
    hosts: [...new Set(facts.urls.map((u) => u.host).filter((h) => h !== ""))].slice(0, 10),
    ...(facts.tenant ? { tenant: facts.tenant } : {}),
  };
}

/**
 * Text in, ranked diagnoses out. Pure: no Slack, no network, no disk. Never throws on any input;
 * empty, binary and huge pastes come back with a note in `input.notes`.
 */
export function diagnose(
  input: string | Uint8Array,
  kb: KnowledgeBase,
  options: DiagnoseOptions = {},
): Diagnosis {
  const paste = readPaste(input, options.maxBytes);
  if (paste.report.kind !== "text") {
    return {
      input: paste.report,
      facts: { clients: [], directions: [], statuses: [], grpcCodes: [], hosts: [] },
      matches: [],
    };
  }
  const text = normalizeText(paste.text);
  const found = kb.needles.scan(text.norm);
  const facts = extractFacts(text, { found, wordings: kb.wordings });
  const ctx = new MatchContext(text, facts, kb.needles, found);
  const proposal = proposesAChange(text.norm);
  const floor = Math.max(options.floor ?? CONFIDENCE_FLOOR, proposal ? PROPOSAL_FLOOR : 0);
  // A proposal's words about a problem are no report of one: no fuzzy guesses, no answer from a
  // failure class or a status alone.
  const asked = (options.mode ?? "direct") === "direct" && !proposal;
  // Another program's failure counts only an entry's own words; a proposal, only the errors it quotes.
  const evidence = belongsToAnotherProgram(ctx)
    ? "own-words"
    : scrapesOnly(facts)
      ? "scrape"
      : proposal
        ? "quoted"
        : "all";
  let scores = scoreEntries(kb, ctx, { evidence, floor });
  if ((scores[0]?.score ?? 0) < floor && text.norm.length <= FUZZY_MAX_CHARS && !proposal) {
    scores = addFuzzyHits(kb, ctx, scores, evidence);
  }
  if ((scores[0]?.score ?? 0) < floor && asked) {
    const plain = answerPlainFailure(kb, ctx, floor);
    if (plain) scores = [plain, ...scores.filter((s) => s.entry !== plain.entry)];
  }
  // Then the HTTP layer: a telling status in a paste about telemetry, read as a bare status is.
  if ((scores[0]?.score ?? 0) < floor && asked) {
    const status = answerStatusInContext(kb, ctx, floor);
    if (status) scores = [status, ...scores.filter((s) => s.entry !== status.entry)];
  }
  const config = readConfig(paste.text);
  // A program that could not load its config has not sent anything: the checker's findings about
  // endpoints and headers are not what the paste shows. The corrected config is still returned.
  if (config && !showsConfigLoadFailure(text.norm))
    scores = addConfigEvidence(scores, config, kb, (scores[0]?.score ?? 0) >= floor);
  const offered = scores.filter((s) => s.score >= floor).slice(0, options.limit ?? 5);

  // A match is a distinct problem when its strongest evidence is a line no better match explains.
  const explained = new Set<number>();
  const matches = offered.map((s) => {
    const line = s.hits[0]?.line ?? -1;
    const distinct = line === -1 || !explained.has(line);
    for (const h of s.hits) if (h.weight >= 0.5) explained.add(h.line);
    return toMatch(s, kb, text.lines, facts, distinct, config);
  });
  return { input: paste.report, facts: publicFacts(facts), matches, ...(config ? { config } : {}) };
}

/** Words that only a pasted configuration or curl command holds; without them the checker is skipped. */
const CONFIG_HINT =
  /remote_write:|exporters:|datasources:|endpoint\s*\{|^\s*(?:-\s*)?(?:url|endpoint):\s|\burl\s*=\s*"|^\W{0,4}curl\s|OTEL_EXPORTER_OTLP_\w*ENDPOINT|otel\.exporter\.otlp\.(?:\w+\.)?endpoint/im;

/** Configs people paste are a few KB; a longer paste is a log, and its config part sits at the start. */
const CONFIG_MAX_CHARS = 32 * 1024;

function readConfig(text: string): ConfigReport | undefined {
  const head =
    text.length > CONFIG_MAX_CHARS ? text.slice(0, text.lastIndexOf("\n", CONFIG_MAX_CHARS) + 1) : text;
  if (!CONFIG_HINT.test(head)) return undefined;
  const report = analyseConfig(head);
  return report.blocks.length > 0 ? report : undefined;
}

/** Folds the config checker's findings into the scores: one symptom, one offer, whichever found it. */
function addConfigEvidence(
  scores: EntryScore[],
  config: ConfigReport,
  kb: KnowledgeBase,
  logNamesAProblem: boolean,
): EntryScore[] {
  const out = [...scores];
  for (const symptom of new Set(config.findings.map((f) => f.symptom))) {
    const findings = config.findings.filter((f) => f.symptom === symptom);
    const weight = findings.some((f) => f.severity === "error") ? CONFIG_ERROR_WEIGHT : CONFIG_WARNING_WEIGHT;
    const index = out.findIndex((s) => s.entry.entry.id === symptom);
    const existing = out[index];
    if (existing) out[index] = { ...existing, score: combine([existing.score, weight]) };
    else {
      const entry = kb.byId.get(symptom);
      const alone = logNamesAProblem ? Math.min(weight, CONFIG_BESIDE_LOG_WEIGHT) : weight;
      if (entry) out.push({ entry, score: alone, hits: [] });
    }
  }
  // On a tie, what the paste's own lines show ranks before a config finding the log does not corroborate.
  return out.sort(
    (a, b) =>
      b.score - a.score ||
      Number(b.hits.length > 0) - Number(a.hits.length > 0) ||
      a.entry.entry.id.localeCompare(b.entry.entry.id),
  );
}
