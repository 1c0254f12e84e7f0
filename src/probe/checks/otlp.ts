import { classifyResponse } from "../classifyOutcome.ts";
import { EMPTY_OTLP_EXPORT, OTLP_PATH } from "../remoteWrite.ts";
import { authHeaders, type ProbeCheck } from "./ProbeCheck.ts";

/** Check 7: an empty OTLP metrics export, as the Collector and SDKs send it over HTTP. */
export const otlpCheck: ProbeCheck = {
  id: "otlp",
  async run(state) {
    if (!state.send) throw new Error("the OTLP check ran before the connection was set up");
    const res = await state.send(
      OTLP_PATH,
      "POST",
      { "content-type": "application/x-protobuf", ...authHeaders(state) },
      EMPTY_OTLP_EXPORT,
    );
    return { outcome: classifyResponse("otlp", res, state.tenantSent) };
  },
};
