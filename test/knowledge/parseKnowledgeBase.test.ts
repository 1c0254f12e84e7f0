import { describe, expect, it } from "vitest";
import { KnowledgeBaseError } from "../../src/knowledge/KnowledgeBaseError.ts";
import { parseKnowledgeBase } from "../../src/knowledge/parseKnowledgeBase.ts";
import { knowledgeFixture } from "../support/knowledgeFixtures.ts";

function problemsOf(names: string[]): string[] {
  try {
    parseKnowledgeBase(names.map(knowledgeFixture));
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeBaseError);
    return (error as KnowledgeBaseError).problems.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`);
  }
  throw new Error("expected the knowledge base to be rejected");
}

describe("parseKnowledgeBase", () => {
  it("compiles a valid entry", () => {
    const kb = parseKnowledgeBase([knowledgeFixture("valid.yml")]);
    expect(kb.entries.map((e) => e.entry.id)).toEqual(["demo-refused"]);
    expect(kb.byId.get("demo-refused")?.signals.map((s) => s.label)).toEqual([
      '"connection refused"',
      "HTTP 503",
    ]);
  });

  it("compiles an entry's topic into one weak phrase signal, and rejects a topic that is not lower-case", () => {
    const valid = knowledgeFixture("valid.yml");
    const withTopic = {
      ...valid,
      text: valid.text.replace("signals:", "topic: [port is closed, nothing listens]\nsignals:"),
    };
    const topic = parseKnowledgeBase([withTopic]).byId.get("demo-refused")?.signals.at(-1);
    expect(topic).toMatchObject({
      kind: "phrases",
      phrases: ["port is closed", "nothing listens"],
      weight: 0.5,
    });
    expect(topic?.label).toBe('topic: "port is closed" | "nothing listens"');
    const upper = { ...valid, text: valid.text.replace("signals:", "topic: [Port Is Closed]\nsignals:") };
    expect(() => parseKnowledgeBase([upper])).toThrow(/topic\[0\]: a phrase is lower-case/);
  });

  it("names the file and line of a YAML syntax error", () => {
    const problems = problemsOf(["malformed.yml"]);
    expect(problems[0]).toMatch(/^knowledge\/malformed\.yml:[23] : YAML:/);
  });

  it("reports every schema problem at once, each with its line and field", () => {
    const problems = problemsOf(["wrong-fields.yml"]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^knowledge\/wrong-fields\.yml:7 clients\[1\]: /),
        expect.stringMatching(/^knowledge\/wrong-fields\.yml:11 signals\[1\]/),
        expect.stringMatching(/^knowledge\/wrong-fields\.yml:1[34] signals\[2\]/),
        expect.stringMatching(/^knowledge\/wrong-fields\.yml:16 fix: /),
      ]),
    );
  });

  it("rejects patterns that need backtracking (back-references, look-around) with their field", () => {
    const problems = problemsOf(["evil.yml"]);
    expect(problems).toEqual([
      expect.stringMatching(/^knowledge\/evil\.yml:9 signals\[0\]\.regex: not a linear-time \(RE2\) regex/),
      expect.stringMatching(/^knowledge\/evil\.yml:11 signals\[1\]\.regex: not a linear-time \(RE2\) regex/),
    ]);
  });

  it("rejects duplicate ids and unknown next ids across files", () => {
    const problems = problemsOf(["valid.yml", "duplicate.yml"]);
    expect(problems).toEqual([
      expect.stringMatching(
        /^knowledge\/duplicate\.yml:1 id: duplicate id "demo-refused" \(also in knowledge\/valid\.yml:1\)/,
      ),
    ]);
    const alone = problemsOf(["duplicate.yml"]);
    expect(alone).toEqual([
      expect.stringMatching(/^knowledge\/duplicate\.yml:13 next: unknown symptom id "no-such-entry"/),
    ]);
  });

  it("collects problems from several broken files in one error", () => {
    expect(problemsOf(["malformed.yml", "evil.yml", "wrong-fields.yml"]).length).toBeGreaterThanOrEqual(6);
  });
});
