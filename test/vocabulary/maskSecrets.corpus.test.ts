import { lintSource } from "@secretlint/core";
import { creator as recommended } from "@secretlint/secretlint-rule-preset-recommend";
import { describe, expect, it } from "vitest";
import { findSecrets, maskSecrets } from "../../src/vocabulary/maskSecrets.ts";
import { CORPUS, READABLE } from "./corpus.ts";

/** secretlint's recommended preset over one text: the rule ids of what it finds. */
async function secretlint(text: string): Promise<string[]> {
  const result = await lintSource({
    source: { filePath: "/paste.txt", content: text, ext: ".txt", contentType: "text" },
    options: { config: { rules: [{ id: recommended.meta.id, rule: recommended }] } },
  });
  return result.messages.map((m) => m.ruleId);
}

describe("maskSecrets over the corpus", () => {
  it("holds at least 50 shapes", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
  });

  it.each(CORPUS.map((c) => [c.name, c] as const))("masks %s and keeps the rest readable", (_name, c) => {
    const masked = maskSecrets(c.line);
    for (const secret of c.secrets) {
      expect(secret.length).toBeGreaterThan(5);
      expect(masked).not.toContain(secret);
    }
    for (const keep of c.keep) expect(masked).toContain(keep);
    expect(masked).toContain("****");
  });

  it.each(READABLE.map((line) => [line] as const))("leaves %j as it is", (line) => {
    expect(maskSecrets(line)).toBe(line);
    expect(findSecrets(line)).toEqual([]);
  });

  it("leaves nothing secretlint's recommended preset would find", async () => {
    let foundInRaw = 0;
    for (const c of CORPUS) {
      if ((await secretlint(c.line)).length > 0) foundInRaw++;
      expect({ name: c.name, found: await secretlint(maskSecrets(c.line)) }).toEqual({
        name: c.name,
        found: [],
      });
    }
    // The check means something only if the preset recognises a good share of the raw corpus.
    expect(foundInRaw).toBeGreaterThanOrEqual(10);
  });

  it("masks a whole paste of every shape at once", () => {
    const paste = CORPUS.map((c) => c.line).join("\n");
    const masked = maskSecrets(paste);
    for (const c of CORPUS) for (const secret of c.secrets) expect(masked).not.toContain(secret);
  });
});
