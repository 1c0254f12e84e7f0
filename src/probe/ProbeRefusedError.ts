/**
 * The one plain message every refused destination gets (scheme, port, host allow-list, private or
 * special address, unresolvable name without the private opt-in): the same words whatever the
 * reason, so the probe cannot be used to map a network.
 */
export const REFUSED_MESSAGE =
  "This destination cannot be probed: only public addresses on allowed ports and hosts can be reached from here.";

/** Thrown by the probe's connector when a destination is refused; the message never says why. */
export class ProbeRefusedError extends Error {
  readonly code = "PROBE_REFUSED";

  constructor(options?: ErrorOptions) {
    super(REFUSED_MESSAGE, options);
    this.name = "ProbeRefusedError";
  }
}
