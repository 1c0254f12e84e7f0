import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { diagnose } from "../../src/diagnosis/diagnose.ts";
import { entrySchema } from "../../src/knowledge/entrySchema.ts";
import { fillDraftTodos } from "../../src/knowledge/importDoc/fillDraftTodos.ts";
import { importDoc } from "../../src/knowledge/importDoc/importDoc.ts";
import { renderDraft } from "../../src/knowledge/importDoc/renderDraft.ts";
import { parseKnowledgeBase } from "../../src/knowledge/parseKnowledgeBase.ts";

const read = (url: URL) => readFileSync(fileURLToPath(url), "utf8");
const fixture = (name: string) => read(new URL(`../fixtures/importDoc/${name}`, import.meta.url));
const sharedDoc = (name: string) => read(new URL(`../../../shared/docs/${name}`, import.meta.url));

describe("importDoc", () => {
  it("splits a plain-text page by its numbered sections, the heading as the page writes it", () => {
    const drafts = importDoc(sharedDoc("000_0b3b9ec66d3bb0c9.txt"), { doc: "000_0b3b9ec66d3bb0c9.txt" });
    expect(drafts.map((d) => d.section)).toEqual([
      "1. Network Connectivity Issues",
      "2. Incorrect OTLP Endpoint",
      "3. Authentication/Authorization Failure (TLS/SSL Issues)",
      "4. Authentication/Authorization Failure (API Keys/Tokens)",
      "5. Backend Service Unavailability or Overload",
      "6. Collector Configuration Error (Exporter Type Mismatch)",
      "7. Resource Exhaustion on Collector Host",
    ]);
    const tls = drafts[2]?.fields;
    expect(tls?.id).toBe("authentication-authorization-failure-tls-ssl-issues");
    // Quoted errors the vocabulary knows become their failure classes; the rest lower-case phrases.
    expect(tls?.signals).toContainEqual({
      class: ["tls.untrusted-chain", "tls.client-cert-rejected"],
      weight: 0.9,
    });
    expect(tls?.signals).toContainEqual({ phrase: "ssl handshake failed", weight: 0.9 });
    expect((tls?.examples as { match: string[] } | undefined)?.match).toContain(
      "x509: certificate signed by unknown authority",
    );
    expect(tls?.cause).toBe(
      "The collector cannot authenticate with the OTLP endpoint due to certificate problems.",
    );
  });

  it("splits a flattened page by its titled sections and reads statuses and paths", () => {
    const drafts = importDoc(sharedDoc("001_6fd7e07bb50acb10.txt"), { doc: "001_6fd7e07bb50acb10.txt" });
    expect(drafts.map((d) => d.section)).toEqual([
      '400 Bad Request — "no org id"',
      "401 Unauthorized",
      "403 Forbidden",
      "429 Too Many Requests",
      "Metrics not appearing after remote_write",
      "Grafana Alloy: metrics not arriving",
      "OpenTelemetry Collector: metrics not arriving",
      'Grafana "Bad Gateway" or empty results',
    ]);
    const [orgId, unauthorized] = drafts;
    expect(orgId?.fields.signals).toContainEqual({ backend: ["tenant"], weight: 0.95 });
    expect(orgId?.fields.signals).toContainEqual({ status: 400, weight: 0.75 });
    expect(unauthorized?.fields.fix).toEqual([
      "Verify the header is present and uses the exact format: Authorization: Bearer <token>(capital B, a space, then the token).",
      "Confirm the token is valid and has not been deleted in the dashboard.",
      "Ensure no extra whitespace or newline characters are embedded in the token value.",
    ]);
    // "# Correct" / "# Wrong" blocks are one snippet's right and wrong forms; `-H` alone names no client.
    expect(unauthorized?.fields.snippets).toEqual({
      TODO: {
        language: "shell",
        right: '-H "Authorization: Bearer eyJhbGc..."\n',
        wrong: '-H "Authorization: eyJhbGc..."\n',
      },
    });
    const wrongPath = drafts[4]?.fields.signals as Record<string, unknown>[];
    expect(wrongPath).toContainEqual({
      path: "^/api/v1/write$",
      weight: 0.6,
      note: "the page calls this path wrong",
    });
    expect(wrongPath).toContainEqual({ path: "^/api/v1/push$", weight: 0.35 });
  });

  it("reads Markdown and HTML pages alike: sub-headings stay in their section, templates become captures", () => {
    for (const name of ["ingest-errors.md", "ingest-errors.html"]) {
      const drafts = importDoc(fixture(name), { doc: name });
      expect(
        drafts.map((d) => d.section),
        name,
      ).toEqual(["Entry too far behind", "Rate limited", "Data source shows nothing"]);
      const [behind, limited] = drafts;
      expect(behind?.fields.signals, name).toContainEqual({
        regex: 'entry for stream ([^\\s"]+) has timestamp too old: ([^\\s"]+)',
        weight: 0.9,
        note: `the page's template "entry for stream {stream} has timestamp too old: %s"`,
      });
      expect(behind?.fields.cause, name).toBe(
        "Log lines older than the newest line of their stream by more than the window are rejected.",
      );
      expect(behind?.fields.fix, name).toEqual([
        "Send each stream's lines in order.",
        "Raise the window on the backend",
      ]);
      expect(Object.keys(behind?.fields.snippets as object), name).toEqual(["prometheus"]);
      expect(limited?.fields.signals, name).toContainEqual({ status: 429, weight: 0.6 });
      expect((limited?.fields.examples as { match: string[] } | undefined)?.match, name).toContain(
        "ingestion rate limit exceeded for user sample-1",
      );
    }
  });

  it("guesses each code block's client, TODO when none", () => {
    const drafts = importDoc(fixture("ingest-errors.md"), { doc: "ingest-errors.md" });
    expect(Object.keys(drafts[1]?.fields.snippets as object)).toEqual(["otelcol", "alloy"]);
    expect(Object.keys(drafts[2]?.fields.snippets as object)).toEqual(["curl", "grafana", "TODO"]);
  });

  it("writes drafts that break the schema only where they say TODO, and match their own examples once filled", () => {
    const pages: [string, string][] = [
      ["000_0b3b9ec66d3bb0c9.txt", sharedDoc("000_0b3b9ec66d3bb0c9.txt")],
      ["001_6fd7e07bb50acb10.txt", sharedDoc("001_6fd7e07bb50acb10.txt")],
      ["ingest-errors.md", fixture("ingest-errors.md")],
    ];
    for (const [doc, text] of pages) {
      const drafts = importDoc(text, { doc });
      for (const d of drafts) {
        const yaml = renderDraft(d);
        const parsed = entrySchema.safeParse(parse(yaml));
        const fields = parsed.success ? [] : parsed.error.issues.map((i) => String(i.path[0]));
        for (const f of fields) expect(JSON.stringify(d.fields[f]), `${d.id} ${f}`).toContain("TODO");
        // kb check refuses an entry with TODO markers; every draft has at least the product to decide.
        expect(yaml).toMatch(/\bTODO\b/);
      }
      const kb = parseKnowledgeBase(drafts.map(fillDraftTodos));
      for (const d of drafts) {
        const examples = d.fields.examples as { match: string[]; no_match: string[] };
        for (const ex of examples.match.filter((e) => !e.startsWith("TODO"))) {
          expect(diagnose(ex, kb).matches[0]?.id, `${d.id}: ${ex}`).toBe(d.id);
        }
      }
    }
  });
});
