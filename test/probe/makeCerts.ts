import { generateKeyPairSync } from "node:crypto";
import forge from "node-forge";

export interface TestPki {
  caPem: string;
  /** Certificate and key for `name`, signed by the CA. */
  issue(name: string): { cert: string; key: string };
}

function keyPair(): { publicKey: forge.pki.PublicKey; privateKey: forge.pki.PrivateKey; keyPem: string } {
  // Node's own key generation: node-forge's pure-JS RSA would take seconds on this machine.
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: "pkcs1", format: "pem" }).toString();
  return {
    publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: "spki", format: "pem" }).toString()),
    privateKey: forge.pki.privateKeyFromPem(keyPem),
    keyPem,
  };
}

function validity(cert: forge.pki.Certificate, serial: string): void {
  cert.serialNumber = serial;
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 30 * 86_400_000);
}

/** A throwaway CA and a way to issue server certificates from it, made at test time. */
export function makeTestPki(): TestPki {
  const ca = keyPair();
  const caCert = forge.pki.createCertificate();
  caCert.publicKey = ca.publicKey;
  validity(caCert, "01");
  const caName = [{ name: "commonName", value: "telemetry-doctor test CA" }];
  caCert.setSubject(caName);
  caCert.setIssuer(caName);
  caCert.setExtensions([
    { name: "basicConstraints", cA: true, critical: true },
    { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
  ]);
  caCert.sign(ca.privateKey as forge.pki.rsa.PrivateKey, forge.md.sha256.create());
  let serial = 1;
  return {
    caPem: forge.pki.certificateToPem(caCert),
    issue(name) {
      const leaf = keyPair();
      const cert = forge.pki.createCertificate();
      cert.publicKey = leaf.publicKey;
      validity(cert, (++serial).toString(16).padStart(2, "0"));
      cert.setSubject([{ name: "commonName", value: name }]);
      cert.setIssuer(caName);
      cert.setExtensions([
        { name: "basicConstraints", cA: false },
        { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
        { name: "extKeyUsage", serverAuth: true },
        { name: "subjectAltName", altNames: [{ type: 2, value: name }] },
      ]);
      cert.sign(ca.privateKey as forge.pki.rsa.PrivateKey, forge.md.sha256.create());
      return { cert: forge.pki.certificateToPem(cert), key: leaf.keyPem };
    },
  };
}
