import { classifyResponse, excerpt } from "../classifyOutcome.ts";
import { EMPTY_WRITE_REQUEST_SNAPPY, PUSH_PATH, REMOTE_WRITE_HEADERS } from "../remoteWrite.ts";
import { authHeaders, type ProbeCheck, type ProbeState } from "./ProbeCheck.ts";

const push = (state: ProbeState, withTenant: boolean) =>
  (state.send ?? missingSend)(
    PUSH_PATH,
    "POST",
    { ...REMOTE_WRITE_HEADERS, ...authHeaders(state, withTenant) },
    EMPTY_WRITE_REQUEST_SNAPPY,
  );

function missingSend(): never {
  throw new Error("the write check ran before the connection was set up");
}

/** Check 5: an empty remote-write request to /api/v1/push with both headers. */
export const writeCheck: ProbeCheck = {
  id: "write",
  async run(state) {
    const first = await push(state, true);
    const outcome = classifyResponse("write", first, state.tenantSent);
    if (first.status !== 400 || !state.tenantSent || outcome.symptom === "missing-org-id") return { outcome };
    // A 400 with the tenant header set: ask again without it to learn whether the header matters.
    const second = await push(state, false);
    if (second.status === first.status && second.body === first.body)
      return {
        outcome: {
          ...outcome,
          detail: `${outcome.detail}; the same 400 without X-Scope-OrgID, so the tenant header is not what it rejects`,
        },
      };
    return {
      outcome: {
        ...outcome,
        status: "fail",
        detail: `${outcome.detail}; without X-Scope-OrgID it answers ${second.status}${excerpt(second.body)}, so it reads the header and rejects this tenant id`,
        symptom: "missing-org-id",
      },
    };
  },
};
