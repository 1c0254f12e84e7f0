import ipaddr from "ipaddr.js";

/** Cloud metadata endpoints: refused even with the private opt-in. */
const METADATA = ["169.254.169.254", "fd00:ec2::254", "169.254.170.2", "100.100.100.200"].map((a) =>
  ipaddr.parse(a).toNormalizedString(),
);

/** Ranges the private opt-in opens (on-premise backends, tests on loopback). */
const PRIVATE_V4 = new Set(["loopback", "private", "linkLocal", "carrierGradeNat"]);
const PRIVATE_V6 = new Set(["loopback", "uniqueLocal", "linkLocal"]);

/**
 * True when the probe may connect to this address. Only public unicast passes; with `allowPrivate`,
 * loopback, RFC 1918, CGNAT, link-local and unique-local pass too. Metadata addresses, unspecified,
 * multicast, broadcast, reserved ranges and every IPv6 form that embeds an IPv4 address (mapped,
 * NAT64, 6to4, Teredo) never pass. Anything that does not parse fails closed.
 */
export function vetAddress(address: string, allowPrivate: boolean): boolean {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // Strip a zone id (fe80::1%eth0); a zone only ever appears on link-local addresses.
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, "").replace(/%.*$/, ""));
  } catch {
    return false;
  }
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    // ::ffff:a.b.c.d has no legitimate use as a probe target and is a classic filter bypass.
    if (v6.isIPv4MappedAddress()) return false;
    if (METADATA.includes(v6.toNormalizedString())) return false;
    const range = v6.range();
    if (range === "unicast") return isGlobalUnicastV6(v6);
    return allowPrivate && PRIVATE_V6.has(range);
  }
  const v4 = parsed as ipaddr.IPv4;
  if (METADATA.includes(v4.toNormalizedString())) return false;
  const range = v4.range();
  if (range === "unicast") return true;
  return allowPrivate && PRIVATE_V4.has(range);
}

/** 2000::/3 is the only IPv6 space assigned for global unicast; the rest is reserved. */
function isGlobalUnicastV6(v6: ipaddr.IPv6): boolean {
  const first = v6.parts[0] ?? 0;
  return first >= 0x2000 && first <= 0x3fff;
}
