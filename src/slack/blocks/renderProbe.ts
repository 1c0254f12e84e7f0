import type { KnowledgeBase } from "../../knowledge/KnowledgeBase.ts";
import { CHECK_LABELS, CHECK_MARKS, describeScope, renderProbeText } from "../../probe/renderProbeText.ts";
import type { ProbeResult } from "../../probe/types.ts";
import { escapeMrkdwn } from "../escapeMrkdwn.ts";
import { codeBlock, formatKbText } from "./formatKbText.ts";
import { clampText, fitBlocks } from "./limits.ts";
import { context, section } from "./mrkdwnBlocks.ts";
import type { KnownBlock, RenderedMessage } from "./slackTypes.ts";

/**
 * The checklist lines alone (mrkdwn): one a check with its mark, and for a failure the knowledge
 * symptom it points to. No details: they stay in the private message.
 */
export function probeChecklistLines(result: ProbeResult, kb: KnowledgeBase): string {
  return result.checks
    .map((c) => {
      const title = c.symptom ? kb.byId.get(c.symptom)?.entry.title : undefined;
      return `${CHECK_MARKS[c.status]} ${CHECK_LABELS[c.id]}${c.status === "fail" && title ? `: ${formatKbText(title)}` : ""}`;
    })
    .join("\n");
}

/**
 * The probe result for the thread: a ✓/✗/– checklist, and the failing layer's problem and first fix
 * from the knowledge entry its check points to. Holds no secret: no token, no check details. `runBy`
 * is a display name: it names who ran it without pinging them.
 */
export function renderProbeChecklist(result: ProbeResult, kb: KnowledgeBase, runBy: string): RenderedMessage {
  const failed = result.checks.find((c) => c.status === "fail");
  const origin = result.target.origin ? `\`${escapeMrkdwn(result.target.origin)}\`` : "the endpoint";
  const verdict = result.ok
    ? "*every check passed*"
    : `*the ${failed ? CHECK_LABELS[failed.id] : "probe"} check failed*`;
  const blocks: KnownBlock[] = [
    section(`:satellite_antenna: *Live probe* of ${origin}, run by ${escapeMrkdwn(runBy)}: ${verdict}`),
    section(probeChecklistLines(result, kb)),
    context(
      `Token can write: ${describeScope(result.scopes.canWrite)} · can read: ${describeScope(result.scopes.canRead)}`,
    ),
  ];
  const [first, ...others] = result.symptoms;
  const entry = first ? kb.byId.get(first)?.entry : undefined;
  // Like a diagnosis card: the problem and the fix to do first; the cause and the other steps are one
  // "Diagnose" of the failing check's words away, and the full detail went privately to the requester.
  if (entry) {
    const first = entry.fix[0] ? `\n*Do first:* ${formatKbText(entry.fix[0])}` : "";
    blocks.push(section(`*${formatKbText(entry.title)}*${first}`));
  }
  const otherTitles = others.map((id) => kb.byId.get(id)?.entry.title ?? id);
  if (otherTitles.length > 0)
    blocks.push(context(`Also failing: ${otherTitles.map((t) => formatKbText(t)).join(" · ")}`));
  const text = result.ok
    ? `Live probe of ${result.target.origin}: every check passed`
    : `Live probe of ${result.target.origin}: the ${failed ? CHECK_LABELS[failed.id] : "probe"} check failed`;
  return { text: escapeMrkdwn(clampText(text, 500)), blocks: fitBlocks(blocks) };
}

/** The full detail for the person who asked: every check's detail and timing, the token's fingerprint. */
export function renderProbeDetail(result: ProbeResult): RenderedMessage {
  return {
    text: "Live probe: full detail",
    blocks: fitBlocks([
      section("*Live probe: full detail* (only you can see this)"),
      section(clampText(codeBlock(renderProbeText(result)))),
    ]),
  };
}
