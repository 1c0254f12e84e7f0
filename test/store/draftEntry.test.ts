import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { entrySchema } from "../../src/knowledge/entrySchema.ts";
import { draftKnowledgeEntry } from "../../src/store/draftEntry.ts";
import { errorShape } from "../../src/store/errorShape.ts";

describe("draftKnowledgeEntry", () => {
  const sample =
    "ts=2024-05-01T10:22:33Z level=error url=https://prom-1.example.com/api/v1/push err=\"server returned HTTP status 413 Request Entity Too Large: body of 5242880 bytes: tenant 't1' # over limit\"";
  const draft = draftKnowledgeEntry({
    id: "0a1b2c3d4e5f",
    shape: errorShape(sample),
    sample,
    count: 7,
    notes: ["the batch is too big\nfor the gateway"],
  });

  it("is an entry skeleton the knowledge-base schema accepts, with the sample as its first match example", () => {
    const entry = entrySchema.parse(parse(draft));
    expect(entry.examples.match[0]).toBe(sample);
    expect(entry.id).toBe("todo-gap-0a1b2c3d4e5f");
    expect(entry.signals[0]).toEqual({
      phrase: "server returned http status 413 request entity too large: body of",
      weight: 0.8,
    });
  });

  it("marks what a person must still write, and says where it came from", () => {
    const entry = parse(draft) as Record<string, unknown>;
    expect(entry.title).toMatch(/^TODO/);
    expect(entry.cause).toMatch(/^TODO/);
    expect(draft).toContain("# Draft from knowledge gap 0a1b2c3d4e5f (7 occurrences).");
    expect(draft).toContain("#   - the batch is too big for the gateway");
  });

  it("takes support's cause and fix from a resolved escalation; a multi-line answer still parses", () => {
    const draft = draftKnowledgeEntry({
      id: "0a1b2c3d4e5f",
      shape: errorShape(sample),
      sample,
      count: 2,
      resolutions: [
        { cause: "The gateway caps bodies:\nat 5 MiB", fix: "- lower max_samples_per_send: 500\n- restart" },
        { cause: "older answer", fix: "older fix" },
      ],
    });
    const entry = entrySchema.parse(parse(draft));
    expect(entry.cause).toBe("The gateway caps bodies: at 5 MiB");
    expect(entry.fix).toEqual(["lower max_samples_per_send: 500", "restart"]);
    expect(draft).toContain("#   - older answer / fix: older fix");
    expect((parse(draft) as { title: string }).title).toMatch(/^TODO/);
  });

  it("still drafts when the shape has no words to build a signal from", () => {
    const entry = entrySchema.parse(
      parse(draftKnowledgeEntry({ id: "ffffffffffff", shape: "<n> <ip>", sample: "42 10.0.0.1", count: 1 })),
    );
    expect(entry.signals[0]).toMatchObject({ phrase: "todo: the words that prove it" });
    expect(entry.examples.match).toEqual(["42 10.0.0.1"]);
  });
});
