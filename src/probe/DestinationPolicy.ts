import { classifyAddress, vetAddress } from "./vetAddress.ts";

/** Ports every probe may use: HTTP, HTTPS and the two OTLP ports. */
export const STANDARD_PORTS: readonly number[] = [80, 443, 4317, 4318];

/**
 * Where the operator lets probes go beyond public addresses on the standard ports, read once at the
 * entry point (src/settings/readSettings). Everything not named here is refused; metadata and link-local
 * addresses are refused whatever it says.
 */
export interface DestinationPolicy {
  /** CIDRs (PROBE_ALLOW_NETWORKS) that non-public addresses must fall in; empty = public only. */
  allowedNetworks: readonly string[];
  /** Ports on top of STANDARD_PORTS (PROBE_ALLOWED_PORTS). */
  allowedPorts: readonly number[];
  /** The deprecated PROBE_ALLOW_PRIVATE=1: loopback on any port, for development and tests. */
  loopbackAnyPort: boolean;
  /** PROBE_ALLOW_PLAIN_HTTP_TOKEN=1: a token may go over plain http:// to a public host. */
  allowPlainHttpToken: boolean;
  /** Upper bound for one DNS resolution; it is also kept within the probe's overall deadline. */
  dnsTimeoutMs: number;
}

export const DEFAULT_DESTINATION_POLICY: DestinationPolicy = {
  allowedNetworks: [],
  allowedPorts: [],
  loopbackAnyPort: false,
  allowPlainHttpToken: false,
  dnsTimeoutMs: 2000,
};

const LOOPBACK = ["127.0.0.0/8", "::1/128"];

/** Names of metadata services, refused before any lookup (a resolver may map them anywhere). */
const METADATA_NAMES = [
  "metadata.google.internal",
  "metadata.goog",
  "metadata",
  "instance-data",
  "instance-data.ec2.internal",
  "metadata.azure.internal",
  "metadata.tencentyun.com",
  "metadata.platformequinix.com",
  "metadata.packet.net",
  "kubernetes.default",
  "kubernetes.default.svc",
];

/** True for a metadata service's name, in any case, with or without a trailing dot, or a subdomain of one. */
export function isMetadataName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.+$/, "");
  return METADATA_NAMES.some(
    (m) =>
      name === m || (m.includes(".") && name.endsWith(`.${m}`)) || name.startsWith("kubernetes.default."),
  );
}

export function isAllowedPort(port: number, address: string | undefined, policy: DestinationPolicy): boolean {
  if (STANDARD_PORTS.includes(port) || policy.allowedPorts.includes(port)) return true;
  return policy.loopbackAnyPort && address !== undefined && vetAddress(address, LOOPBACK);
}

/** The networks the policy opens, the loopback of the deprecated opt-in included. */
export function openedNetworks(policy: DestinationPolicy): readonly string[] {
  return policy.loopbackAnyPort ? [...policy.allowedNetworks, ...LOOPBACK] : policy.allowedNetworks;
}

/**
 * How one resolved address stands under the policy: public, inside a network the operator opened,
 * or refused (metadata, link-local, a range nobody opened, anything that does not parse).
 */
export function vetDestination(address: string, policy: DestinationPolicy): "public" | "opened" | "refused" {
  const kind = classifyAddress(address);
  if (kind === "public") return "public";
  if (kind === "never") return "refused";
  return vetAddress(address, openedNetworks(policy)) ? "opened" : "refused";
}
