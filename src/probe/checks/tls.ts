import tls from "node:tls";
import type { FailureClassId } from "../../vocabulary/failureClasses/FailureClass.ts";
import { classifyError } from "../classifyOutcome.ts";
import type { SafeDialer } from "../SafeDialer.ts";
import { bareHost } from "../SafeDialer.ts";
import type { ProbeCheck } from "./ProbeCheck.ts";

export interface TlsVerdict {
  status: "pass" | "fail";
  detail: string;
  symptom?: string;
  failureClass?: FailureClassId;
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
    // The first problem found names the class: the chain, then the name, then the dates.
    let failureClass: FailureClassId | undefined;
    const problem = (text: string, cls: FailureClassId): void => {
      problems.push(text);
      failureClass ??= cls;
    };
    const chainError = socket.authorizationError ? String(socket.authorizationError) : undefined;
    // Node folds a name mismatch into authorizationError only when the chain is fine; check it ourselves.
    const nameError = tls.checkServerIdentity(bareHost(hostname), cert);
    const chainOk = !chainError || chainError === "ERR_TLS_CERT_ALTNAME_INVALID";
    const notAfter = Date.parse(cert.valid_to);
    const notBefore = Date.parse(cert.valid_from);
    const daysLeft = Math.floor((notAfter - now.getTime()) / DAY);
    if (!chainOk && chainError !== "CERT_HAS_EXPIRED" && chainError !== "CERT_NOT_YET_VALID")
      problem(
        `the chain is not trusted (${chainError})`,
        chainError === "DEPTH_ZERO_SELF_SIGNED_CERT" ? "tls.self-signed" : "tls.untrusted-chain",
      );
    if (nameError)
      problem(
        `the certificate is not valid for ${bareHost(hostname)} (${nameError.message})`,
        "tls.hostname-mismatch",
      );
    if (Number.isFinite(notAfter) && notAfter < now.getTime())
      problem(`the certificate expired ${-daysLeft} days ago (${cert.valid_to})`, "tls.expired");
    else if (Number.isFinite(notBefore) && notBefore > now.getTime())
      problem(`the certificate is not valid before ${cert.valid_from}`, "tls.expired");
    if (problems.length > 0)
      return {
        status: "fail",
        detail: `TLS: ${problems.join("; ")}`,
        symptom: "otel-tls-untrusted",
        ...(failureClass ? { failureClass } : {}),
      };
    return {
      status: "pass",
      detail: `chain trusted, valid for ${bareHost(hostname)}, ${daysLeft} days left (${socket.getProtocol() ?? "TLS"})`,
    };
  } finally {
    socket.destroy();
  }
}

/** Check 4 in the probe: TLS for https://, skipped (with a warning) for plain http://. */
export const tlsCheck: ProbeCheck = {
  id: "tls",
  async run({ target, dialer, now }) {
    if (!target) return { outcome: { status: "skipped", detail: "no usable URL" } };
    if (target.protocol !== "https:")
      return {
        outcome: {
          status: "skipped",
          detail:
            "plain http://: no TLS, so the token travels unencrypted; use https:// for a hosted backend",
        },
      };
    try {
      const verdict = await checkTls(dialer, target.hostname, target.port, now);
      return verdict.status === "fail"
        ? { outcome: verdict, stop: "TLS failed, so no request can be trusted" }
        : { outcome: verdict };
    } catch (error) {
      return { outcome: classifyError("tls", error), stop: "TLS failed" };
    }
  },
};
