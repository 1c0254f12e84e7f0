import { classifyError } from "../classifyOutcome.ts";
import type { ProbeCheck } from "./ProbeCheck.ts";

/** Check 3: a TCP connection to the vetted address, closed at once. */
export const tcpCheck: ProbeCheck = {
  id: "tcp",
  async run({ target, dialer, vettedIp }) {
    if (!target) return { outcome: { status: "skipped", detail: "no usable URL" } };
    try {
      (await dialer.connect(target.hostname, target.port)).destroy();
      return { outcome: { status: "pass", detail: `connected to ${vettedIp} port ${target.port}` } };
    } catch (error) {
      return { outcome: classifyError("tcp", error), stop: "no TCP connection" };
    }
  },
};
