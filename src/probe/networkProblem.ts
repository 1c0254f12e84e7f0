import ipaddr from "ipaddr.js";
import { METADATA_NETWORKS } from "./vetAddress.ts";

const NEVER = METADATA_NETWORKS.map((c) => ipaddr.parseCIDR(c));

/**
 * Why a CIDR cannot be opened to probes, or undefined when it can: it must parse, and it must not
 * overlap link-local or cloud metadata space, which stays refused whatever the operator opens.
 */
export function networkProblem(cidr: string): string | undefined {
  let net: [ipaddr.IPv4 | ipaddr.IPv6, number];
  try {
    net = ipaddr.parseCIDR(cidr);
  } catch {
    return "is not a CIDR";
  }
  const [address, bits] = net;
  const overlaps = NEVER.some(([n, nb]) => {
    if (n.kind() !== address.kind()) return false;
    // Two prefixes overlap when the shorter one contains the other's network address.
    return bits <= nb ? n.match(address, bits) : address.match(n, nb);
  });
  return overlaps ? "overlaps link-local or cloud metadata addresses, which stay refused" : undefined;
}
