import { createTwoFilesPatch } from "diff";
import type { ClientId } from "../vocabulary/clients.ts";
import { findSecrets, MASK, maskSecrets } from "../vocabulary/maskSecrets.ts";
import { VENDOR_KEYS } from "../vocabulary/vendorKeys.ts";
import type {
  ConfigBlock,
  ConfigCorrection,
  ConfigFinding,
  ConfigKind,
  ConfigReport,
} from "./ConfigReport.ts";
import { checkTargets, type RawFinding } from "./checkTargets.ts";
import { findConfigBlocks, normalisePaste, type RawBlock } from "./findConfigBlocks.ts";
import { parseUrl } from "./parseUrl.ts";
import { readAlloy } from "./readAlloy.ts";
import { readCurl } from "./readCurl.ts";
import { readOtlpEnv } from "./readOtlpEnv.ts";
import { readYaml } from "./readYaml.ts";
import { type ConfigRuleId, configRule } from "./rules/configRules.ts";
import type { Target } from "./Target.ts";
import { TENANT_HEADER, tenantLike } from "./tenantLike.ts";

export const TOKEN_PLACEHOLDER = "<token>";
/** Pastes longer than this are cut: configs are small, and the rules stay fast. */
const MAX_PASTE = 200_000;
const MAX_FIX_ROUNDS = 12;
const MAX_BLOCKS = 20;

interface Read {
  kind?: ConfigKind;
  targets: Target[];
  /** It parses cleanly. */
  ok: boolean;
  partial: boolean;
  notes: string[];
  error?: { line: number; message: string };
}

/** Reads of the current call, by language and text: verifying and masking read the same texts again. */
let readCache: Map<string, Read> | undefined;

function readBlock(language: RawBlock["language"], text: string): Read {
  const key = `${language}\u0000${text}`;
  const hit = readCache?.get(key);
  if (hit) return hit;
  const read = readBlockUncached(language, text);
  readCache?.set(key, read);
  return read;
}

function readBlockUncached(language: RawBlock["language"], text: string): Read {
  if (language === "yaml") {
    const r = readYaml(text);
    return {
      ...(r.kind ? { kind: r.kind } : {}),
      targets: r.targets,
      ok: r.error === undefined,
      partial: r.partial,
      notes: r.notes,
      ...(r.error ? { error: r.error } : {}),
    };
  }
  if (language === "alloy") {
    const r = readAlloy(text);
    const first = r.file.errors[0];
    return {
      kind: "alloy",
      targets: r.targets,
      ok: r.file.errors.length === 0,
      partial: r.partial,
      notes: [],
      ...(first
        ? { error: { line: text.slice(0, first.offset).split("\n").length, message: first.message } }
        : {}),
    };
  }
  if (language === "env")
    return { kind: "otel-sdk", targets: readOtlpEnv(text), ok: true, partial: false, notes: [] };
  return { kind: "curl", targets: readCurl(text), ok: true, partial: false, notes: [] };
}

const CLIENT: Record<ConfigKind, ClientId> = {
  prometheus: "prometheus",
  otelcol: "otelcol",
  alloy: "alloy",
  grafana: "grafana",
  curl: "curl",
  "otel-sdk": "otel-sdk",
};

const sameFinding = (a: RawFinding, b: RawFinding): boolean =>
  a.rule === b.rule && a.target === b.target && a.field === b.field;

/** The vocabulary's vendor prefixes (the ones maskSecrets keeps visible), right before a hit. */
const VENDOR_PREFIX_AT_END = new RegExp(
  `(?<![A-Za-z0-9_])(?:${VENDOR_KEYS.map((k) => `(?:${k.prefix})`).join("|")})$`,
);
/** The BEGIN line maskSecrets keeps before a PEM private key's body. */
const PEM_HEADER_AT_END = /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----$/;
/** Longer than any vendor prefix or PEM BEGIN line: how far back to look for one. */
const LEAD_WINDOW = 80;

/**
 * Secrets of a text replaced: the known secret spans of its targets (a token broken by whitespace
 * keeps its shape), then whatever maskSecrets would find. The tenant id is not a secret: it stays,
 * though maskSecrets would hide an httpHeaderValueN holding it.
 */
function hideSecrets(text: string, targets: Target[], placeholder: string): string {
  const known = targets.flatMap((t) => t.secrets).filter((s) => s.end > s.start);
  const tenants = targets
    .flatMap((t) => t.headers)
    .filter(
      (h) => h.name.toLowerCase() === TENANT_HEADER.toLowerCase() && tenantLike(h.value.value) !== undefined,
    )
    .map((h) => h.value);
  const within = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
    a.start < b.end && b.start < a.end;
  const found = findSecrets(text)
    .map((h) => ({ start: h.index, end: h.index + h.length, kind: h.kind }))
    .filter((h) => !known.some((k) => within(h, k)) && !tenants.some((t) => within(h, t)));
  const spans = [
    ...known.map((k) => ({ ...k, known: true })),
    ...found.map((f) => ({ ...f, known: false })),
  ].sort((a, b) => b.start - a.start);
  let out = text;
  let floor = Number.POSITIVE_INFINITY;
  for (const s of spans) {
    if (s.end > floor) continue;
    if (!s.known) {
      let start = s.start;
      if (placeholder !== MASK) {
        // maskSecrets keeps a vendor prefix (glc_, glpat-, …) and a PEM key's BEGIN line, so people
        // can tell which kind of secret it was; a placeholder stands for the whole value instead.
        const lead = "kind" in s && s.kind === "private-key" ? PEM_HEADER_AT_END : VENDOR_PREFIX_AT_END;
        start -= lead.exec(out.slice(Math.max(0, start - LEAD_WINDOW), start))?.[0].length ?? 0;
      }
      out = out.slice(0, start) + placeholder + out.slice(s.end);
      floor = start;
      continue;
    }
    const src = out.slice(s.start, s.end);
    const m =
      /^([|>][+-]?\d?[ \t]*\n|["'`]?)((?:(?:Bearer|bearer|Basic|basic)[ \t]+)+)?([\s\S]*?)(["'`]?)$/.exec(
        src,
      );
    const open = m?.[1] ?? "";
    const close = m?.[4] ?? "";
    const inner = m?.[3] ?? src;
    if (inner.trim() === "" || inner.startsWith("<") || inner === MASK || /^\$\{?[A-Za-z_]/.test(inner))
      continue;
    // A token broken by whitespace keeps its shape, so a correction of the whitespace shows in the diff.
    const hidden = /\s/.test(inner) ? inner.replace(/\S+/g, placeholder) : placeholder;
    out =
      out.slice(0, s.start) +
      open +
      (m?.[2] ?? "") +
      hidden +
      (open === close ? close : "") +
      out.slice(s.end);
    floor = s.start;
  }
  return placeholder === MASK ? maskSecrets(out) : out;
}

function diffOf(before: string, after: string, name: string): string {
  return createTwoFilesPatch(name, `${name} (corrected)`, `${before}\n`, `${after}\n`, undefined, undefined, {
    context: 3,
  });
}

/** A correction is shown only when it parses, fixes what it claims and breaks nothing else. */
function verify(
  language: RawBlock["language"],
  kind: ConfigKind | undefined,
  before: RawFinding[],
  fixed: RawFinding,
  text: string,
  corrected: string | undefined,
): { read: Read } | { fail: string } {
  if (corrected === undefined || corrected === text) return { fail: "no correction could be made in place" };
  const read = readBlock(language, corrected);
  if (!read.ok)
    return { fail: `the corrected snippet did not parse (${read.error?.message ?? "unknown error"})` };
  if (read.kind !== kind) return { fail: "the corrected snippet no longer reads as the same kind of config" };
  const after = checkTargets(read.targets);
  if (after.some((a) => sameFinding(a, fixed)))
    return { fail: "the corrected snippet still has the same problem" };
  const added = after.find(
    (a) => !before.some((b) => sameFinding(a, b)) && configRule(a.rule).severity === "error",
  );
  if (added) return { fail: `the correction would introduce another problem (${added.rule})` };
  return { read };
}

/** Top-level YAML sections the rules read; the rest of a large file is left out. */
const RELEVANT_SECTIONS = /^(remote_write|exporters|service|datasources)\s*:/;
const LARGE_YAML = 20_000;

/**
 * A large YAML file (a prometheus.yml with hundreds of scrape jobs) cut to the contiguous top-level
 * sections the rules read, so that parsing it again for each correction stays fast.
 */
function narrowYaml(raw: RawBlock): { block: RawBlock; sections: string[] } | undefined {
  if (raw.language !== "yaml" || raw.text.length <= LARGE_YAML) return undefined;
  const lines = raw.text.split("\n");
  const tops = lines.flatMap((l, i) => (/^[A-Za-z_][\w.-]*\s*:/.test(l) ? [i] : []));
  const relevant = tops.filter((i) => RELEVANT_SECTIONS.test(lines[i] ?? ""));
  const first = relevant[0];
  const last = relevant[relevant.length - 1];
  if (first === undefined || last === undefined || (first === 0 && tops.indexOf(last) === tops.length - 1))
    return undefined;
  const end = tops[tops.indexOf(last) + 1] ?? lines.length;
  return {
    block: {
      ...raw,
      text: lines.slice(first, end).join("\n").replace(/\s+$/, ""),
      startLine: raw.startLine + first,
    },
    sections: relevant.map((i) => (lines[i] ?? "").replace(/\s*:.*$/, "")),
  };
}

function analyseBlock(whole: RawBlock, index: number, report: ConfigReport): void {
  const narrowed = narrowYaml(whole);
  const raw = narrowed?.block ?? whole;
  const read = readBlock(raw.language, raw.text);
  const kind: ConfigKind | undefined =
    read.kind ??
    (read.error
      ? /^\s*remote_write\s*:/m.test(raw.text)
        ? "prometheus"
        : /^\s*exporters\s*:/m.test(raw.text)
          ? "otelcol"
          : /^\s*datasources\s*:/m.test(raw.text)
            ? "grafana"
            : undefined
      : undefined);
  const lastLine = raw.startLine + raw.text.split("\n").length - 1;
  const where = raw.startLine === lastLine ? `line ${raw.startLine}` : `lines ${raw.startLine}–${lastLine}`;
  if (kind === undefined) {
    if (read.error)
      report.notes.push(
        `Something at ${where} looks like YAML but could not be read (${read.error.message}).`,
      );
    return;
  }
  const block: ConfigBlock = {
    kind,
    client: CLIENT[kind],
    language: raw.language,
    startLine: raw.startLine,
    endLine: lastLine,
    fenced: raw.fenced,
    partial: read.partial,
    text: hideSecrets(raw.text, read.targets, MASK),
    findings: [],
    hosts: [
      ...new Set(
        read.targets
          .map((t) => (t.url ? parseUrl(t.url.value)?.host : undefined))
          .filter((h): h is string => !!h),
      ),
    ],
    notes: read.notes.map((n) => maskSecrets(n)),
  };
  const tenant = read.targets
    .flatMap((t) => t.headers)
    .map((h) =>
      h.name.toLowerCase() === TENANT_HEADER.toLowerCase() ? tenantLike(h.value.value) : undefined,
    )
    .find((v) => v !== undefined);
  if (tenant) block.tenant = tenant;

  if (narrowed) {
    block.notes.push(
      `A large file: checked its ${narrowed.sections.join(", ")} section${narrowed.sections.length > 1 ? "s" : ""} (${where}).`,
    );
  }
  if (!read.ok) {
    const msg = `${read.error?.message ?? "could not be read"} (line ${read.error?.line ?? 1} of the snippet)`;
    if (read.targets.length === 0) {
      block.notes.push(
        `The ${kind} config at ${where} could not be read: ${msg}. Paste the whole section inside a code block (\`\`\`), as it is in the file.`,
      );
      report.blocks.push(block);
      return;
    }
    block.partial = true;
    block.notes.push(
      `The ${kind} config at ${where} looks half-pasted: ${msg}. Checked what is there; no corrected snippet is offered for an incomplete block.`,
    );
  } else if (read.partial) {
    block.notes.push(`The ${kind} config at ${where} is part of a file; checked the part that was pasted.`);
  }
  if (read.targets.length === 0 && read.ok) {
    block.notes.push(
      `The ${kind} config at ${where} has nothing that sends data (no remote_write, exporter, data source or request) to check.`,
    );
  }

  const raws = checkTargets(read.targets);
  const name = `${kind}${raw.language === "yaml" ? ".yml" : raw.language === "alloy" ? ".alloy" : raw.language === "env" ? ".env" : ".sh"}`;
  const shownBefore = hideSecrets(raw.text, read.targets, TOKEN_PLACEHOLDER);
  for (const rf of raws) {
    const rule = configRule(rf.rule);
    const finding: ConfigFinding = {
      rule: rf.rule,
      symptom: rule.symptom,
      severity: rule.severity,
      title: rule.title,
      message: maskSecrets(rf.message),
      line: rf.line,
      pasteLine: raw.startLine + rf.line - 1,
      block: index,
      target: maskSecrets(rf.target),
      field: rf.field,
    };
    if (!read.ok) {
      finding.note = "No corrected snippet: the block is incomplete.";
    } else if (rf.fix) {
      const corrected = safely(() => rf.fix?.(raw.text));
      const v = verify(raw.language, read.kind, raws, rf, raw.text, corrected);
      if ("fail" in v || corrected === undefined) {
        finding.note = `No corrected snippet: ${"fail" in v ? v.fail : "no correction"}.`;
      } else {
        finding.correction = correction(shownBefore, corrected, v.read.targets, name);
      }
    }
    block.findings.push(finding);
  }
  block.findings.sort((a, b) => a.line - b.line);

  if (read.ok && raws.some((r) => r.fix)) {
    let text = raw.text;
    let current = raws;
    const fixedRules = new Set<ConfigRuleId>();
    const tried: RawFinding[] = [];
    let targets = read.targets;
    for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
      const next = current.find((r) => r.fix && !tried.some((t) => sameFinding(t, r)));
      if (!next) break;
      tried.push(next);
      const corrected = safely(() => next.fix?.(text));
      const v = verify(raw.language, read.kind, current, next, text, corrected);
      if ("fail" in v || corrected === undefined) continue;
      text = corrected;
      targets = v.read.targets;
      current = checkTargets(targets);
      fixedRules.add(next.rule);
    }
    if (text !== raw.text) {
      block.corrected = {
        ...correction(shownBefore, text, targets, name),
        rules: [...fixedRules],
      };
    }
  }
  report.blocks.push(block);
}

function correction(
  shownBefore: string,
  corrected: string,
  targets: Target[],
  name: string,
): ConfigCorrection {
  const text = hideSecrets(corrected, targets, TOKEN_PLACEHOLDER);
  return { text, diff: diffOf(shownBefore, text, name) };
}

function safely<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/**
 * Finds the configuration in a paste (Prometheus, OpenTelemetry Collector, Alloy, Grafana data
 * source provisioning, curl), checks it against the config rules, and answers each finding with the
 * user's own snippet corrected and a unified diff. Pure; never throws.
 */
export function analyseConfig(text: string): ConfigReport {
  const report: ConfigReport = { blocks: [], findings: [], symptoms: [], notes: [] };
  readCache = new Map();
  try {
    const input = typeof text === "string" ? text : "";
    const paste = normalisePaste(input.length > MAX_PASTE ? input.slice(0, MAX_PASTE) : input);
    if (input.length > MAX_PASTE)
      report.notes.push(`Only the first ${MAX_PASTE} characters were checked for configuration.`);
    const found = findConfigBlocks(paste);
    const blocks = found.slice(0, MAX_BLOCKS);
    if (found.length > MAX_BLOCKS)
      report.notes.push(`Only the first ${MAX_BLOCKS} of ${found.length} config blocks were checked.`);
    blocks.forEach((b) => {
      try {
        analyseBlock(b, report.blocks.length, report);
      } catch (err) {
        report.notes.push(
          `The config at line ${b.startLine} could not be checked (${maskSecrets(err instanceof Error ? err.message : String(err))}).`,
        );
      }
    });
    if (report.blocks.length === 0 && report.notes.length === 0) {
      report.notes.push(
        "No configuration found in the paste (looked for prometheus.yml remote_write, Collector exporters, Alloy blocks, Grafana data sources and curl commands).",
      );
    }
  } catch (err) {
    report.notes.push(
      `The paste could not be checked for configuration (${err instanceof Error ? err.name : "error"}).`,
    );
  }
  readCache = undefined;
  report.findings = report.blocks.flatMap((b) => b.findings);
  const counts = new Map<string, number>();
  for (const f of report.findings)
    if (f.severity === "error") counts.set(f.symptom, (counts.get(f.symptom) ?? 0) + 1);
  report.symptoms = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s);
  return report;
}
