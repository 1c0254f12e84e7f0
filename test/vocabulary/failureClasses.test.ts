import { describe, expect, it } from "vitest";
import { FAILURE_CLASS_IDS, type FailureClassId } from "../../src/vocabulary/failureClasses/FailureClass.ts";
import { FAILURE_CLASSES, failureClassById } from "../../src/vocabulary/failureClasses/failureClasses.ts";
import { classesIn, normalise } from "./support/classesIn.ts";

const layerOf = (id: FailureClassId): string => id.slice(0, id.indexOf("."));

/** Real shapes of what each runtime prints (hosts and addresses made up). */
const LINES: ReadonlyArray<[FailureClassId, string]> = [
  // dns
  [
    "dns.not-found",
    'Post "https://otlp.example.com/v1/traces": dial tcp: lookup otlp.example.com on 10.96.0.10:53: no such host',
  ],
  [
    "dns.not-found",
    "Error: getaddrinfo ENOTFOUND otlp.example.com\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)",
  ],
  [
    "dns.not-found",
    "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='otlp.example.com', port=443): Max retries exceeded with url: /v1/traces (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f3a>: Failed to resolve 'otlp.example.com' ([Errno -2] Name or service not known)\"))",
  ],
  ["dns.not-found", "curl: (6) Could not resolve host: otlp.example.com"],
  ["dns.not-found", "io.grpc.StatusRuntimeException: UNAVAILABLE: Unable to resolve host otlp.example.com"],
  [
    "dns.not-found",
    "error sending request for url (https://otlp.example.com/v1/traces): client error (Connect): dns error: failed to lookup address information: Name or service not known",
  ],
  ["dns.not-found", "Error: 14 UNAVAILABLE: Name resolution failed for target dns:otlp.example.com:4317"],
  ["dns.temporary", "socket.gaierror: [Errno -3] Temporary failure in name resolution"],
  ["dns.temporary", "Error: getaddrinfo EAI_AGAIN otlp.example.com"],
  // tcp
  [
    "tcp.refused",
    'Post "https://otlp.example.com/v1/metrics": dial tcp 10.0.0.5:443: connect: connection refused',
  ],
  [
    "tcp.refused",
    "Error: connect ECONNREFUSED 127.0.0.1:4318\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)",
  ],
  [
    "tcp.refused",
    "io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: localhost/127.0.0.1:4317",
  ],
  [
    "tcp.refused",
    "curl: (7) Failed to connect to localhost port 4318 after 0 ms: Could not connect to server",
  ],
  [
    "tcp.refused",
    'ERROR opentelemetry_sdk: name="BatchSpanProcessor.ExportError" error="Operation failed: transport error: ConnectError("tcp connect error")"',
  ],
  ["tcp.timeout", 'Post "https://otlp.example.com:4318/v1/traces": dial tcp 203.0.113.7:4318: i/o timeout'],
  // A deadline after connecting is the answer's timeout, not the connection's.
  [
    "http.timeout",
    'Post "https://otlp.example.com/v1/logs": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
  ],
  [
    "tcp.timeout",
    "urllib3.exceptions.ConnectTimeoutError: (<urllib3.connection.HTTPSConnection object at 0x7f3a>, 'Connection to otlp.example.com timed out. (connect timeout=10)')",
  ],
  [
    "tcp.timeout",
    "TypeError: fetch failed [cause]: ConnectTimeoutError: Connect Timeout Error (attempted address: otlp.example.com:443, timeout: 10000ms) { code: 'UND_ERR_CONNECT_TIMEOUT' }",
  ],
  ["tcp.timeout", "curl: (28) Connection timed out after 10002 milliseconds"],
  [
    "tcp.timeout",
    "io.netty.channel.ConnectTimeoutException: connection timed out after 10000 ms: otlp.example.com/203.0.113.7:4317",
  ],
  ["tcp.reset", "read tcp 10.0.0.3:51234->10.0.0.5:4317: read: connection reset by peer"],
  ["tcp.reset", "Error: socket hang up { code: 'ECONNRESET' }"],
  [
    "tcp.reset",
    "System.IO.IOException: Unable to write data to the transport connection: An established connection was aborted by the software in your host machine.",
  ],
  [
    "protocol.http1-to-h2",
    "fail: Microsoft.AspNetCore.Server.Kestrel[0] HTTP/2 over TLS was not negotiated on an HTTP/2-only endpoint.",
  ],
  [
    "protocol.grpc-to-http",
    "OpenTelemetry trace error occurred. Exporter otlp encountered the following error(s): the grpc server returns error (Internal error): , detailed error message: protocol error: received message with invalid compression flag: 60 (valid flags are 0 and 1) while receiving response with status: 502 Bad Gateway",
  ],
  [
    "auth.unauthenticated",
    "2024-03-01 10:00:00 UTC | CORE | ERROR | (comp/forwarder/defaultforwarder/transaction/transaction.go:433 in internalProcess) | API Key invalid, dropping transaction for https://app.datadoghq.eu/api/v1/series",
  ],
  [
    "tcp.reset",
    "requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))",
  ],
  ["tcp.reset", "curl: (52) Empty reply from server"],
  // JDK, .NET, Ruby, c-ares and Fluent Bit, in their own words.
  [
    "tcp.reset",
    "[OkHttp http://otel-collector:4318/...] ERROR io.opentelemetry.exporter.internal.http.HttpExporter - Failed to export logs. The request could not be executed. Full error message: Connection reset",
  ],
  ["tcp.timeout", "java.net.SocketTimeoutException: Connect timed out"],
  [
    "tcp.unreachable",
    "Error: 14 UNAVAILABLE: No connection established. Last error: Error: connect EADDRNOTAVAIL ::1:4317 - Local (:::0)",
  ],
  [
    "protocol.h2-to-http1",
    "failed to send HTTP request: http2 error: connection error received: endpoint requires HTTP/1.1",
  ],
  ["size.too-large", 'Unable to send spans: Message too long - sendto(2) for "jaeger-agent" port 6831'],
  [
    "tcp.timeout",
    "[2024/05/01 12:00:00] [error] [net] connection #45 timeout after 10 seconds to: otel-collector:4318",
  ],
  [
    "tcp.timeout",
    "[2024/05/01 12:00:00] [error] [upstream] connection #45 to tcp://10.0.0.5:4318 timed out after 10 seconds (connection timeout)",
  ],
  [
    "tcp.reset",
    "System.Net.Http.HttpRequestException: An error occurred while sending the request. ---> System.IO.IOException: The response ended prematurely.",
  ],
  [
    "dns.not-found",
    "[2024/05/01 12:00:00] [error] [net] getaddrinfo(host='otel-collector', err=4): Domain name not found",
  ],
  [
    "dns.temporary",
    "[2024/05/01 12:00:00] [error] [net] getaddrinfo(host='otel-collector', err=12): Timeout while contacting DNS servers",
  ],
  [
    "tls.untrusted-chain",
    "System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot",
  ],
  [
    "tls.handshake-eof",
    "System.Security.Authentication.AuthenticationException: Authentication failed because the remote party has closed the transport stream.",
  ],
  ["tls.handshake-eof", "javax.net.ssl.SSLHandshakeException: Remote host terminated the handshake"],
  ["protocol.tls-to-plaintext", "javax.net.ssl.SSLException: Unsupported or unrecognized SSL message"],
  [
    "protocol.tls-to-plaintext",
    "System.IO.IOException: Cannot determine the frame size or a corrupted frame was received.",
  ],
  [
    "protocol.h2-to-http1",
    'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with: status = StatusCode.UNAVAILABLE details = "Trying to connect an http1.x server">',
  ],
  [
    "protocol.h2-to-http1",
    "System.Net.Http.HttpRequestException: An HTTP/2 connection could not be established because the server did not complete the HTTP/2 handshake.",
  ],
  [
    "http.timeout",
    "System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 10 seconds elapsing.",
  ],
  ["tcp.reset", "java.io.IOException: unexpected end of stream on http://collector:4318/..."],
  ["tcp.reset", "hyper::Error(IncompleteMessage): connection closed before message completed"],
  ["tcp.unreachable", "dial tcp 10.20.0.5:4317: connect: no route to host"],
  ["tcp.unreachable", "Error: connect ENETUNREACH 2001:db8::1:443 - Local (:::0)"],
  // proxy
  ["proxy.failed", "curl: (56) CONNECT tunnel failed, response 407"],
  [
    "proxy.failed",
    "requests.exceptions.ProxyError: HTTPSConnectionPool(host='otlp.example.com', port=443): Max retries exceeded with url: /v1/traces (Caused by ProxyError('Unable to connect to proxy', OSError('Tunnel connection failed: 407 Proxy Authentication Required')))",
  ],
  ["proxy.failed", "java.io.IOException: Failed to authenticate with proxy"],
  // tls
  [
    "tls.untrusted-chain",
    'Post "https://otlp.example.com/v1/traces": tls: failed to verify certificate: x509: certificate signed by unknown authority',
  ],
  [
    "tls.untrusted-chain",
    "javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target",
  ],
  [
    "tls.untrusted-chain",
    "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)",
  ],
  [
    "tls.untrusted-chain",
    "Error: unable to verify the first certificate { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }",
  ],
  ["tls.untrusted-chain", "error trying to connect: invalid peer certificate: UnknownIssuer"],
  [
    "tls.self-signed",
    "Error: self-signed certificate in certificate chain { code: 'SELF_SIGNED_CERT_IN_CHAIN' }",
  ],
  ["tls.self-signed", "curl: (60) SSL certificate problem: self signed certificate"],
  [
    "tls.hostname-mismatch",
    "tls: failed to verify certificate: x509: certificate is valid for ingress.local, not otlp.example.com",
  ],
  [
    "tls.hostname-mismatch",
    "javax.net.ssl.SSLHandshakeException: No subject alternative DNS name matching otlp.example.com found.",
  ],
  [
    "tls.hostname-mismatch",
    "Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: Host: otlp.example.com. is not in the cert's altnames: DNS:ingress.local",
  ],
  [
    "tls.expired",
    "tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2025-01-02T10:00:00Z is after 2024-12-31T23:59:59Z",
  ],
  ["tls.expired", "Error: certificate has expired { code: 'CERT_HAS_EXPIRED' }"],
  [
    "tls.protocol-version",
    "curl: (35) OpenSSL/3.0.13: error:0A00042E:SSL routines::tlsv1 alert protocol version",
  ],
  ["tls.protocol-version", "javax.net.ssl.SSLHandshakeException: Received fatal alert: handshake_failure"],
  [
    "tls.client-cert-required",
    'rpc error: code = Unavailable desc = connection error: desc = "transport: authentication handshake failed: remote error: tls: alert(116)"',
  ],
  [
    "tls.client-cert-required",
    "ssl.SSLError: [SSL: TLSV13_ALERT_CERTIFICATE_REQUIRED] tlsv13 alert certificate required (_ssl.c:2580)",
  ],
  [
    "tls.client-cert-rejected",
    "transport: authentication handshake failed: remote error: tls: bad certificate",
  ],
  [
    "tls.client-cert-rejected",
    "curl: (56) OpenSSL SSL_read: OpenSSL/3.0.13: error:0A000418:SSL routines::tlsv1 alert unknown ca, errno 0",
  ],
  [
    "tls.client-cert-rejected",
    "javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_unknown",
  ],
  [
    "tls.handshake-eof",
    "Error: Client network socket disconnected before secure TLS connection was established",
  ],
  [
    "tls.handshake-eof",
    "[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol (_ssl.c:1006)",
  ],
  [
    "tls.handshake-eof",
    "curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to otlp.example.com:443",
  ],
  // protocol
  [
    "protocol.tls-to-plaintext",
    'rpc error: code = Unavailable desc = connection error: desc = "transport: authentication handshake failed: tls: first record does not look like a TLS handshake"',
  ],
  [
    "protocol.tls-to-plaintext",
    'Post "https://collector:4318/v1/traces": http: server gave HTTP response to HTTPS client',
  ],
  [
    "protocol.tls-to-plaintext",
    "curl: (35) OpenSSL/3.0.13: error:0A00010B:SSL routines::wrong version number",
  ],
  ["protocol.plaintext-to-tls", "Client sent an HTTP request to an HTTPS server."],
  [
    "protocol.plaintext-to-tls",
    "<html><head><title>400 The plain HTTP request was sent to HTTPS port</title></head>",
  ],
  [
    "protocol.plaintext-to-tls",
    "io.netty.handler.ssl.NotSslRecordException: not an SSL/TLS record: 505249202a20485454502f322e30",
  ],
  [
    "protocol.http1-to-h2",
    "Error: Parse Error: Expected HTTP/ { code: 'HPE_INVALID_CONSTANT', bytesParsed: 0 }",
  ],
  ["protocol.http1-to-h2", "curl: (1) Received HTTP/0.9 when not allowed"],
  [
    "protocol.http1-to-h2",
    'grpc: Server.Serve failed to create ServerTransport: connection error: desc = "transport: http2Server.HandleStreams received bogus greeting from client: \\"POST /v1/traces HTTP/1.1\\""',
  ],
  [
    "protocol.h2-to-http1",
    'rpc error: code = Unavailable desc = connection error: desc = "error reading server preface: http2: frame too large"',
  ],
  [
    "protocol.h2-to-http1",
    "io.netty.handler.codec.http2.Http2Exception: First received frame was not SETTINGS. Hex dump for first 5 bytes: 485454502f",
  ],
  [
    "protocol.h2-to-http1",
    'status: Internal, message: "h2 protocol error: http2 error: connection error detected: frame with invalid size"',
  ],
  [
    "protocol.grpc-to-http",
    'rpc error: code = Unimplemented desc = unexpected HTTP status code received from server: 404 (Not Found); transport: received unexpected content-type "text/plain; charset=utf-8"',
  ],
  [
    "protocol.grpc-to-http",
    'Grpc.Core.RpcException: Status(StatusCode="Cancelled", Detail="Bad gRPC response. Invalid content-type value: text/html")',
  ],
  [
    "protocol.grpc-to-http",
    'status: Unimplemented, message: "grpc-status header missing, mapped from HTTP status code 404"',
  ],
  // size
  [
    "size.too-large",
    "rpc error: code = ResourceExhausted desc = grpc: received message larger than max (8388608 vs. 4194304)",
  ],
  ["size.too-large", "<html><head><title>413 Request Entity Too Large</title></head>"],
  [
    "tls.untrusted-chain",
    '{:error, %Mint.TransportError{reason: {:tls_alert, {:unknown_ca, ~c"TLS client: In state certify at ssl_handshake.erl:2111 generated CLIENT ALERT: Fatal - Unknown CA\\n"}}}}',
  ],
  [
    "tls.hostname-mismatch",
    'OpenSSL::SSL::SSLError: hostname "otel.internal" does not match the server certificate',
  ],
  [
    "protocol.http1-to-h2",
    "HTTPParserError: Response does not match the HTTP/1.1 protocol (Invalid status code)",
  ],
  ["tcp.timeout", "[error] OTLP export failed: {error,connect_timeout}"],
  [
    "tcp.refused",
    "cURL error 7: Couldn't connect to server (see https://curl.haxx.se/libcurl/c/libcurl-errors.html)",
  ],
  [
    "size.too-large",
    'status: OutOfRange, message: "Error, message length too large: found 5000077 bytes, the limit is: 4194304 bytes"',
  ],
  [
    "size.too-large",
    "io.grpc.StatusRuntimeException: RESOURCE_EXHAUSTED: gRPC message exceeds maximum size 4194304: 5242880",
  ],
  // resource
  ["resource.memory", "rpc error: code = Unavailable desc = data refused due to high memory usage"],
  [
    "resource.memory",
    'Exception in thread "BatchSpanProcessor_WorkerThread-1" java.lang.OutOfMemoryError: Java heap space',
  ],
  [
    "resource.file-descriptors",
    "http: Accept error: accept tcp [::]:4318: accept4: too many open files; retrying in 5ms",
  ],
  // queue
  [
    "queue.full",
    'Exporting failed. Rejecting data. {"kind": "exporter", "error": "sending queue is full", "rejected_items": 512}',
  ],
  [
    "queue.full",
    "WARNING: BatchSpanProcessor dropped 1024 span(s) since the last export because the queue is full (maxQueueSize=2048)",
  ],
  ["queue.full", "Dropped 120 spans because maxQueueSize reached"],
  [
    "queue.timeout",
    'Exporting failed. Dropping data. {"error": "no more retries left: rpc error: code = Unavailable"}',
  ],
  ["queue.timeout", "traces export: processor export timeout"],
  // auth
  [
    "auth.unauthenticated",
    'Exporting failed. Dropping data. {"error": "Permanent error: rpc error: code = Unauthenticated desc = invalid API key"}',
  ],
  [
    "auth.forbidden",
    "AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/otel-collector/i-0abc is not authorized to perform: logs:PutLogEvents",
  ],
];

describe("failure-class vocabulary", () => {
  it("has exactly one class for every id, and no class without an id", () => {
    for (const id of FAILURE_CLASS_IDS) {
      expect(
        FAILURE_CLASSES.filter((c) => c.id === id),
        id,
      ).toHaveLength(1);
      expect(failureClassById(id)?.id).toBe(id);
    }
    expect(FAILURE_CLASSES).toHaveLength(FAILURE_CLASS_IDS.length);
    expect(failureClassById("tls.nonexistent")).toBeUndefined();
  });

  it("names each class's layer as its id does, and gives every class a summary and a way to confirm it", () => {
    for (const c of FAILURE_CLASSES) {
      expect(layerOf(c.id), c.id).toBe(c.layer);
      expect(c.summary.length, c.id).toBeGreaterThan(10);
      expect(c.confirm.length, c.id).toBeGreaterThan(10);
    }
  });

  it("finds statuses from codes only, and everything else from wordings", () => {
    for (const c of FAILURE_CLASSES) {
      if (c.id === "http.status" || c.id === "grpc.status") expect(c.wordings, c.id).toHaveLength(0);
      else expect(c.wordings.length, c.id).toBeGreaterThan(0);
    }
  });

  it("keeps every wording in the normalised form: lower-case, trimmed, single-spaced, at least 3 characters", () => {
    for (const c of FAILURE_CLASSES) {
      for (const w of c.wordings) {
        expect(w.text, `${c.id}: ${w.text}`).toBe(normalise(w.text));
        expect(w.text).toBe(w.text.trim());
        expect(w.text).not.toMatch(/\s{2,}|[\t\n\r]/);
        expect(w.text.length, w.text).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it("lists no wording twice, within a class or across classes", () => {
    const owner = new Map<string, FailureClassId>();
    for (const c of FAILURE_CLASSES) {
      for (const w of c.wordings) {
        expect(owner.get(w.text), `"${w.text}" is in ${owner.get(w.text)} and ${c.id}`).toBeUndefined();
        owner.set(w.text, c.id);
      }
    }
  });

  it("names the repository and the file each wording comes from", () => {
    for (const c of FAILURE_CLASSES) {
      for (const w of c.wordings) {
        expect(w.source, `${c.id}: ${w.text}`).toMatch(
          /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+ \S+\.[A-Za-z0-9]+$/,
        );
      }
    }
  });

  it("has at least 40 runtime lines covering every class that has wordings", () => {
    expect(LINES.length).toBeGreaterThanOrEqual(40);
    const covered = new Set(LINES.map(([id]) => id));
    for (const c of FAILURE_CLASSES) if (c.wordings.length > 0) expect(covered.has(c.id), c.id).toBe(true);
  });

  it.each(LINES)("classifies a %s line, and names nothing from another layer", (expected, line) => {
    const found = classesIn(line);
    expect([...found], line).toContain(expected);
    const otherLayers = [...found].filter((id) => layerOf(id) !== layerOf(expected));
    expect(otherLayers, line).toEqual([]);
  });
});
