import { urlOrigin } from "../parseUrl.ts";
import { setTo } from "../setVal.ts";
import type { ConfigRule, RuleHit } from "./ConfigRule.ts";

const PUSH_PATH = "/api/v1/push";

export const pushUrlPath = {
  id: "push-url-path",
  symptom: "remote-write-wrong-path",
  severity: "error",
  title: "remote_write URL does not end in /api/v1/push",
  check(t, { url, grafanaCloud }): RuleHit[] {
    if (
      !t.url ||
      !url?.host ||
      grafanaCloud ||
      !(t.role === "remote-write" || (t.role === "curl" && t.writes))
    )
      return [];
    const path = url.path.replace(/\/+$/, "");
    if (!(path === "" || path === "/push" || /\/write$/.test(path) || /\/api\/v1\/(query|read)/.test(path)))
      return [];
    return [
      {
        field: "url",
        line: t.url.line,
        message: `The push URL has ${path === "" ? "no path" : `the path ${path}`}; the backend takes writes at ${PUSH_PATH} (not /api/v1/write, not /push), so requests get a 404.`,
        fix: setTo(t.url, `${urlOrigin(url)}${PUSH_PATH}${url.rest}`),
      },
    ];
  },
} as const satisfies ConfigRule;
