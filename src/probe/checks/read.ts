import { classifyResponse } from "../classifyOutcome.ts";
import { QUERY_PATH } from "../remoteWrite.ts";
import { authHeaders, type ProbeCheck } from "./ProbeCheck.ts";

/** Check 6: an instant query of vector(1), which needs the read scope and nothing else. */
export const readCheck: ProbeCheck = {
  id: "read",
  async run(state) {
    if (!state.send) throw new Error("the read check ran before the connection was set up");
    return {
      outcome: classifyResponse(
        "read",
        await state.send(QUERY_PATH, "GET", authHeaders(state)),
        state.tenantSent,
      ),
    };
  },
};
