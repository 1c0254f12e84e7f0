import { judgeEndpointPath } from "../../vocabulary/judgeEndpointPath.ts";
import { setTo } from "../setVal.ts";
import type { ConfigRule, RuleHit } from "./ConfigRule.ts";
import { sentence } from "./sentence.ts";

export const pushUrlPath = {
  id: "push-url-path",
  symptom: "remote-write-wrong-path",
  severity: "error",
  title: "remote_write URL does not end in /api/v1/push",
  check(t, { url }): RuleHit[] {
    const kind =
      t.role === "remote-write" ? "remote-write" : t.role === "curl" && t.writes ? "curl-push" : undefined;
    if (!t.url || !url?.host || kind === undefined) return [];
    const v = judgeEndpointPath(kind, t.url.value);
    if (v.verdict === "ok") return [];
    return [
      { field: "url", line: t.url.line, message: sentence(v.reason), fix: setTo(t.url, v.correctedUrl) },
    ];
  },
} as const satisfies ConfigRule;
