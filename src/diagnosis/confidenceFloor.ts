/** Below this score nothing is offered: "no confident match" beats a wrong diagnosis. */
export const CONFIDENCE_FLOOR = 0.5;
