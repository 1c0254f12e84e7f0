/** A URL the probe may send to, as the URL check read it. */
export interface ProbeTarget {
  protocol: "http:" | "https:";
  /** As in the URL: lower-case, IPv6 in brackets, a trailing dot removed. */
  hostname: string;
  port: number;
  /** scheme://host:port, no credentials, no path. */
  origin: string;
  /** The path the user configured, without a trailing slash ("" for the base URL). */
  path: string;
}
