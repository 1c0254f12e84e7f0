import ipaddr from "ipaddr.js";

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/**
 * Cloud metadata and credential endpoints, refused under every opt-in. Link-local space holds most
 * of them and is refused whole; these are the ones outside it, or worth naming:
 * AWS IMDS and ECS/EKS credentials (169.254.169.254, 169.254.170.2, 169.254.170.23, fd00:ec2::254,
 * fd00:ec2::23, the rest of fd00:ec2::/32), GCE metadata over IPv6 (fd20:ce::254), Azure's wire server
 * (168.63.129.16, a public address) and IMDS, Alibaba (100.100.100.200), Oracle's legacy
 * 192.0.0.192, Tencent and others on 169.254.0.0/16.
 */
export const METADATA_NETWORKS: readonly string[] = [
  "169.254.0.0/16",
  "168.63.129.16/32",
  "100.100.100.200/32",
  "192.0.0.192/32",
  "fd00:ec2::/32",
  "fd20:ce::254/128",
  "fe80::/10",
];

const NEVER = METADATA_NETWORKS.map((cidr) => ipaddr.parseCIDR(cidr));

/** Non-public ranges an opt-in may open (on-premise backends, tests on loopback); never link-local. */
const OPENABLE_V4 = new Set(["loopback", "private", "carrierGradeNat"]);
const OPENABLE_V6 = new Set(["loopback", "uniqueLocal"]);

/** Parses an address as a probe target: brackets and a zone id stripped; undefined if it does not parse. */
export function parseTarget(address: string): Address | undefined {
  try {
    return ipaddr.parse(address.replace(/^\[|\]$/g, "").replace(/%.*$/, ""));
  } catch {
    return undefined;
  }
}

function within(a: Address, [net, bits]: [Address, number]): boolean {
  return a.kind() === net.kind() && a.match(net, bits);
}

/** True for a metadata or credential endpoint (or any link-local address): refused whatever the policy. */
export function isMetadataAddress(a: Address): boolean {
  return NEVER.some((n) => within(a, n));
}

/** Which of the three an address is: public unicast, a range an opt-in may open, or never allowed. */
export function classifyAddress(address: string): "public" | "openable" | "never" {
  const parsed = parseTarget(address);
  if (!parsed || isMetadataAddress(parsed)) return "never";
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    // ::ffff:a.b.c.d has no legitimate use as a probe target and is a classic filter bypass.
    if (v6.isIPv4MappedAddress()) return "never";
    const range = v6.range();
    if (range === "unicast") return isGlobalUnicastV6(v6) ? "public" : "never";
    return OPENABLE_V6.has(range) ? "openable" : "never";
  }
  const range = (parsed as ipaddr.IPv4).range();
  if (range === "unicast") return "public";
  return OPENABLE_V4.has(range) ? "openable" : "never";
}

/**
 * True when the probe may connect to this address. Only public unicast passes unless `allow` opens
 * more: `true` (what the probe's adapters pass once the destination policy has vetted the address)
 * opens loopback, RFC 1918, CGNAT and unique-local space; a list of CIDRs opens only those. Metadata
 * and credential endpoints, all link-local space, unspecified, multicast, broadcast, reserved ranges
 * and every IPv6 form that embeds an IPv4 address (mapped, NAT64, 6to4, Teredo) never pass. Anything
 * that does not parse fails closed.
 */
export function vetAddress(address: string, allow: boolean | readonly string[]): boolean {
  const kind = classifyAddress(address);
  if (kind !== "openable") return kind === "public";
  if (allow === true) return true;
  if (allow === false) return false;
  const parsed = parseTarget(address);
  return !!parsed && allow.some((cidr) => inCidr(parsed, cidr));
}

function inCidr(a: Address, cidr: string): boolean {
  try {
    return within(a, ipaddr.parseCIDR(cidr));
  } catch {
    return false;
  }
}

/** 2000::/3 is the only IPv6 space assigned for global unicast; the rest is reserved. */
function isGlobalUnicastV6(v6: ipaddr.IPv6): boolean {
  const first = v6.parts[0] ?? 0;
  return first >= 0x2000 && first <= 0x3fff;
}
