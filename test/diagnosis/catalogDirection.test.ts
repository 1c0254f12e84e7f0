import { beforeAll, describe, expect, it } from "vitest";
import { extractFacts } from "../../src/diagnosis/extractFacts.ts";
import { normalizeText } from "../../src/diagnosis/normalizeText.ts";
import type { KnowledgeBase } from "../../src/knowledge/KnowledgeBase.ts";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase();
});

const directions = (text: string) => {
  const t = normalizeText(text);
  return [...extractFacts(t, { found: kb.needles.scan(t.norm), wordings: kb.wordings }).directions].sort();
};

describe("the direction a client catalog's lines carry", () => {
  it("is a write for a sink's own line, even when it names no push or export", () => {
    expect(
      directions(
        'ERROR vector::topology::builder: msg="Healthcheck failed." error=A non-successful status returned: 404 Not Found component_kind="sink" component_type="loki" component_id=logs',
      ),
    ).toEqual(["write"]);
  });

  it("is nothing for Vector's sources, which log through the same modules as its sinks", () => {
    expect(
      directions(
        'ERROR source{component_kind="source" component_id=prom component_type=prometheus_scrape}: vector::internal_events::http_client: HTTP error. error=401 Unauthorized endpoint=http://app:8080/stats',
      ),
    ).not.toContain("write");
  });

  it("is nothing for an agent that both scrapes and writes: its words decide", () => {
    expect(
      directions(
        'ts=2025-03-01T12:00:00Z level=info component_path=/ component_id=prometheus.scrape.default msg="starting"',
      ),
    ).not.toContain("write");
  });
});
