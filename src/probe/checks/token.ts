import type { ProbeCheck } from "./ProbeCheck.ts";

export interface TokenVerdict {
  status: "pass" | "fail";
  detail: string;
  symptom?: string;
  /** What the probe sends after `Bearer `: the token with an accidental prefix and whitespace removed. */
  cleaned: string | undefined;
}

function decodeJwtPart(part: string): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return json !== null && typeof json === "object" && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function days(ms: number): string {
  const d = Math.floor(Math.abs(ms) / 86_400_000);
  if (d >= 1) return `${d} day${d === 1 ? "" : "s"}`;
  const h = Math.floor(Math.abs(ms) / 3_600_000);
  return h >= 1 ? `${h} hour${h === 1 ? "" : "s"}` : "less than an hour";
}

/**
 * Check 8, without sending anything: the mistakes that turn a good token into a 401. The detail
 * describes the token's shape (length, JWT expiry), never its characters.
 */
export function checkToken(raw: string | undefined, now: Date): TokenVerdict {
  if (raw === undefined || raw.trim() === "")
    return {
      status: "fail",
      detail: "no token given: the backend needs `Authorization: Bearer <token>` on every request",
      symptom: "unauthorized-401",
      cleaned: undefined,
    };
  const problems: string[] = [];
  let token = raw;
  if (/^\s|\s$/.test(token)) {
    problems.push(/[\r\n]/.test(token) ? "a newline at its start or end" : "whitespace at its start or end");
    token = token.trim();
  }
  const pasted = /^authorization\s*:\s*/i.exec(token);
  if (pasted) {
    problems.push('the whole header line ("Authorization: …") instead of the token alone');
    token = token.slice(pasted[0].length);
  }
  const scheme = /^(bearer|basic|token)\s+/i.exec(token);
  if (scheme) {
    const word = scheme[1] ?? "";
    problems.push(
      word.toLowerCase() === "bearer"
        ? 'a "Bearer " prefix: a client that adds its own would send "Bearer Bearer …" (Alloy and Prometheus want the raw token)'
        : `a "${word} " prefix: the backend wants "Bearer <token>"`,
    );
    token = token.slice(scheme[0].length);
  }
  if (/\s/.test(token)) {
    problems.push(/[\r\n]/.test(token) ? "a newline inside it" : "whitespace inside it");
    token = token.replace(/\s+/g, "");
  }
  if (/[^\x21-\x7e]/.test(token)) {
    problems.push("characters that are not printable ASCII (a smart quote or an invisible character?)");
  }

  let shape = `${token.length} characters`;
  const parts = token.split(".");
  if (parts.length === 3 && parts[0]?.startsWith("eyJ")) {
    const header = decodeJwtPart(parts[0]);
    const payload = decodeJwtPart(parts[1] ?? "");
    if (header && payload) {
      const exp = payload.exp;
      if (typeof exp === "number") {
        const left = exp * 1000 - now.getTime();
        if (left <= 0)
          problems.push(`a JWT that expired ${days(left)} ago (exp ${new Date(exp * 1000).toISOString()})`);
        else shape = `a JWT that expires in ${days(left)}`;
      } else shape = "a JWT without an expiry";
    }
  }
  if (problems.length > 0)
    return {
      status: "fail",
      detail:
        `the token has ${problems.join("; ")}.` +
        (token !== raw
          ? " The probe sent it cleaned up, so the write and read checks judge the token itself."
          : ""),
      symptom: "unauthorized-401",
      cleaned: token,
    };
  return { status: "pass", detail: `well-formed: ${shape}, no prefix, no whitespace`, cleaned: token };
}

/** Check 8, run first: the token the later checks send is the cleaned one. */
export const tokenCheck: ProbeCheck = {
  id: "token",
  run(state) {
    const { cleaned, ...outcome } = checkToken(state.request.token, state.now);
    state.token = cleaned;
    return { outcome };
  },
};
