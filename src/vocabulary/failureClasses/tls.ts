import type { FailureClass } from "./FailureClass.ts";

const OPENSSL_REASONS = "openssl/openssl crypto/err/openssl.txt";
const OPENSSL_VERIFY = "openssl/openssl crypto/x509/x509_txt.c";
const GO_ALERTS = "golang/go src/crypto/tls/alert.go";
const JDK_ALERTS = "openjdk/jdk src/java.base/share/classes/sun/security/ssl/Alert.java";
const RUSTLS_ERRORS = "rustls/rustls rustls/src/error/mod.rs";

/**
 * The TLS handshake. A received alert ("remote error: tls: …", "received fatal alert: …",
 * "tlsv1 alert …") is the PEER's verdict; in a sender's log that verdict is almost always about
 * the sender's own client certificate, so alerts naming a certificate go to client-cert-rejected.
 * In a receiver's log the same alert means the client did not trust the receiver's certificate;
 * the paste's side decides, and the summary says so.
 */
export const tlsClasses: readonly FailureClass[] = [
  {
    id: "tls.untrusted-chain",
    layer: "tls",
    summary:
      "the server's certificate is not signed by a CA the client trusts (or the server sends an incomplete chain)",
    confirm:
      "`openssl s_client -connect <host>:<port> -servername <host> -showcerts` shows who signed it and whether intermediates are sent; add that CA to the client's CA file (or fix the server's chain)",
    wordings: [
      {
        text: "this may be an issue with the remote host or with excon",
        source: "excon/excon lib/excon/error.rb",
      },
      // Erlang's ssl, as hackney, Mint and Finch print it: our side did not trust the server's CA.
      { text: "generated client alert: fatal - unknown ca", source: "erlang/otp lib/ssl/src/ssl_alert.erl" },
      { text: "certificate signed by unknown authority", source: "golang/go src/crypto/x509/verify.go" },
      {
        text: "failed to load system roots and no roots provided",
        source: "golang/go src/crypto/x509/verify.go",
      },
      { text: "unable to get local issuer certificate", source: OPENSSL_VERIFY },
      { text: "unable to get issuer certificate", source: OPENSSL_VERIFY },
      // Missing intermediate: the leaf's issuer is not in the chain the server sent.
      { text: "unable to verify the first certificate", source: OPENSSL_VERIFY },
      // Node's error codes (and Python's verify codes) are OpenSSL's X509_V_ERR_* names.
      { text: "unable_to_get_issuer_cert_locally", source: "nginx/nginx src/event/ngx_event_openssl.h" },
      { text: "unable_to_verify_leaf_signature", source: "nginx/nginx src/event/ngx_event_openssl.h" },
      // OpenSSL's generic verify failure (also printed for expiry and self-signed, with the detail
      // after it); an untrusted issuer is what it most often carries.
      { text: "certificate verify failed", source: OPENSSL_REASONS },
      { text: "certificate_verify_failed", source: OPENSSL_REASONS },
      // Java.
      {
        text: "pkix path building failed",
        source: "openjdk/jdk src/java.base/share/classes/sun/security/validator/PKIXValidator.java",
      },
      // The JDK's cause line, often all a wrapped paste keeps of it.
      {
        text: "unable to find valid certification path to requested target",
        source:
          "openjdk/jdk src/java.base/share/classes/sun/security/provider/certpath/SunCertPathBuilder.java",
      },
      // curl on Windows (Schannel) names the SSPI status: `schannel: SEC_E_UNTRUSTED_ROOT (0x80090325)`.
      { text: "sec_e_untrusted_root", source: "curl/curl lib/strerror.c" },
      // The JDK's simple validator (no PKIX): `ValidatorException: No trusted certificate found`.
      {
        text: "no trusted certificate found",
        source: "openjdk/jdk src/java.base/share/classes/sun/security/validator/ValidatorException.java",
      },
      // X509_V_ERR_CERT_UNTRUSTED.
      { text: "certificate not trusted", source: OPENSSL_VERIFY },
      // rustls (Debug form of CertificateError::UnknownIssuer).
      { text: "invalid peer certificate: unknownissuer", source: RUSTLS_ERRORS },
      // curl: (60).
      { text: "ssl peer certificate or ssh remote key was not ok", source: "curl/curl lib/strerror.c" },
      { text: "curl: (60)", source: "curl/curl src/tool_operate.c" },
      // .NET SslStream: the generic verdict, then SslPolicyErrors and X509ChainStatusFlags by name.
      {
        text: "the remote certificate is invalid according to the validation procedure",
        source: "dotnet/runtime src/libraries/System.Net.Security/src/Resources/Strings.resx",
      },
      {
        text: "remotecertificatechainerrors",
        source:
          "dotnet/runtime src/libraries/System.Net.Primitives/src/System/Net/Security/SslPolicyErrors.cs",
      },
      {
        text: "untrustedroot",
        source:
          "dotnet/runtime src/libraries/System.Security.Cryptography/src/System/Security/Cryptography/X509Certificates/X509ChainStatusFlags.cs",
      },
      {
        text: "partialchain",
        source:
          "dotnet/runtime src/libraries/System.Security.Cryptography/src/System/Security/Cryptography/X509Certificates/X509ChainStatusFlags.cs",
      },
    ],
  },
  {
    id: "tls.self-signed",
    layer: "tls",
    summary:
      "the server presents a self-signed certificate, or a chain ending in a private root the client does not trust",
    confirm:
      "`openssl s_client -connect <host>:<port> -showcerts`: subject and issuer are the same; give the client that certificate (or its private root) as its CA",
    wordings: [
      // OpenSSL 3 hyphenates; 1.1 wrote "self signed".
      { text: "self-signed certificate", source: OPENSSL_VERIFY },
      { text: "self-signed certificate in certificate chain", source: OPENSSL_VERIFY },
      // OpenSSL 1.1's spelling, still common (Node 16/18, older Python builds); quoted from
      // `openssl s_client` output in rustls' README, not from OpenSSL's current source.
      { text: "self signed certificate", source: "rustls/rustls README.md" },
      { text: "depth_zero_self_signed_cert", source: "nginx/nginx src/event/ngx_event_openssl.h" },
      { text: "self_signed_cert_in_chain", source: "nginx/nginx src/event/ngx_event_openssl.h" },
    ],
  },
  {
    id: "tls.hostname-mismatch",
    layer: "tls",
    summary: "the server's certificate is valid, but not for the host name (or IP) the client used",
    confirm:
      "`openssl s_client -connect <host>:<port> -servername <host> | openssl x509 -noout -ext subjectAltName` lists the names it covers; use one of them in the endpoint, or reissue the certificate",
    wordings: [
      // curl: 'does not match target hostname' (newer) and 'target host name' (older).
      { text: "does not match target host", source: "curl/curl lib/vtls/openssl.c" },
      { text: "did not match expected cn=", source: "php/php-src ext/openssl/xp_ssl.c" },
      // Ruby's Net::HTTP, Faraday and excon.
      { text: "does not match the server certificate", source: "ruby/openssl lib/openssl/ssl.rb" },
      { text: "x509: certificate is valid for", source: "golang/go src/crypto/x509/verify.go" },
      { text: "certificate is not valid for any names", source: "golang/go src/crypto/x509/verify.go" },
      { text: "because it doesn't contain any ip sans", source: "golang/go src/crypto/x509/verify.go" },
      {
        text: "certificate relies on legacy common name field",
        source: "golang/go src/crypto/x509/verify.go",
      },
      { text: "hostname mismatch", source: OPENSSL_VERIFY },
      // OkHttp: `javax.net.ssl.SSLPeerUnverifiedException: Hostname otel.example.com not verified:`,
      // the JDK's exception for a peer whose identity the client could not verify.
      {
        text: "sslpeerunverifiedexception",
        source: "square/okhttp okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/connection/ConnectPlan.kt",
      },
      { text: "ip address mismatch", source: OPENSSL_VERIFY },
      {
        text: "no subject alternative names present",
        source: "openjdk/jdk src/java.base/share/classes/sun/security/util/HostnameChecker.java",
      },
      {
        text: "no subject alternative names matching ip address",
        source: "openjdk/jdk src/java.base/share/classes/sun/security/util/HostnameChecker.java",
      },
      {
        text: "no subject alternative dns name matching",
        source: "openjdk/jdk src/java.base/share/classes/sun/security/util/HostnameChecker.java",
      },
      {
        text: "no name matching",
        source: "openjdk/jdk src/java.base/share/classes/sun/security/util/HostnameChecker.java",
      },
      // OkHttp's hostname verifier (multi-line message; whitespace collapses to this).
      {
        text: "not verified: certificate: sha256/",
        source: "square/okhttp okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/connection/ConnectPlan.kt",
      },
      {
        text: "not verified (no certificates)",
        source: "square/okhttp okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/connection/ConnectPlan.kt",
      },
      { text: "doesn't match either of", source: "urllib3/urllib3 src/urllib3/util/ssl_match_hostname.py" },
      { text: "no alternative certificate subject name matches", source: "curl/curl lib/vtls/openssl.c" },
      { text: "certificate not valid for name", source: RUSTLS_ERRORS },
      { text: "invalid peer certificate: notvalidforname", source: RUSTLS_ERRORS },
      {
        text: "remotecertificatenamemismatch",
        source:
          "dotnet/runtime src/libraries/System.Net.Primitives/src/System/Net/Security/SslPolicyErrors.cs",
      },
      { text: "err_tls_cert_altname_invalid", source: "nodejs/undici lib/dispatcher/client-h1.js" },
      // Node's checkServerIdentity: "Hostname/IP does not match certificate's altnames" ("doesn't" before Node 12).
      { text: "match certificate's altnames", source: "nodejs/node lib/tls.js" },
      // gRPC C-core (Python grpcio, Ruby, PHP, C++): `Peer name otel.example.com is not in peer certificate`.
      {
        text: "is not in peer certificate",
        source: "grpc/grpc src/core/lib/security/security_connector/ssl_utils.cc",
      },
      { text: "sec_e_wrong_principal", source: "curl/curl lib/strerror.c" },
      // The server has no certificate for the SNI name the client sent: alert 112, unrecognized_name.
      { text: "tls: unrecognized name", source: GO_ALERTS },
      { text: "tlsv1 unrecognized name", source: OPENSSL_REASONS },
      { text: "received fatal alert: unrecognized_name", source: JDK_ALERTS },
    ],
  },
  {
    id: "tls.expired",
    layer: "tls",
    summary: "a certificate in the handshake has expired (or is not valid yet: check the clock)",
    confirm:
      "`openssl s_client -connect <host>:<port> | openssl x509 -noout -dates` shows notBefore/notAfter; compare with `date -u` on the client",
    wordings: [
      { text: "alert: fatal - certificate expired", source: "erlang/otp lib/ssl/src/ssl_alert.erl" },
      // .NET: X509ChainStatusFlags.NotTimeValid, by name in the chain errors it prints.
      {
        text: "notimevalid",
        source:
          "dotnet/runtime src/libraries/System.Security.Cryptography/src/System/Security/Cryptography/X509Certificates/X509ChainStatusFlags.cs",
      },
      { text: "certificate has expired or is not yet valid", source: "golang/go src/crypto/x509/verify.go" },
      { text: "certificate has expired", source: OPENSSL_VERIFY },
      { text: "certificate is not yet valid", source: OPENSSL_VERIFY },
      {
        text: "cert_has_expired",
        source: "netty/netty codec-classes-quic/src/main/java/io/netty/handler/codec/quic/BoringSSL.java",
      },
      {
        text: "cert_not_yet_valid",
        source: "netty/netty codec-classes-quic/src/main/java/io/netty/handler/codec/quic/BoringSSL.java",
      },
      { text: "certificate expired: verification time", source: RUSTLS_ERRORS },
      { text: "certificate not valid yet: verification time", source: RUSTLS_ERRORS },
      { text: "invalid peer certificate: expired", source: RUSTLS_ERRORS },
      // The peer saying OUR certificate expired: still an expiry.
      { text: "tls: expired certificate", source: GO_ALERTS },
      { text: "ssl/tls alert certificate expired", source: OPENSSL_REASONS },
      { text: "sslv3_alert_certificate_expired", source: OPENSSL_REASONS },
      { text: "received fatal alert: certificate_expired", source: JDK_ALERTS },
      { text: "found the certificate to be expired", source: RUSTLS_ERRORS },
      // The JDK's PKIX checks: `CertPathValidatorException: validity check failed` with a
      // `CertificateExpiredException: NotAfter: …` cause.
      {
        text: "certificateexpiredexception",
        source: "openjdk/jdk src/java.base/share/classes/java/security/cert/CertificateExpiredException.java",
      },
      {
        text: "certificatenotyetvalidexception",
        source:
          "openjdk/jdk src/java.base/share/classes/java/security/cert/CertificateNotYetValidException.java",
      },
      { text: "sec_e_cert_expired", source: "curl/curl lib/strerror.c" },
    ],
  },
  {
    id: "tls.protocol-version",
    layer: "tls",
    summary: "client and server share no TLS version or cipher suite they both accept",
    confirm:
      "`openssl s_client -connect <host>:<port> -tls1_2` (then `-tls1_3`) shows which versions the server takes; align min/max TLS version and cipher settings on both sides",
    wordings: [
      { text: "alert: fatal - protocol version", source: "erlang/otp lib/ssl/src/ssl_alert.erl" },
      {
        text: "http/2 requires tls 1.2 or newer, but",
        source: "dotnet/runtime src/libraries/System.Net.Http/src/Resources/Strings.resx",
      },
      { text: "tls: protocol version not supported", source: GO_ALERTS },
      // The handshake_failure alert is ambiguous (TLS 1.2 servers also send it for a missing client
      // certificate), but no common version, cipher or SNI name is what it most often means.
      { text: "tls: handshake failure", source: GO_ALERTS },
      { text: "ssl/tls alert handshake failure", source: OPENSSL_REASONS },
      { text: "sslv3_alert_handshake_failure", source: OPENSSL_REASONS },
      { text: "received fatal alert: handshake_failure", source: JDK_ALERTS },
      { text: "failed to negotiate an acceptable set of security parameters", source: RUSTLS_ERRORS },
      { text: "tlsv1 alert protocol version", source: OPENSSL_REASONS },
      { text: "tlsv1_alert_protocol_version", source: OPENSSL_REASONS },
      { text: "received fatal alert: protocol_version", source: JDK_ALERTS },
      { text: "did not support a suitable tls version", source: RUSTLS_ERRORS },
      { text: "required a higher security level than was offered", source: RUSTLS_ERRORS },
      // Go, both sides: `tls: server selected unsupported protocol version 301`, and a Go server's
      // `http: TLS handshake error from …: tls: client offered only unsupported versions: [302 301]`.
      // The "tls: " stays in: MCP clients print "server selected unsupported protocol version" too.
      {
        text: "tls: server selected unsupported protocol version",
        source: "golang/go src/crypto/tls/handshake_client.go",
      },
      {
        text: "tls: client offered only unsupported versions",
        source: "golang/go src/crypto/tls/handshake_server.go",
      },
      {
        text: "tls: no cipher suite supported by both client and server",
        source: "golang/go src/crypto/tls/handshake_server.go",
      },
      // The JDK: `The server selected protocol version TLS10 is not accepted by client preferences [TLS13, TLS12]`.
      {
        text: "is not accepted by client preferences",
        source: "openjdk/jdk src/java.base/share/classes/sun/security/ssl/ServerHello.java",
      },
      // curl on Windows (Schannel): no common version or cipher.
      { text: "sec_e_algorithm_mismatch", source: "curl/curl lib/strerror.c" },
      { text: "peer is incompatible:", source: RUSTLS_ERRORS },
      // "unsupported protocol" alone is also curl's (1) for a bad URL scheme, so only the OpenSSL
      // forms: `…:SSL routines::unsupported protocol` and Python's `[SSL: UNSUPPORTED_PROTOCOL]`.
      { text: "routines::unsupported protocol", source: OPENSSL_REASONS },
      { text: "unsupported_protocol", source: OPENSSL_REASONS },
      { text: "no protocols available", source: OPENSSL_REASONS },
      { text: "no shared cipher", source: OPENSSL_REASONS },
      { text: "no ciphers available", source: OPENSSL_REASONS },
      { text: "version too low", source: OPENSSL_REASONS },
      { text: "insufficient security", source: OPENSSL_REASONS },
      // The JDK when no enabled protocol or cipher suite is left to offer.
      {
        text: "no appropriate protocol (protocol is disabled or cipher suites are inappropriate)",
        source: "openjdk/jdk src/java.base/share/classes/sun/security/ssl/ClientHello.java",
      },
    ],
  },
  {
    id: "tls.client-cert-required",
    layer: "tls",
    summary: "the server requires a client certificate (mTLS) and the client sent none",
    confirm:
      "`openssl s_client -connect <host>:<port> -cert client.crt -key client.key` succeeds where the plain one fails; configure cert_file/key_file (or the SDK's client certificate options) on the client",
    wordings: [
      { text: "alert: fatal - certificate required", source: "erlang/otp lib/ssl/src/ssl_alert.erl" },
      { text: "no_client_certificate_provided", source: "erlang/otp lib/ssl/src/tls_dtls_connection.erl" },
      // BoringSSL's reason name (gRPC C-core, netty-tcnative, Envoy).
      { text: "tlsv1_alert_certificate_required", source: "google/boringssl include/openssl/ssl.h" },
      { text: "tlsv13 alert certificate required", source: OPENSSL_REASONS },
      { text: "tlsv13_alert_certificate_required", source: OPENSSL_REASONS },
      { text: "peer did not return a certificate", source: OPENSSL_REASONS },
      { text: "received fatal alert: certificate_required", source: JDK_ALERTS },
      { text: "the peer required a client certificate", source: RUSTLS_ERRORS },
      { text: "received fatal alert: certificaterequired", source: RUSTLS_ERRORS },
      // Go has no text for alert 116 (certificate_required) and prints its number.
      { text: "tls: alert(116)", source: GO_ALERTS },
      // Go ≥ 1.22 names alert 116.
      { text: "tls: certificate required", source: GO_ALERTS },
      // A JDK server (Netty, grpc-java receivers) that requires a client certificate and got none.
      {
        text: "empty client certificate chain",
        source: "openjdk/jdk src/java.base/share/classes/sun/security/ssl/CertificateMessage.java",
      },
      // A Go server (the collector's receivers with client_ca_file) logging the client that sent none.
      {
        text: "tls: client didn't provide a certificate",
        source: "golang/go src/crypto/tls/handshake_server.go",
      },
      // nginx's 400 page body.
      {
        text: "no required ssl certificate was sent",
        source: "nginx/nginx src/http/ngx_http_special_response.c",
      },
    ],
  },
  {
    id: "tls.client-cert-rejected",
    layer: "tls",
    summary:
      "the peer rejected the certificate it was given: in a sender's log, the server does not accept the client certificate (unknown CA, wrong usage, or corrupt)",
    confirm:
      "`openssl verify -CAfile <server's client-CA bundle> client.crt` on the server side; check the client certificate's issuer and extendedKeyUsage (clientAuth)",
    wordings: [
      // The server's alert: it did not trust our client certificate.
      { text: "received server alert: fatal - unknown ca", source: "erlang/otp lib/ssl/src/ssl_alert.erl" },
      {
        text: "received server alert: fatal - bad certificate",
        source: "erlang/otp lib/ssl/src/ssl_alert.erl",
      },
      // A certificate without the clientAuth or serverAuth usage its side needs.
      {
        text: "certificate specifies an incompatible key usage",
        source: "golang/go src/crypto/x509/verify.go",
      },
      { text: "tls: bad certificate", source: GO_ALERTS },
      { text: "tls: unknown certificate authority", source: GO_ALERTS },
      { text: "tls: unknown certificate", source: GO_ALERTS },
      { text: "tlsv1 alert unknown ca", source: OPENSSL_REASONS },
      { text: "tlsv1_alert_unknown_ca", source: OPENSSL_REASONS },
      { text: "ssl/tls alert bad certificate", source: OPENSSL_REASONS },
      { text: "sslv3_alert_bad_certificate", source: OPENSSL_REASONS },
      { text: "ssl/tls alert certificate unknown", source: OPENSSL_REASONS },
      { text: "sslv3_alert_certificate_unknown", source: OPENSSL_REASONS },
      { text: "received fatal alert: bad_certificate", source: JDK_ALERTS },
      { text: "received fatal alert: unknown_ca", source: JDK_ALERTS },
      { text: "received fatal alert: certificate_unknown", source: JDK_ALERTS },
      { text: "found the certificate was not issued by a trusted ca", source: RUSTLS_ERRORS },
      { text: "rejected the certificate as corrupt or incorrectly signed", source: RUSTLS_ERRORS },
      { text: "received fatal alert: badcertificate", source: RUSTLS_ERRORS },
      { text: "received fatal alert: unknownca", source: RUSTLS_ERRORS },
      // rustls ≥ 0.23 words the alert it received: `received fatal alert: the peer rejected the certificate …`.
      { text: "rejected the certificate for an unspecified reason", source: RUSTLS_ERRORS },
      { text: "the peer did not support the certificate", source: RUSTLS_ERRORS },
    ],
  },
  {
    id: "tls.handshake-eof",
    layer: "tls",
    summary:
      "the connection closed in the middle of the TLS handshake (often a proxy, load balancer or firewall, or a server that dropped the client)",
    confirm:
      "`openssl s_client -connect <host>:<port> -servername <host>`: if it ends with no certificate at all, something on the path closes TLS connections; try without the proxy, and with the exact SNI name",
    wordings: [
      { text: "tls handshake eof", source: "rustls/tokio-rustls src/common/mod.rs" },
      {
        text: "connection closed while performing tls negotiation",
        source: "grpc/grpc-java netty/src/main/java/io/grpc/netty/ProtocolNegotiators.java",
      },
      {
        text: "schannel: failed to receive handshake, ssl/tls connection failed",
        source: "curl/curl lib/vtls/schannel.c",
      },
      { text: "unexpected eof while reading", source: OPENSSL_REASONS },
      { text: "unexpected_eof_while_reading", source: OPENSSL_REASONS },
      // curl with OpenSSL: `OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to host:443`.
      { text: "ssl_error_syscall", source: "curl/curl lib/vtls/openssl.c" },
      // Node (split across two literals in the source).
      {
        text: "client network socket disconnected before secure tls connection was established",
        source: "nodejs/node lib/_tls_wrap.js",
      },
      // grpc-go when the TLS handshake hits EOF.
      {
        text: "authentication handshake failed: eof",
        source: "grpc/grpc-go internal/transport/http2_client.go",
      },
      // .NET SslStream: the server (or something between) closed the stream during the handshake.
      {
        text: "authentication failed because the remote party has closed the transport stream",
        source: "dotnet/runtime src/libraries/System.Net.Security/src/Resources/Strings.resx",
      },
      {
        text: "received an unexpected eof or 0 bytes from the transport stream",
        source: "dotnet/runtime src/libraries/System.Net.Security/src/Resources/Strings.resx",
      },
      // The JDK: `javax.net.ssl.SSLHandshakeException: Remote host terminated the handshake`.
      {
        text: "remote host terminated the handshake",
        source: "openjdk/jdk src/java.base/share/classes/sun/security/ssl/SSLSocketImpl.java",
      },
      // Fluent Bit's OpenSSL layer when the peer closes mid-handshake.
      { text: "[tls] error: unexpected eof", source: "fluent/fluent-bit src/tls/openssl.c" },
      // CPython's SSLEOFError (OpenSSL 1.1 builds print no `[SSL: …]` tag before it).
      { text: "eof occurred in violation of protocol", source: "python/cpython Modules/_ssl.c" },
      // JDK 8's wording of the same close (newer JDKs say "Remote host terminated the handshake").
      {
        text: "remote host closed connection during handshake",
        source: "openjdk/jdk8u-dev jdk/src/share/classes/sun/security/ssl/SSLSocketImpl.java",
      },
    ],
  },
];
