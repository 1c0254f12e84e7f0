import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { diagnose } from "../../src/diagnosis/diagnose.ts";
import { diagnoseThread } from "../../src/diagnosis/diagnoseThread.ts";
import type { KnowledgeBase } from "../../src/knowledge/KnowledgeBase.ts";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";
import type { ProbeResult } from "../../src/probe/types.ts";
import { helpBlocks, helpMessage } from "../../src/slack/blocks/helpBlocks.ts";
import { homeViewForAdmin, homeViewForUser } from "../../src/slack/blocks/homeView.ts";
import { renderDiagnosis } from "../../src/slack/blocks/renderDiagnosis.ts";
import { renderHandoff, summaryFromDiagnosis } from "../../src/slack/blocks/renderHandoff.ts";
import { renderProbeChecklist } from "../../src/slack/blocks/renderProbe.ts";
import { renderShared } from "../../src/slack/blocks/renderShared.ts";
import { renderStatusAnswer } from "../../src/slack/blocks/renderStatusAnswer.ts";
import type { KnownBlock, RenderedMessage } from "../../src/slack/blocks/slackTypes.ts";
import type { StoredReply, StoreSummary } from "../../src/store/Store.ts";
import { blocksToText } from "./blocksToText.ts";
import { measureReply } from "./measureReply.ts";

/**
 * Every bundled example and each kind of reply, rendered to a checked-in golden file (the Block Kit
 * JSON and its plain text), so that a change in what people see shows up in review. `UPDATE_GOLDEN=1
 * npx vitest run test/golden` rewrites them; the summary table (blocks, characters, first-screen
 * lines) is rewritten with them and checked like them.
 */
const dir = fileURLToPath(new URL("./replies/", import.meta.url));
const root = fileURLToPath(new URL("../../", import.meta.url));
const update = process.env.UPDATE_GOLDEN === "1";
const read = (path: string) => readFileSync(`${root}${path}`, "utf8");
const fence = (label: string, text: string) => `${label}\n\`\`\`\n${text.trimEnd()}\n\`\`\``;

let kb: KnowledgeBase;
const rendered = new Map<string, RenderedMessage>();

beforeAll(async () => {
  kb = await loadKnowledgeBase();
  const options = { replyId: "r1", probe: true, escalate: true } as const;
  for (const name of readdirSync(`${root}examples`).sort()) {
    const d = diagnose(read(`examples/${name}`), kb);
    const base = `example-${name.replace(/\.[a-z]+$/, "")}`;
    rendered.set(base, renderDiagnosis(d, options));
    rendered.set(`${base}.details`, renderDiagnosis(d, { ...options, view: "details" }));
  }
  const threeConfigs = [
    fence("prometheus.yml:", read("test/fixtures/config/prometheus/write-path.yml")),
    fence("config.alloy:", read("test/fixtures/config/alloy/credentials-bearer.alloy")),
    fence("otelcol.yaml:", read("test/fixtures/config/otelcol/otlphttp-path.yml")),
  ].join("\n");
  rendered.set("config-three-pasted", renderDiagnosis(diagnose(threeConfigs, kb), options));
  rendered.set(
    "match-plain-failure-direct",
    renderDiagnosis(diagnose("Error: connect ECONNREFUSED 203.0.113.10:443", kb), options),
  );
  rendered.set(
    "match-ephemeral-shareable",
    renderDiagnosis(diagnose(read("examples/prometheus-remote-write-401.log"), kb), {
      replyId: "r1",
      shareable: true,
    }),
  );
  rendered.set(
    "no-match",
    renderDiagnosis(diagnose("my dashboard looks strange since yesterday", kb), options),
  );
  const thread = diagnoseThread(
    [
      'component=remote level=error msg="non-recoverable error" err="server returned HTTP status 400 Bad Request: no org id"',
      'after adding the header:\ncomponent=remote level=error err="server returned HTTP status 401 Unauthorized: invalid token"',
    ],
    kb,
  );
  rendered.set(
    "thread",
    renderDiagnosis(thread, {
      ...options,
      preface: ":thread: I read *2 messages* in this thread and found 2 problems.",
      origins: {
        "missing-org-id": "<https://example.slack.com/archives/C1/p1|seen in this message>",
        "unauthorized-401": "<https://example.slack.com/archives/C1/p2|seen in this message>",
      },
    }),
  );
  // A bare status code, before and after the person said which client sent it; a shared summary; the help.
  rendered.set("status-429", renderStatusAnswer(kb, 429, { replyId: "r1" }));
  rendered.set("status-429.prometheus", renderStatusAnswer(kb, 429, { replyId: "r1", client: "prometheus" }));
  rendered.set("shared", renderShared(diagnose(read("examples/otelcol-two-problems.log"), kb), "Ana"));
  rendered.set("help", helpMessage({ escalate: true }, "hello"));

  const probe = JSON.parse(read("test/golden/probeWriteRejected.json")) as ProbeResult;
  rendered.set("probe", renderProbeChecklist(probe, kb, "Dana Customer"));

  // The hand-off in its three states, from a channel and from a DM.
  const names = new Map([
    ["U1", "Dana Customer"],
    ["U9", "Sam Support"],
  ]);
  const alloy = diagnose(read("examples/alloy-config-and-error.txt"), kb);
  const feedback = { helpful: 0, notHelpful: 1, votes: [] };
  const handoff = (origin: Parameters<typeof renderHandoff>[1]["origin"]) => ({
    requestedBy: "U1",
    names,
    origin,
    summary: summaryFromDiagnosis(alloy),
    feedback,
  });
  const key = { channel: "CSUP", threadTs: "1700000000.000100" };
  const at = new Date("2026-11-30T09:00:00Z");
  const channel = handoff({
    kind: "channel",
    channel: "CSUP",
    threadLink: "https://example.slack.com/archives/CSUP/p1700000000000100",
  });
  rendered.set("handoff", renderHandoff(kb, channel, key));
  rendered.set("handoff.acknowledged", renderHandoff(kb, channel, key, { acknowledged: { by: "U9", at } }));
  rendered.set(
    "handoff.resolved",
    renderHandoff(kb, channel, key, {
      acknowledged: { by: "U9", at },
      resolved: {
        by: "U9",
        at,
        cause: "The token was pasted with its Bearer prefix into credentials.",
        fix: "credentials holds the raw token now.",
        gapId: "g-3f2a",
      },
    }),
  );
  rendered.set(
    "handoff.from-dm",
    renderHandoff(
      kb,
      handoff({ kind: "dm", excerpt: read("examples/prometheus-remote-write-401.log") }),
      key,
    ),
  );

  // The App Home: a person's own diagnoses; an admin's also the team's.
  const recent: StoredReply[] = [
    {
      channel: "D1",
      messageTs: "1.1",
      replyTs: "1.2",
      symptoms: [{ id: "unauthorized-401", score: 0.93 }],
      excerpt: 'err="server returned HTTP status 401 Unauthorized"',
      createdAt: at,
    },
    {
      channel: "CSUP",
      messageTs: "2.1",
      replyTs: "2.2",
      symptoms: [],
      excerpt: "flux capacitor desynchronised",
      createdAt: at,
    },
  ];
  const links = new Map([["CSUP:2.2", "https://example.slack.com/archives/CSUP/p22"]]);
  const summary: StoreSummary = {
    generatedAt: at,
    totals: { replies: 42, noMatch: 6, helpful: 9, notHelpful: 2, gaps: 2, escalations: 1 },
    gaps: [
      {
        id: "g-3f2a",
        shape: "flux capacitor desynchronised on node-<n>",
        sample: "flux capacitor desynchronised on node-17",
        excerpt: "flux capacitor desynchronised on node-17",
        channelSample: "flux capacitor desynchronised on node-17",
        count: 3,
        noMatch: 3,
        notHelpful: 0,
        escalated: 0,
        firstSeen: at,
        lastSeen: at,
        notes: [],
        suggestedSymptoms: [],
        resolutions: [],
      },
      {
        id: "g-77b1",
        shape: "seen in a DM only",
        sample: "a DM-only paste",
        excerpt: "a DM-only paste",
        count: 1,
        noMatch: 1,
        notHelpful: 0,
        escalated: 0,
        firstSeen: at,
        lastSeen: at,
        notes: [],
        suggestedSymptoms: [],
        resolutions: [],
      },
    ],
    symptoms: [
      { symptomId: "unauthorized-401", diagnosed: 12, offered: 15, helpful: 5, notHelpful: 1, reallyWas: [] },
    ],
    escalations: [],
  };
  // The help offers what each may do: probes run in #support for the user; the admin may probe anywhere.
  const home = { kb, recent, links, metadata: { dm: "D1" } };
  const userHelp = helpBlocks({ probe: { kind: "elsewhere", channels: ["CSUP"] }, escalate: true });
  const adminHelp = helpBlocks({ probe: { kind: "here" }, escalate: true });
  rendered.set("home.user", {
    text: "Home",
    blocks: homeViewForUser({ ...home, help: userHelp }).blocks as KnownBlock[],
  });
  rendered.set("home.admin", {
    text: "Home",
    blocks: homeViewForAdmin({ ...home, help: adminHelp }, summary).blocks as KnownBlock[],
  });
});

describe("golden replies", () => {
  it("renders each reply as checked in", () => {
    if (update) mkdirSync(dir, { recursive: true });
    const rows = ["| reply | blocks | characters | first-screen lines |", "| --- | ---: | ---: | ---: |"];
    for (const [name, message] of [...rendered].sort(([a], [b]) => a.localeCompare(b))) {
      const json = `${JSON.stringify({ text: message.text, blocks: message.blocks }, null, 2)}\n`;
      const text = `${blocksToText(message.blocks)}\n`;
      const m = measureReply(message.blocks);
      rows.push(`| ${name} | ${m.blocks} | ${m.characters} | ${m.firstScreenLines} |`);
      if (update) {
        writeFileSync(`${dir}${name}.json`, json);
        writeFileSync(`${dir}${name}.txt`, text);
        continue;
      }
      expect(json, `${name}.json`).toBe(readFileSync(`${dir}${name}.json`, "utf8"));
      expect(text, `${name}.txt`).toBe(readFileSync(`${dir}${name}.txt`, "utf8"));
    }
    const summary = `${rows.join("\n")}\n`;
    if (update) writeFileSync(`${dir}SUMMARY.md`, summary);
    else expect(summary).toBe(readFileSync(`${dir}SUMMARY.md`, "utf8"));
  });

  it("keeps a reply to a typical paste within one screen of a thread (about 40 lines at 600 px)", () => {
    for (const name of [...rendered.keys()].filter(
      (n) => n.startsWith("example-") && !n.endsWith(".details"),
    )) {
      const message = rendered.get(name) as RenderedMessage;
      expect(measureReply(message.blocks).firstScreenLines, name).toBeLessThanOrEqual(40);
    }
  });

  it("says nothing twice in a reply: each checklist line and each corrected config appears once", () => {
    for (const [name, message] of [...rendered].filter(([n]) => !/^(home|handoff)/.test(n))) {
      const text = blocksToText(message.blocks);
      const lines = text.split("\n").filter((l) => /^\d+\. |^Do first:/.test(l));
      expect(new Set(lines).size, name).toBe(lines.length);
      // One corrected config per pasted block: as many diffs as headings naming a block's lines.
      const diffs = text.match(/```diff/g)?.length ?? 0;
      const headings = text.match(/config, corrected\* \(lines \d+–\d+/g) ?? [];
      expect(diffs, name).toBe(headings.length);
      expect(new Set(headings).size, name).toBe(headings.length);
    }
  });
});
