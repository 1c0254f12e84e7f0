import type { FailureClass } from "./FailureClass.ts";

/** Windows' socket and resolver messages, which .NET, Go, Python and curl print as Windows words them. */
const WINSOCK = "MicrosoftDocs/win32 desktop-src/WinSock/windows-sockets-error-codes-2.md";

/**
 * Name resolution. "Not found" is an answer (the name does not exist where the client asked);
 * "temporary" is no answer (the resolver could not be reached or gave up), so the fix differs:
 * spelling and split-horizon DNS for the first, the resolver and the network path for the second.
 */
export const dnsClasses: readonly FailureClass[] = [
  {
    id: "dns.not-found",
    layer: "dns",
    summary: "the endpoint's host name does not resolve: DNS says the name does not exist",
    confirm:
      "`nslookup <host>` (or `dig <host>`) from the same machine or pod: NXDOMAIN means the name is wrong or only exists in another DNS view",
    wordings: [
      // PHP's streams, PDO and Redis clients; the resolver's text follows.
      { text: "php_network_getaddresses: getaddrinfo", source: "php/php-src main/network.c" },
      // glibc's EAI_NODATA, as Python and the JDK on Linux print it.
      {
        text: "no address associated with hostname",
        source: "bminor/glibc sysdeps/posix/gai_strerror-strs.h",
      },
      { text: "[net] getaddrinfo(host=", source: "fluent/fluent-bit src/flb_network.c" },
      // OTP's nxdomain, as Mint, Finch and Req print it.
      { text: "non-existing domain", source: "elixir-mint/mint lib/mint/transport_error.ex" },
      { text: "clientconnectordnserror", source: "aio-libs/aiohttp aiohttp/client_exceptions.py" },
      // Go's DNSError text: `lookup otel.example.com on 10.0.0.10:53: no such host`.
      { text: "no such host", source: "golang/go src/net/net.go" },
      // libuv's message for UV_EAI_NONAME (Node's getaddrinfo failures).
      { text: "unknown node or service", source: "libuv/libuv include/uv.h" },
      { text: "eai_noname", source: "libuv/libuv include/uv.h" },
      // Node prints the syscall before the code: `getaddrinfo ENOTFOUND otel.example.com`. A bare
      // "enotfound" would also hit "FileNotFoundException".
      { text: "getaddrinfo enotfound", source: "nodejs/undici lib/handler/retry-handler.js" },
      // glibc/macOS gai_strerror(EAI_NONAME), as Python prints it: `[Errno 8] nodename nor servname …`.
      {
        text: "nodename nor servname provided, or not known",
        source: "fluent/fluent-bit lib/monkey/mk_core/deps/libevent/evutil.c",
      },
      {
        text: "no address associated with nodename",
        source: "fluent/fluent-bit lib/monkey/mk_core/deps/libevent/evutil.c",
      },
      // curl: (6). The strerror text, and the failf line whose %s is "host".
      { text: "could not resolve hostname", source: "curl/curl lib/strerror.c" },
      { text: "couldn't resolve host name", source: "curl/curl lib/strerror.c" },
      { text: "could not resolve host:", source: "curl/curl lib/vdns/asyn-base.c" },
      // The curl tool prints `curl: (<code>) <message>` (codes from include/curl/curl.h); a paste that
      // cuts the message keeps the code.
      { text: "curl: (6)", source: "curl/curl src/tool_operate.c" },
      // urllib3 ≥ 2: `NameResolutionError(... Failed to resolve 'host' ([Errno -2] ...))`. It wraps both
      // NXDOMAIN and EAI_AGAIN; most pastes carry the first, so it sits here.
      { text: "failed to resolve '", source: "urllib3/urllib3 src/urllib3/exceptions.py" },
      { text: "nameresolutionerror", source: "urllib3/urllib3 src/urllib3/exceptions.py" },
      // grpc-java DnsNameResolver: `UNAVAILABLE: Unable to resolve host otel.example.com`.
      {
        text: "unable to resolve host",
        source: "grpc/grpc-java core/src/main/java/io/grpc/internal/DnsNameResolver.java",
      },
      // grpc-js: `14 UNAVAILABLE: Name resolution failed for target dns:otel.example.com:4317`.
      {
        text: "name resolution failed for target",
        source: "grpc/grpc-node packages/grpc-js/src/resolver-dns.ts",
      },
      // Netty's resolver reports the rcode by name.
      {
        text: "nxdomain",
        source: "netty/netty codec-dns/src/main/java/io/netty/handler/codec/dns/DnsResponseCode.java",
      },
      {
        text: "unknownhostexception",
        source: "square/okhttp okhttp-dnsoverhttps/src/main/kotlin/okhttp3/dnsoverhttps/BootstrapDns.kt",
      },
      // hyper-util's connector (reqwest, tonic): `error trying to connect: dns error: failed to lookup …`.
      { text: "dns error", source: "hyperium/hyper-util src/client/legacy/connect/http.rs" },
      // glibc's gai_strerror(EAI_NONAME), as Python, Ruby, .NET on Linux and Fluent Bit print it.
      { text: "name or service not known", source: "bminor/glibc sysdeps/posix/gai_strerror-strs.h" },
      // c-ares (gRPC C-core for Python, Ruby, PHP, C++; Fluent Bit's resolver): ARES_ENOTFOUND.
      { text: "domain name not found", source: "c-ares/c-ares src/lib/ares_strerror.c" },
      // gRPC C-core's c-ares resolver (Python grpcio, Ruby, PHP, C++): `DNS resolution failed for
      // otel.example.com:4317: …` today, and a bare `details = "DNS resolution failed"` before 1.4x.
      {
        text: "dns resolution failed",
        source: "grpc/grpc src/core/ext/filters/client_channel/resolver/dns/c_ares/dns_resolver_ares.cc",
      },
      // musl's gai_strerror(EAI_NONAME): Alpine images print `getaddrinfo: Name does not resolve`.
      { text: "name does not resolve", source: "bminor/musl src/network/gai_strerror.c" },
      // CPython on Windows has no gai_strerror: `socket.gaierror: [Errno 11001] getaddrinfo failed`.
      { text: "getaddrinfo failed", source: "python/cpython Modules/socketmodule.c" },
      // Windows' WSAHOST_NOT_FOUND, as .NET's SocketException and Go's `getaddrinfow:` print it.
      {
        text: "no such host is known",
        source: WINSOCK,
      },
      // grpc-go's resolver answered with no address at all: `name resolver error: produced zero addresses`.
      { text: "produced zero addresses", source: "grpc/grpc-go balancer/pickfirst/pickfirst.go" },
    ],
  },
  {
    id: "dns.temporary",
    layer: "dns",
    summary: "the host name could not be resolved right now: the resolver did not answer or failed",
    confirm:
      "`dig <host>` a few times from the same machine or pod, and check /etc/resolv.conf: timeouts or SERVFAIL point at the resolver, not the name",
    wordings: [
      // Go's own resolver when no server answered.
      { text: "no answer from dns server", source: "golang/go src/net/dnsclient_unix.go" },
      // gai_strerror(EAI_AGAIN); Python: `[Errno -3] Temporary failure in name resolution`.
      {
        text: "temporary failure in name resolution",
        source: "fluent/fluent-bit lib/monkey/mk_core/deps/libevent/evutil.c",
      },
      {
        text: "non-recoverable failure in name resolution",
        source: "fluent/fluent-bit lib/monkey/mk_core/deps/libevent/evutil.c",
      },
      // Node: `getaddrinfo EAI_AGAIN otel.example.com`.
      { text: "eai_again", source: "libuv/libuv include/uv.h" },
      // Node: `getaddrinfo EAI_FAIL otel.example.com` (the resolver failed outright).
      { text: "eai_fail", source: "libuv/libuv include/uv.h" },
      // curl's connect-phase timeout while still resolving ("%s timed out after", %s = "Resolving").
      { text: "resolving timed out after", source: "curl/curl lib/multi.c" },
      // c-ares: ARES_ECONNREFUSED and ARES_ETIMEOUT (no resolver answered).
      { text: "could not contact dns servers", source: "c-ares/c-ares src/lib/ares_strerror.c" },
      { text: "timeout while contacting dns servers", source: "c-ares/c-ares src/lib/ares_strerror.c" },
      // Go's resolver when the server answered REFUSED, NOTIMP or FORMERR (or SERVFAIL, by name):
      // `lookup otel.example.com on 10.96.0.10:53: server misbehaving`.
      { text: "server misbehaving", source: "golang/go src/net/dnsclient_unix.go" },
      // Go's resolver when the query to the DNS server itself failed: `lookup otel on 10.96.0.10:53: read
      // udp 10.0.0.3:40000->10.96.0.10:53: i/o timeout` (the i/o timeout alone reads as a TCP timeout).
      { text: ":53: read udp", source: "golang/go src/net/dnsclient_unix.go" },
      { text: ":53: dial udp", source: "golang/go src/net/dnsclient_unix.go" },
      // musl's gai_strerror(EAI_AGAIN) is "Try again", too short to find; Windows' WSATRY_AGAIN is not.
      {
        text: "this is usually a temporary error during hostname resolution",
        source: WINSOCK,
      },
    ],
  },
];
