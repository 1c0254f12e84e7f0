import { describe, expect, it } from "vitest";
import {
  type ActRules,
  offeredActions,
  offerProbe,
  privateAudience,
  probeRefusal,
  threadAudience,
} from "../../src/slack/whoMayAct.ts";

const config = (
  over: { probeAllowedUsers?: string[]; probeAllowedChannels?: string[]; escalationChannel?: string } = {},
): ActRules => ({
  probe: { users: over.probeAllowedUsers ?? [], channels: over.probeAllowedChannels ?? [] },
  escalationChannel: over.escalationChannel,
});

describe("who may act", () => {
  it("offers the probe in a shared thread only where anyone may, or when the asker may", () => {
    const c = config({ probeAllowedUsers: ["UENG"], probeAllowedChannels: ["CSUP"] });
    expect(offerProbe(c, threadAudience("CSUP", "UCUST"))).toBe(true);
    expect(offerProbe(c, threadAudience("CCUST", "UCUST"))).toBe(false);
    expect(offerProbe(c, threadAudience("CCUST", "UENG"))).toBe(true);
    // A private copy or the bot's DM: exactly what that one person may do.
    expect(offerProbe(c, privateAudience("CCUST", "UCUST"))).toBe(false);
    expect(offerProbe(c, privateAudience("CCUST", "UENG"))).toBe(true);
    expect(offerProbe(c, threadAudience("D123", "UCUST"))).toBe(false);
    expect(offerProbe(config(), threadAudience("CSUP", "UENG"))).toBe(false);
  });

  it("offers Share only on a private copy and Escalate only on a thread, never from the escalation channel", () => {
    const c = config({ escalationChannel: "CESC" });
    expect(offeredActions(c, privateAudience("C1", "U1"))).toEqual({
      probe: false,
      escalate: false,
      share: true,
    });
    expect(offeredActions(c, threadAudience("C1", "U1"))).toEqual({
      probe: false,
      escalate: true,
      share: false,
    });
    expect(offeredActions(c, threadAudience("D1", "U1"))).toMatchObject({ escalate: true, share: false });
    expect(offeredActions(c, threadAudience("CESC", "U1")).escalate).toBe(false);
    expect(offeredActions(config(), threadAudience("C1", "U1")).escalate).toBe(false);
  });

  it("refuses a probe in the person's terms: where probes run, or who runs them, never the setting", () => {
    const inSupport = probeRefusal(config({ probeAllowedChannels: ["CSUP", "CSUP2"] }), "U1", "C9");
    expect(inSupport).toContain("Live probes run in <#CSUP> or <#CSUP2>");
    const named = probeRefusal(config({ probeAllowedUsers: ["UENG"] }), "U1", "C9", ["Ana Engineer"]);
    expect(named).toContain("run by Ana Engineer");
    expect(probeRefusal(config(), "U1", "C9")).toContain("turned off");
    for (const text of [inSupport, named]) {
      expect(text).not.toMatch(/PROBE_|ALLOWED|operator/);
      expect(text).not.toContain("<@"); // names, never pings
    }
    expect(probeRefusal(config({ probeAllowedChannels: ["C9"] }), "U1", "C9")).toBe("");
  });
});
