import { generateKeyPairSync } from "node:crypto";
import forge from "node-forge";

// test/probe/makeCerts.ts issues DNS-only leaves; these tests dial 127.0.0.1, so a leaf here carries
// an IP SAN (or, for the hostname-mismatch mode, deliberately only a foreign DNS name).

interface Keys {
  publicKey: forge.pki.PublicKey;
  privateKey: forge.pki.rsa.PrivateKey;
  keyPem: string;
}

function keys(): Keys {
  // Node's key generation: node-forge's pure-JS RSA takes seconds.
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: "pkcs1", format: "pem" }).toString();
  return {
    publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: "spki", format: "pem" }).toString()),
    privateKey: forge.pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey,
    keyPem,
  };
}

let serial = 0x100;

function certificate(subject: Keys, commonName: string): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = subject.publicKey;
  cert.serialNumber = (++serial).toString(16);
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 30 * 86_400_000);
  cert.setSubject([{ name: "commonName", value: commonName }]);
  return cert;
}

export interface Ca {
  pem: string;
  cert: forge.pki.Certificate;
  keys: Keys;
}

export interface Leaf {
  cert: string;
  key: string;
}

export function makeCa(commonName: string): Ca {
  const k = keys();
  const cert = certificate(k, commonName);
  cert.setIssuer(cert.subject.attributes);
  cert.setExtensions([
    { name: "basicConstraints", cA: true, critical: true },
    { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
  ]);
  cert.sign(k.privateKey, forge.md.sha256.create());
  return { pem: forge.pki.certificateToPem(cert), cert, keys: k };
}

/** A server leaf for `names` (IPs and DNS names), signed by `ca`, or by itself when `ca` is null. */
export function makeLeaf(ca: Ca | null, names: { ip?: string; dns?: string }): Leaf {
  const k = keys();
  const cert = certificate(k, names.dns ?? names.ip ?? "leaf");
  cert.setIssuer(ca ? ca.cert.subject.attributes : cert.subject.attributes);
  const altNames: { type: number; value?: string; ip?: string }[] = [];
  if (names.dns) altNames.push({ type: 2, value: names.dns });
  if (names.ip) altNames.push({ type: 7, ip: names.ip });
  cert.setExtensions([
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
    { name: "extKeyUsage", serverAuth: true },
    { name: "subjectAltName", altNames },
  ]);
  cert.sign(ca ? ca.keys.privateKey : k.privateKey, forge.md.sha256.create());
  return { cert: forge.pki.certificateToPem(cert), key: k.keyPem };
}
