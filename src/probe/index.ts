export { checkToken } from "./checks/token.ts";
export { checkUrl, DEFAULT_PORTS } from "./checks/url.ts";
export { networkProblem } from "./networkProblem.ts";
export {
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_TIMEOUTS,
  defaultProbeConfig,
  type ProbeConfig,
} from "./ProbeConfig.ts";
export { ProbeGate, type ProbeGateOptions } from "./ProbeGate.ts";
export { ProbeLimitError } from "./ProbeLimitError.ts";
export { ProbeRefusedError, REFUSED_MESSAGE } from "./ProbeRefusedError.ts";
export { probeResultJson, renderProbeText } from "./renderProbeText.ts";
export { CHECK_ORDER, runProbe } from "./runProbe.ts";
export { tokenFingerprint } from "./tokenFingerprint.ts";
export type * from "./types.ts";
export { vetAddress } from "./vetAddress.ts";
