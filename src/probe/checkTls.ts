import tls from "node:tls";
import type { SafeDialer } from "./SafeDialer.ts";
import { bareHost } from "./SafeDialer.ts";

export interface TlsVerdict {
  status: "pass" | "fail";
  detail: string;
  symptom?: string;
}

const DAY = 86_400_000;

/**
 * Check 4: a handshake that does not reject, so that each property can be reported on its own:
 * chain trusted, name matches, dates valid (and how many days are left).
 */
export async function checkTls(
  dialer: SafeDialer,
  hostname: string,
  port: number,
  now: Date,
): Promise<TlsVerdict> {
  const socket = (await dialer.connect(hostname, port, { verify: false })) as tls.TLSSocket;
  try {
    const cert = socket.getPeerCertificate(true);
    if (!cert || Object.keys(cert).length === 0)
      return { status: "fail", detail: "the server sent no certificate", symptom: "otel-tls-untrusted" };
    const problems: string[] = [];
    const chainError = socket.authorizationError ? String(socket.authorizationError) : undefined;
    // Node folds a name mismatch into authorizationError only when the chain is fine; check it ourselves.
    const nameError = tls.checkServerIdentity(bareHost(hostname), cert);
    const chainOk = !chainError || chainError === "ERR_TLS_CERT_ALTNAME_INVALID";
    const notAfter = Date.parse(cert.valid_to);
    const notBefore = Date.parse(cert.valid_from);
    const daysLeft = Math.floor((notAfter - now.getTime()) / DAY);
    if (!chainOk && chainError !== "CERT_HAS_EXPIRED" && chainError !== "CERT_NOT_YET_VALID")
      problems.push(`the chain is not trusted (${chainError})`);
    if (nameError)
      problems.push(`the certificate is not valid for ${bareHost(hostname)} (${nameError.message})`);
    if (Number.isFinite(notAfter) && notAfter < now.getTime())
      problems.push(`the certificate expired ${-daysLeft} days ago (${cert.valid_to})`);
    else if (Number.isFinite(notBefore) && notBefore > now.getTime())
      problems.push(`the certificate is not valid before ${cert.valid_from}`);
    if (problems.length > 0)
      return { status: "fail", detail: `TLS: ${problems.join("; ")}`, symptom: "otel-tls-untrusted" };
    return {
      status: "pass",
      detail: `chain trusted, valid for ${bareHost(hostname)}, ${daysLeft} days left (${socket.getProtocol() ?? "TLS"})`,
    };
  } finally {
    socket.destroy();
  }
}
