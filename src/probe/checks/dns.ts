import type { FailureClassId } from "../../vocabulary/failureClasses/FailureClass.ts";
import { REFUSED_MESSAGE } from "../ProbeRefusedError.ts";
import type { ProbeCheck } from "./ProbeCheck.ts";

/** Check 2: the name resolved once, every address vetted; the one address all traffic goes to. */
export const dnsCheck: ProbeCheck = {
  id: "dns",
  async run(state) {
    const { target, dialer, options } = state;
    if (!target) return { outcome: { status: "skipped", detail: "no usable URL" } };
    const resolution = await dialer.resolve(target.hostname);
    if (!resolution.ok) {
      // Without the private opt-in an unresolvable name looks exactly like a refused one, so the
      // probe cannot tell anyone which internal names exist.
      const refused = resolution.reason === "refused" || !options.allowPrivate;
      state.refused = refused;
      state.refusedBecause =
        resolution.reason === "refused" ? "resolves to an address not allowed" : `DNS ${resolution.code}`;
      if (refused)
        return { outcome: { status: "fail", detail: REFUSED_MESSAGE }, stop: "destination refused" };
      const code = resolution.reason === "dns" ? resolution.code : "no address";
      const failureClass: FailureClassId = code === "EAI_AGAIN" ? "dns.temporary" : "dns.not-found";
      return {
        outcome: {
          status: "fail",
          detail: `could not resolve ${target.hostname} (${code})`,
          symptom: "otel-network-unreachable",
          failureClass,
        },
        stop: "the host does not resolve",
      };
    }
    state.vettedIp = resolution.ip;
    return {
      outcome: {
        status: "pass",
        detail: `${target.hostname} → ${resolution.all.join(", ")}${options.allowPrivate ? " (private addresses allowed by the operator)" : ", all public"}`,
      },
    };
  },
};
