import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { analyseConfig } from "../../src/config/analyseConfig.ts";
import { renderConfigReportText } from "../../src/config/renderConfigReportText.ts";
import { CONFIG_RULE_IDS, CONFIG_RULES } from "../../src/config/rules/configRules.ts";
import { FIXTURE_SECRETS, fixture } from "./fixtures.ts";

describe("renderConfigReportText", () => {
  it("prints each finding with its line and the corrected diff, secrets hidden", () => {
    const text = renderConfigReportText(analyseConfig(fixture("prometheus/basic-auth.yml")));
    expect(text).toContain("Config 1: prometheus (lines 1-7)");
    expect(text).toContain("[error] line 4 (paste line 4) basic-auth-instead-of-bearer -> unauthorized-401");
    expect(text).toContain("+      credentials: <token>");
    expect(text).toContain("-    basic_auth:");
    for (const s of FIXTURE_SECRETS) expect(text).not.toContain(s);
  });

  it("says when nothing is wrong and when nothing was found", () => {
    expect(renderConfigReportText(analyseConfig(fixture("otelcol/clean.yml")))).toContain(
      "No problems found.",
    );
    expect(renderConfigReportText(analyseConfig("just a question"))).toMatch(/^note: No configuration found/);
  });
});

describe("CONFIG_RULES", () => {
  it("has each id once, in the order of CONFIG_RULE_IDS, each naming a symptom id", () => {
    expect(CONFIG_RULES.map((r) => r.id)).toEqual([...CONFIG_RULE_IDS]);
    expect(new Set(CONFIG_RULE_IDS).size).toBe(CONFIG_RULE_IDS.length);
    for (const r of CONFIG_RULES) {
      expect(r.symptom).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.title.length).toBeGreaterThan(10);
    }
  });

  it("has one file a rule under src/config/rules/, named after its id", () => {
    const dir = fileURLToPath(new URL("../../src/config/rules/", import.meta.url));
    const files = readdirSync(dir).filter((f) => /^[a-z0-9]+(-[a-z0-9]+)+\.ts$/.test(f));
    expect(files.map((f) => f.replace(/\.ts$/, "")).sort()).toEqual([...CONFIG_RULE_IDS].sort());
  });
});

describe("CONFIG_RULES and the knowledge base", () => {
  // The rule's own `symptom` is the one link to the knowledge base: read the entries' ids directly.
  const dir = fileURLToPath(new URL("../../knowledge/", import.meta.url));
  const ids = new Set(
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".yml"))
      .map((f) => (parse(readFileSync(`${dir}${f}`, "utf8")) as { id: string }).id),
  );

  it("every rule names a symptom that is the id of a knowledge-base entry", () => {
    expect(ids.size).toBeGreaterThan(10);
    for (const r of CONFIG_RULES) expect(ids.has(r.symptom), `${r.id} -> ${r.symptom}`).toBe(true);
  });
});
