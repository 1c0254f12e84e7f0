import { describe, expect, it } from "vitest";
import type { FailureClassId } from "../../src/vocabulary/failureClasses/FailureClass.ts";
import { FAILURE_CLASSES } from "../../src/vocabulary/failureClasses/failureClasses.ts";
import { classesIn, normalise } from "./support/classesIn.ts";

const layerOf = (id: string): string => id.slice(0, id.indexOf("."));

interface Case {
  id: FailureClassId;
  /** The wording under test, exactly as the vocabulary holds it. */
  wording: string;
  /** A line as the runtime prints it, from the source's format string (hosts and keys made up). */
  line: string;
  /** A line that comes close in words but is not that failure: the wording must not fire on it. */
  nearMiss: string;
  /**
   * Classes of another layer the same line also carries, because the runtime wraps the errno of the
   * step underneath (Go's DNS query that timed out reads "i/o timeout" too).
   */
  alongside?: readonly FailureClassId[];
}

/**
 * One case per wording added from the runtimes' own sources: each must find its class in a real line,
 * name no other layer there, and stay silent on a line that only resembles it.
 */
const CASES: readonly Case[] = [
  // dns
  {
    id: "dns.not-found",
    wording: "dns resolution failed",
    line: 'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with: status = StatusCode.UNAVAILABLE details = "DNS resolution failed" debug_error_string = "{"description":"Resolver transient failure"}">',
    nearMiss: "GRPC_DNS_RESOLVER=ares: DNS resolution for otel-collector:4317 took 3 ms",
  },
  {
    id: "dns.not-found",
    wording: "name does not resolve",
    line: "socket.gaierror: [Errno -2] Name does not resolve",
    nearMiss: "Names that do not resolve are skipped when building the target list",
  },
  {
    id: "dns.not-found",
    wording: "getaddrinfo failed",
    line: "requests.exceptions.ConnectionError: HTTPConnectionPool(host='otel-collector', port=4318): Max retries exceeded with url: /v1/traces (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x0000022F>: Failed to establish a new connection: [Errno 11001] getaddrinfo failed'))",
    nearMiss: "calling getaddrinfo for otel-collector (AF_UNSPEC, SOCK_STREAM)",
  },
  {
    id: "dns.not-found",
    wording: "no such host is known",
    line: "System.Net.Http.HttpRequestException: No such host is known. (otel-collector:4317) ---> System.Net.Sockets.SocketException (11001): No such host is known.",
    nearMiss: "Host is known to the resolver cache: otel-collector -> 10.0.0.5",
  },
  {
    id: "dns.not-found",
    wording: "produced zero addresses",
    line: "rpc error: code = Unavailable desc = name resolver error: produced zero addresses",
    nearMiss: "dns resolver produced 2 addresses for otel-collector:4317",
  },
  {
    id: "dns.temporary",
    wording: "eai_fail",
    line: "Error: getaddrinfo EAI_FAIL otel-collector.observability.svc",
    nearMiss: "retry after a failed export (attempt 2)",
  },
  {
    id: "dns.temporary",
    wording: "server misbehaving",
    line: 'Post "https://otlp.example.com/v1/traces": dial tcp: lookup otlp.example.com on 10.96.0.10:53: server misbehaving',
    nearMiss: "the upstream server is misbehaving under load, see the receiver's logs",
  },
  {
    id: "dns.temporary",
    wording: "this is usually a temporary error during hostname resolution",
    line: 'Post "http://otel-collector:4318/v1/traces": dial tcp: lookup otel-collector: getaddrinfow: This is usually a temporary error during hostname resolution and means that the local server did not receive a response from an authoritative server.',
    nearMiss: "a temporary error during export; retrying in 5s",
  },
  {
    id: "dns.temporary",
    wording: ":53: read udp",
    line: 'Post "https://otlp.example.com/v1/traces": dial tcp: lookup otlp.example.com on 10.96.0.10:53: read udp 10.244.1.7:40312->10.96.0.10:53: i/o timeout',
    nearMiss: 'Post "https://otlp.example.com/v1/traces": dial tcp 203.0.113.7:4318: i/o timeout',
    alongside: ["tcp.timeout"],
  },
  {
    id: "dns.temporary",
    wording: ":53: dial udp",
    line: "dial tcp: lookup otel-collector on 10.96.0.10:53: dial udp 10.96.0.10:53: connect: network is unreachable",
    nearMiss: "listening on udp 0.0.0.0:6831 (jaeger compact)",
    alongside: ["tcp.unreachable"],
  },
  // tcp
  {
    id: "tcp.refused",
    wording: "actively refused it",
    line: 'traces export: Post "http://localhost:4318/v1/traces": dial tcp [::1]:4318: connectex: No connection could be made because the target machine actively refused it.',
    nearMiss: "the proposal was actively refused by the reviewers",
  },
  {
    id: "tcp.refused",
    wording: "connect call failed",
    line: "aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host otel-collector:4318 ssl:default [Connect call failed ('10.0.0.5', 4318)]",
    nearMiss: "connect called for otel-collector:4318",
  },
  {
    id: "tcp.timeout",
    wording: "did not properly respond after a period of time",
    line: "System.Net.Sockets.SocketException (10060): A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.",
    nearMiss: "the party did not respond to the invitation",
  },
  {
    id: "tcp.timeout",
    wording: "net/http: tls handshake timeout",
    line: 'Post "https://otlp.example.com/v1/metrics": net/http: TLS handshake timeout',
    nearMiss: "TLS handshake completed in 12ms (tls_handshake_timeout=10s)",
  },
  {
    id: "tcp.timeout",
    wording: "und_err_body_timeout",
    line: "TypeError: terminated [cause]: BodyTimeoutError: Body Timeout Error { code: 'UND_ERR_BODY_TIMEOUT' }",
    nearMiss: "new Agent({ bodyTimeout: 300000 })",
  },
  {
    id: "tcp.reset",
    wording: "write epipe",
    line: "Error: write EPIPE\n    at afterWriteDispatched (node:internal/stream_base_commons:160:15)",
    nearMiss: "wrote 512 bytes to the pipe",
  },
  {
    id: "tcp.reset",
    wording: "forcibly closed by the remote host",
    line: "System.IO.IOException: Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host..",
    nearMiss: "the remote host closed the session cleanly after the export",
  },
  {
    id: "tcp.reset",
    wording: "remote end closed connection without response",
    line: "http.client.RemoteDisconnected: Remote end closed connection without response",
    nearMiss: "remote end closed connection after response (keep-alive off)",
  },
  {
    id: "tcp.reset",
    wording: "connection broken: incompleteread",
    line: "urllib3.exceptions.ProtocolError: ('Connection broken: IncompleteRead(0 bytes read, 2 more expected)', IncompleteRead(0 bytes read, 2 more expected))",
    nearMiss: "IncompleteReadError handler registered for chunked bodies",
  },
  {
    id: "tcp.reset",
    wording: "server closed idle connection",
    line: 'failed to send the request: Post "http://otel-collector:4318/v1/traces": http: server closed idle connection',
    nearMiss: "closing idle connection to otel-collector:4318 after 90s",
  },
  {
    id: "tcp.reset",
    wording: "error reading from server: eof",
    line: "rpc error: code = Unavailable desc = error reading from server: EOF",
    nearMiss: "error reading from server config: unknown field",
  },
  {
    id: "tcp.reset",
    wording: "code = unavailable desc = transport is closing",
    line: 'Exporting failed. Will retry the request after interval. {"error": "rpc error: code = Unavailable desc = transport is closing"}',
    nearMiss: "rpc error: code = Canceled desc = grpc: the client connection is closing",
  },
  {
    id: "tcp.unreachable",
    wording: "attempted to an unreachable host",
    line: "System.Net.Sockets.SocketException (10065): A socket operation was attempted to an unreachable host.",
    nearMiss: "the host is reachable again",
  },
  {
    id: "tcp.unreachable",
    wording: "attempted to an unreachable network",
    line: "System.Net.Sockets.SocketException (10051): A socket operation was attempted to an unreachable network. [::ffff:10.0.0.5]:4317",
    nearMiss: "reconnect attempted to the network at 10:00",
  },
  {
    id: "tcp.timeout",
    wording: "connecttimeoutexception",
    line: "java.net.http.HttpConnectTimeoutException: HTTP connect timed out",
    nearMiss: "connectTimeout=10s readTimeout=30s",
  },
  {
    id: "tcp.timeout",
    wording: "keepalive ping failed to receive ack within timeout",
    line: 'rpc error: code = Unavailable desc = connection error: desc = "keepalive ping failed to receive ACK within timeout"',
    nearMiss: "keepalive ping sent, ACK received within 20ms",
  },
  {
    id: "tcp.timeout",
    wording: "http2: client connection lost",
    line: 'Post "https://otlp.example.com/v1/metrics": http2: client connection lost',
    nearMiss: "http2: client connection established to otlp.example.com:443",
  },
  {
    id: "tcp.timeout",
    wording: "keepalive failed. the connection is likely gone",
    line: "io.grpc.StatusRuntimeException: UNAVAILABLE: Keepalive failed. The connection is likely gone",
    nearMiss: "keepalive enabled; the connection is likely to stay open",
  },
  {
    id: "tcp.timeout",
    wording: "keepalive watchdog timeout",
    line: 'status = StatusCode.UNAVAILABLE details = "keepalive watchdog timeout"',
    nearMiss: "keepalive_time_ms=30000 keepalive_timeout_ms=10000",
  },
  {
    id: "tcp.reset",
    wording: "serverdisconnectederror",
    line: "aiohttp.client_exceptions.ServerDisconnectedError: Server disconnected",
    nearMiss: "server disconnected the idle client after 300s (normal)",
  },
  {
    id: "tcp.reset",
    wording: "server disconnected without sending a response",
    line: "httpx.RemoteProtocolError: Server disconnected without sending a response.",
    nearMiss: "server disconnected after sending the response",
  },
  {
    id: "tcp.reset",
    wording: "http2: server sent goaway and closed the connection",
    line: 'Post "https://otlp.example.com/v1/traces": http2: server sent GOAWAY and closed the connection; LastStreamID=1999, ErrCode=NO_ERROR, debug=""',
    nearMiss: "http2: Transport received GOAWAY from server ErrCode:NO_ERROR, graceful shutdown",
  },
  // proxy
  {
    id: "proxy.failed",
    wording: "cannot connect to proxy",
    line: "requests.exceptions.ProxyError: HTTPSConnectionPool(host='otlp.example.com', port=443): Max retries exceeded with url: /v1/traces (Caused by ProxyError('Cannot connect to proxy.', OSError(0, 'Error')))",
    nearMiss: "connecting to otlp.example.com directly, no proxy configured",
  },
  {
    id: "proxy.failed",
    wording: "proxyconnect tcp:",
    line: 'Post "https://otlp.example.com/v1/traces": proxyconnect tcp: EOF',
    nearMiss: "HTTPS_PROXY=http://proxy.corp:3128 NO_PROXY=.svc,.cluster.local",
  },
  {
    id: "proxy.failed",
    wording: "proxy authentication required",
    line: "HTTP/1.1 407 Proxy Authentication Required",
    nearMiss: "proxy authentication configured with basic credentials",
  },
  {
    id: "proxy.failed",
    wording: "unable to tunnel through proxy",
    line: 'java.io.IOException: Unable to tunnel through proxy. Proxy returns "HTTP/1.1 407 Proxy Authentication Required"',
    nearMiss: "tunnel through the bastion host to reach the collector",
  },
  {
    id: "proxy.failed",
    wording: "the proxy tunnel request to proxy",
    line: "System.Net.Http.HttpRequestException: The proxy tunnel request to proxy 'http://proxy.corp:3128/' failed with status code '403'.",
    nearMiss: "sending the request to proxy.corp:3128 over the tunnel",
  },
  {
    id: "proxy.failed",
    wording: "from proxy after connect",
    line: "curl: (56) Received HTTP code 407 from proxy after CONNECT",
    nearMiss: "received HTTP 200 from otlp.example.com after connect",
  },
  // tls
  {
    id: "tls.untrusted-chain",
    wording: "unable to find valid certification path to requested target",
    line: "Caused by: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target",
    nearMiss: "found a valid certification path to the requested target",
  },
  {
    id: "tls.untrusted-chain",
    wording: "sec_e_untrusted_root",
    line: "curl: (60) schannel: SEC_E_UNTRUSTED_ROOT (0x80090325) - The certificate chain was issued by an authority that is not trusted.",
    nearMiss: "schannel: SEC_E_OK, handshake complete",
  },
  {
    id: "tls.untrusted-chain",
    wording: "no trusted certificate found",
    line: "javax.net.ssl.SSLHandshakeException: sun.security.validator.ValidatorException: No trusted certificate found",
    nearMiss: "trusted certificate found in the keystore: otel-ca",
  },
  {
    id: "tls.untrusted-chain",
    wording: "certificate not trusted",
    line: "curl: (60) SSL certificate problem: certificate not trusted",
    nearMiss: "certificate trusted by the system store",
  },
  {
    id: "tls.hostname-mismatch",
    wording: "match certificate's altnames",
    line: "Error: Hostname/IP doesn't match certificate's altnames: \"Host: otlp.example.com. is not in the cert's altnames: DNS:ingress.local\"",
    nearMiss: "certificate altnames: DNS:otlp.example.com, DNS:otel.example.com",
  },
  {
    id: "tls.hostname-mismatch",
    wording: "is not in peer certificate",
    line: 'status = StatusCode.UNAVAILABLE details = "failed to connect to all addresses; last error: UNKNOWN: ipv4:10.0.0.5:4317: Peer name otlp.example.com is not in peer certificate"',
    nearMiss: "Peer name otlp.example.com found in peer certificate",
  },
  {
    id: "tls.hostname-mismatch",
    wording: "sec_e_wrong_principal",
    line: "curl: (60) schannel: SNI or certificate check failed: SEC_E_WRONG_PRINCIPAL (0x80090322) - The target principal name is incorrect.",
    nearMiss: "schannel: principal name otlp.example.com",
  },
  {
    id: "tls.expired",
    wording: "certificateexpiredexception",
    line: "Caused by: java.security.cert.CertificateExpiredException: NotAfter: Tue Dec 31 23:59:59 UTC 2024",
    nearMiss: "java.security.cert.CertificateException: No subject alternative names matching",
  },
  {
    id: "tls.expired",
    wording: "certificatenotyetvalidexception",
    line: "java.security.cert.CertificateNotYetValidException: NotBefore: Wed Jan 01 00:00:00 UTC 2031",
    nearMiss: "certificate valid from Wed Jan 01 00:00:00 UTC 2025",
  },
  {
    id: "tls.expired",
    wording: "sec_e_cert_expired",
    line: "curl: (35) schannel: next InitializeSecurityContext failed: SEC_E_CERT_EXPIRED (0x80090328)",
    nearMiss: "schannel: certificate expires in 30 days",
  },
  {
    id: "tls.protocol-version",
    wording: "required a higher security level than was offered",
    line: "error trying to connect: received fatal alert: the peer required a higher security level than was offered",
    nearMiss: "security level 2 offered by the client",
  },
  {
    id: "tls.client-cert-rejected",
    wording: "rejected the certificate for an unspecified reason",
    line: "tls handshake eof: received fatal alert: the peer rejected the certificate for an unspecified reason",
    nearMiss: "the reviewer rejected the request for an unspecified reason",
  },
  {
    id: "tls.client-cert-rejected",
    wording: "the peer did not support the certificate",
    line: "error trying to connect: received fatal alert: the peer did not support the certificate",
    nearMiss: "the peer did not support HTTP/2, falling back",
  },
  {
    id: "tls.handshake-eof",
    wording: "eof occurred in violation of protocol",
    line: "urllib3.exceptions.SSLError: EOF occurred in violation of protocol (_ssl.c:1129)",
    nearMiss: "EOF reached; the protocol stream is complete",
  },
  {
    id: "tls.handshake-eof",
    wording: "remote host closed connection during handshake",
    line: "javax.net.ssl.SSLHandshakeException: Remote host closed connection during handshake",
    nearMiss: "remote host closed connection after the handshake completed",
  },
  {
    id: "tls.hostname-mismatch",
    wording: "tls: unrecognized name",
    line: 'rpc error: code = Unavailable desc = connection error: desc = "transport: authentication handshake failed: remote error: tls: unrecognized name"',
    nearMiss: "unrecognized name 'otlp' in exporters, did you mean 'otlphttp'?",
  },
  {
    id: "tls.hostname-mismatch",
    wording: "tlsv1 unrecognized name",
    line: "curl: (35) OpenSSL/3.0.13: error:0A000458:SSL routines::tlsv1 unrecognized name",
    nearMiss: "TLSv1.3 negotiated for otlp.example.com",
  },
  {
    id: "tls.hostname-mismatch",
    wording: "received fatal alert: unrecognized_name",
    line: "javax.net.ssl.SSLHandshakeException: Received fatal alert: unrecognized_name",
    nearMiss: "server_name extension sent: otlp.example.com",
  },
  {
    id: "tls.protocol-version",
    wording: "tls: server selected unsupported protocol version",
    line: 'Post "https://legacy.example.com/v1/traces": tls: server selected unsupported protocol version 301',
    nearMiss: "MCP server selected unsupported protocol version 2024-11-05",
  },
  {
    id: "tls.protocol-version",
    wording: "tls: client offered only unsupported versions",
    line: "http: TLS handshake error from 10.0.0.7:51234: tls: client offered only unsupported versions: [302 301]",
    nearMiss: "client offered TLS 1.3; negotiated",
  },
  {
    id: "tls.protocol-version",
    wording: "tls: no cipher suite supported by both client and server",
    line: "http: TLS handshake error from 10.0.0.7:51234: tls: no cipher suite supported by both client and server",
    nearMiss: "cipher suite supported: TLS_AES_128_GCM_SHA256",
  },
  {
    id: "tls.protocol-version",
    wording: "is not accepted by client preferences",
    line: "javax.net.ssl.SSLHandshakeException: The server selected protocol version TLS10 is not accepted by client preferences [TLS13, TLS12]",
    nearMiss: "client preferences accepted: TLSv1.3, TLSv1.2",
  },
  {
    id: "tls.protocol-version",
    wording: "sec_e_algorithm_mismatch",
    line: "curl: (35) schannel: next InitializeSecurityContext failed: SEC_E_ALGORITHM_MISMATCH (0x80090331) - The client and server cannot communicate, because they do not possess a common algorithm.",
    nearMiss: "schannel: algorithm TLS_AES_256_GCM_SHA384 selected",
  },
  {
    id: "tls.client-cert-required",
    wording: "empty client certificate chain",
    line: "io.netty.handler.codec.DecoderException: javax.net.ssl.SSLHandshakeException: Empty client certificate chain",
    nearMiss: "client certificate chain loaded: 2 certificates",
  },
  {
    id: "tls.client-cert-required",
    wording: "tls: certificate required",
    line: 'rpc error: code = Unavailable desc = connection error: desc = "transport: authentication handshake failed: remote error: tls: certificate required"',
    nearMiss: "client certificate required: set cert_file and key_file",
  },
  {
    id: "tls.client-cert-required",
    wording: "tls: client didn't provide a certificate",
    line: 'grpc: Server.Serve failed to complete security handshake from "10.0.0.7:51234": tls: client didn\'t provide a certificate',
    nearMiss: "the client provided a certificate signed by the cluster CA",
  },
  // protocol
  {
    id: "protocol.tls-to-plaintext",
    wording: "preface string missing or corrupt. hex dump for received bytes: 1603",
    line: "io.netty.handler.codec.http2.Http2Exception: HTTP/2 client preface string missing or corrupt. Hex dump for received bytes: 16030100f4010000f00303",
    nearMiss:
      "io.netty.handler.codec.http2.Http2Exception: HTTP/2 client preface string missing or corrupt. Hex dump for received bytes: 000000040100000000",
  },
  {
    id: "protocol.plaintext-to-tls",
    wording: "routines::http request",
    line: "[2024/05/01 12:00:00] [error] [tls] error: error:0A00009C:SSL routines::http request",
    nearMiss: "routines: http request handler registered",
  },
  {
    id: "protocol.plaintext-to-tls",
    wording: "ssl3_get_record:http request",
    line: "SSL_do_handshake() failed (SSL: error:1408F09C:SSL routines:ssl3_get_record:http request) while SSL handshaking",
    nearMiss: "ssl3_get_record: record length 512",
  },
  {
    id: "protocol.plaintext-to-tls",
    wording: "[ssl: http_request]",
    line: "ssl.SSLError: [SSL: HTTP_REQUEST] http request (_ssl.c:1006)",
    nearMiss: 'http_request_duration_seconds_bucket{le="0.5"} 12',
  },
  {
    id: "protocol.grpc-to-http",
    wording: "unexpected http status code received from server",
    line: "rpc error: code = Unavailable desc = unexpected HTTP status code received from server: 502 (Bad Gateway); malformed header: missing HTTP content-type",
    nearMiss: "HTTP status code received from server: 200",
  },
  {
    id: "protocol.h2-to-http1",
    wording: "frame_size_error: 4740180",
    line: "[OkHttp http://otel-collector:4318/...] WARNING io.opentelemetry.exporter.internal.grpc.GrpcExporter - Failed to export spans. The request could not be executed. Error message: FRAME_SIZE_ERROR: 4740180",
    nearMiss: "java.io.IOException: FRAME_SIZE_ERROR: 16385",
  },
  // timeout
  {
    id: "http.timeout",
    wording: "client.timeout exceeded while reading body",
    line: 'Post "http://otel-collector:4318/v1/traces": net/http: request canceled (Client.Timeout exceeded while reading body)',
    nearMiss: "http.Client{Timeout: 10s} created for the exporter",
  },
  {
    id: "http.timeout",
    wording: "client.timeout or context cancellation while reading body",
    line: "error reading response: context deadline exceeded (Client.Timeout or context cancellation while reading body)",
    nearMiss: "context cancellation while reading the config is ignored",
  },
  {
    id: "http.timeout",
    wording: "deadline exceeded after",
    line: "io.grpc.StatusRuntimeException: DEADLINE_EXCEEDED: CallOptions deadline exceeded after 9.999926542s. Name resolution delay 0.000000000 seconds. [closed=[], open=[[buffered_nanos=10000335041, waiting_for_connection]]]",
    nearMiss: "deadline extended after the first retry",
  },
  {
    id: "http.timeout",
    wording: "interruptedioexception: timeout",
    line: "[OkHttp http://otel-collector:4318/...] WARNING io.opentelemetry.exporter.internal.http.HttpExporter - Failed to export spans. The request could not be executed. Full error message: timeout java.io.InterruptedIOException: timeout",
    nearMiss: "java.io.InterruptedIOException: thread interrupted",
  },
  {
    id: "http.timeout",
    wording: "java.net.http.httptimeoutexception",
    line: "java.net.http.HttpTimeoutException: request timed out",
    nearMiss: "java.net.http.HttpClient configured with connectTimeout=PT10S",
  },
  {
    id: "http.timeout",
    wording: "timeout expired",
    line: "OpenTelemetry trace error occurred. Exporter otlp encountered the following error(s): the grpc server returns error (The operation was cancelled): , detailed error message: Timeout expired",
    nearMiss: "timeout: 10s (expires after the deadline)",
  },
  // size
  {
    id: "size.too-large",
    wording: "http: request body too large",
    line: 'Exporting failed. Dropping data. {"error": "Permanent error: error exporting items, request to http://otel-collector:4318/v1/logs responded with HTTP Status Code 400, Message=http: request body too large"}',
    nearMiss: "max_request_body_size: 20971520 # request body limit",
  },
  {
    id: "size.too-large",
    wording: "content too large",
    line: "Failed to export logs, error code: 413, reason: Content Too Large",
    nearMiss: "content length: 2048 (not too large)",
  },
  {
    id: "size.too-large",
    wording: "decoded size exceeds max request body size",
    line: 'Exporting failed. Dropping data. {"error": "Permanent error: rpc error: code = InvalidArgument desc = snappy: decoded size exceeds max request body size"}',
    nearMiss: "decoded size 1.2MiB, max request body size 20MiB",
  },
  {
    id: "size.too-large",
    wording: "bytes exceeds max_request_size",
    line: "WARNING:opentelemetry.exporter.otlp.proto.http.trace_exporter:Dropping span batch: serialized size 70000000 bytes exceeds max_request_size 67108864 bytes.",
    nearMiss: "max_request_size=67108864 bytes (default)",
  },
  {
    id: "size.too-large",
    wording: "message was too large, server rejected it",
    line: 'Exporting failed. Dropping data. {"kind": "exporter", "name": "kafka", "error": "kafka: Failed to produce message to topic otlp_spans: kafka server: Message was too large, server rejected it to avoid allocation error"}',
    nearMiss: "kafka server: message accepted, offset 1024",
  },
  // resource
  {
    id: "resource.memory",
    wording: "outofmemoryexception",
    line: "Unhandled exception. System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.",
    nearMiss: "GC heap hard limit: 512MB, memory load 40%",
  },
  // queue
  {
    id: "queue.full",
    wording: "sending_queue is full",
    line: 'Dropping data because sending_queue is full. Try increasing queue_size. {"kind": "exporter", "name": "otlp", "dropped_items": 512}',
    nearMiss: "sending_queue: { enabled: true, queue_size: 5000 }",
  },
  {
    id: "queue.full",
    wording: "batchlogprocessor dropped",
    line: "OpenTelemetry warning: BatchLogProcessor dropped a LogRecord due to queue full. No further log will be emitted for further drops until Shutdown.",
    nearMiss: "BatchLogProcessor exported 512 log records",
  },
  {
    id: "queue.full",
    wording: "dropped due to a queue being full",
    line: "Spans were dropped due to a queue being full. The count represents the total count of spans dropped in the lifetime of this BatchSpanProcessor.",
    nearMiss: "No spans dropped; queue size 2048",
  },
  {
    id: "queue.full",
    wording: "dropped due to a full or closed queue",
    line: "Spans were dropped due to a full or closed queue. The count represents the total count of span records dropped in the lifetime of the BatchSpanProcessor.",
    nearMiss: "queue closed at shutdown, nothing pending",
  },
  {
    id: "queue.full",
    wording: "because the channel is full",
    line: "OpenTelemetry trace error occurred. cannot send span to the batch span processor because the channel is full",
    nearMiss:
      "Control message to flush the worker thread could not be sent as the control channel is full. This can occur if user repeatedly calls force_flush/shutdown without finishing the previous call.",
  },
  {
    id: "queue.full",
    wording: "to batch processor as the channel is full",
    line: "OpenTelemetry log error occurred. cannot send message to batch processor as the channel is full",
    nearMiss:
      "ForceFlush cannot be performed as Control channel is full. This can occur if user repeatedily calls force_flush/shutdown without finishing the previous call.",
  },
  {
    id: "queue.full",
    wording: "queue is full, likely",
    line: "WARNING:opentelemetry.sdk.trace.export:Queue is full, likely spans will be dropped.",
    nearMiss: "Queue is fully drained after shutdown",
  },
  // auth
  {
    id: "auth.unauthenticated",
    wording: "code = unauthenticated",
    line: 'Exporting failed. Dropping data. {"error": "Permanent error: rpc error: code = Unauthenticated desc = invalid API key"}',
    nearMiss: "authenticated as otel-collector@example.iam.gserviceaccount.com",
  },
  {
    id: "auth.unauthenticated",
    wording: "16 unauthenticated",
    line: "Error: 16 UNAUTHENTICATED: Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
    nearMiss: "16 authenticated clients connected",
  },
  {
    id: "auth.unauthenticated",
    wording: "statuscode.unauthenticated",
    line: 'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with: status = StatusCode.UNAUTHENTICATED details = "Invalid token">',
    nearMiss: "status = StatusCode.OK details = authenticated",
  },
  {
    id: "auth.unauthenticated",
    wording: "statusruntimeexception: unauthenticated",
    line: "io.grpc.StatusRuntimeException: UNAUTHENTICATED: Missing or invalid API key",
    nearMiss: "allowing unauthenticated requests on the health endpoint",
  },
  {
    id: "auth.unauthenticated",
    wording: "unrecognizedclientexception",
    line: "UnrecognizedClientException: The security token included in the request is invalid.",
    nearMiss: "unrecognized client option: max_idle_conns",
  },
  {
    id: "auth.unauthenticated",
    wording: "the security token included in the request is invalid",
    line: "An error occurred (UnrecognizedClientException) when calling the PutLogEvents operation: The security token included in the request is invalid.",
    nearMiss: "the security token included in the request is valid until 12:00",
  },
  {
    id: "auth.unauthenticated",
    wording: "invalidclienttokenid",
    line: "InvalidClientTokenId: The security token included in the request is invalid. status code: 403, request id: 1b2c",
    nearMiss: "client token id: 1b2c",
  },
  {
    id: "auth.unauthenticated",
    wording: "the request signature we calculated does not match the signature you provided",
    line: "SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.",
    nearMiss: "the request signature matches the signature you provided",
  },
  {
    id: "auth.unauthenticated",
    wording: "aws was not able to validate the provided access credentials",
    line: "AuthFailure: AWS was not able to validate the provided access credentials",
    nearMiss: "validate the provided access credentials before starting",
  },
  {
    id: "auth.unauthenticated",
    wording: 'oauth2: "invalid_client"',
    line: 'traces export: Post "https://otlp.example.com/v1/traces": oauth2: "invalid_client" "Client authentication failed"',
    nearMiss: "oauth2: client_id=otel-collector token_url=https://auth.example.com/token",
  },
  {
    id: "auth.unauthenticated",
    wording: 'oauth2: "invalid_grant"',
    line: 'rpc error: code = Unavailable desc = transport: per-RPC creds failed due to error: oauth2: "invalid_grant" "Token has been expired or revoked."',
    nearMiss: "oauth2: grant_type=client_credentials",
  },
  {
    id: "auth.unauthenticated",
    wording: "your default credentials were not found",
    line: "google.auth.exceptions.DefaultCredentialsError: Your default credentials were not found. To set up Application Default Credentials, see https://cloud.google.com/docs/authentication/external/set-up-adc for more information.",
    nearMiss: "default credentials found at /var/run/secrets/google/key.json",
  },
  {
    id: "auth.unauthenticated",
    wording: "expiredtokenexception",
    line: "operation error CloudWatch Logs: PutLogEvents, https response error StatusCode: 400, RequestID: 7f3c, api error ExpiredTokenException: The security token included in the request is expired",
    nearMiss: "token expires at 2025-01-01T00:00:00Z; refreshing",
  },
  {
    id: "auth.forbidden",
    wording: "code = permissiondenied",
    line: "rpc error: code = PermissionDenied desc = Permission monitoring.timeSeries.create denied (or the resource may not exist).",
    nearMiss: "rpc error: code = NotFound desc = the resource does not exist",
  },
  {
    id: "auth.forbidden",
    wording: "permission_denied",
    line: "Error: 7 PERMISSION_DENIED: The caller does not have permission",
    nearMiss: "open /etc/otelcol-contrib/config.yaml: permission denied",
  },
  {
    id: "auth.forbidden",
    wording: "is not authorized to perform",
    line: "AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/otel-collector/i-0abc is not authorized to perform: logs:PutLogEvents on resource: arn:aws:logs:eu-west-1:123456789012:log-group:app",
    nearMiss: "the role is authorized to perform logs:PutLogEvents",
  },
];

describe("failure-class wordings taken from the runtimes' sources", () => {
  it("tests only wordings the vocabulary holds, each with the class it is listed under", () => {
    for (const c of CASES) {
      const owner = FAILURE_CLASSES.find((fc) => fc.wordings.some((w) => w.text === c.wording));
      expect(owner?.id, c.wording).toBe(c.id);
    }
  });

  it.each(CASES)('finds $id in a line carrying "$wording", and no other layer but its own', (c) => {
    expect(normalise(c.line)).toContain(c.wording);
    const found = classesIn(c.line);
    expect([...found], c.line).toContain(c.id);
    expect(
      [...found].filter((f) => layerOf(f) !== layerOf(c.id)),
      c.line,
    ).toEqual([...(c.alongside ?? [])]);
  });

  it.each(CASES)('does not find $id in a near miss of "$wording"', ({ id, nearMiss }) => {
    expect([...classesIn(nearMiss)], nearMiss).not.toContain(id);
  });
});
