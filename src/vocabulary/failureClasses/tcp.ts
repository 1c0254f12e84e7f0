import type { FailureClass } from "./FailureClass.ts";

/** Windows' socket and resolver messages, which .NET, Go, Python and curl print as Windows words them. */
const WINSOCK = "MicrosoftDocs/win32 desktop-src/WinSock/windows-sockets-error-codes-2.md";

/**
 * The TCP connection itself. Most runtimes print the operating system's errno text, so one
 * wording covers Go, Python, Java, .NET on Linux and Rust alike; the errno names are Node's.
 */
export const tcpClasses: readonly FailureClass[] = [
  {
    id: "tcp.refused",
    layer: "tcp",
    summary: "the connection was refused: the host answered, but nothing listens on that port",
    confirm:
      "`nc -vz <host> <port>` from the same machine or pod; then check the receiver is running and listening on that address and port (`ss -ltnp` on the server)",
    wordings: [
      { text: "connection refused", source: "libuv/libuv include/uv.h" },
      { text: "econnrefused", source: "libuv/libuv include/uv.h" },
      // curl: (7). It is curl's word for any failed connect, but refusals are by far the most
      // common cause, and the errno text follows when there is one.
      { text: "could not connect to server", source: "curl/curl lib/strerror.c" },
      // Older curl releases' spelling of the same text, which PHP's curl_error() still often shows.
      { text: "couldn't connect to server", source: "curl/curl lib/strerror.c" },
      { text: "curl: (7)", source: "curl/curl src/tool_operate.c" },
      // Windows' WSAECONNREFUSED (.NET, Go's `connectex:`, Python's `[WinError 10061]`): "No connection
      // could be made because the target machine actively refused it."
      { text: "actively refused it", source: WINSOCK },
      // Python's asyncio (aiohttp and other async clients): `ConnectionRefusedError: [Errno 111] Connect
      // call failed ('10.0.0.5', 4318)`. Any failed connect reads so, but refusals are most of them.
      { text: "connect call failed", source: "python/cpython Lib/asyncio/selector_events.py" },
      // hyper-util's HttpConnector (reqwest, tonic, the Rust exporters): `ConnectError("tcp connect error",
      // Os { code: 111, kind: ConnectionRefused })`. Any failed connect reads so; refusals are most of them.
      { text: "tcp connect error", source: "hyperium/hyper-util src/client/legacy/connect/http.rs" },
    ],
  },
  {
    id: "tcp.timeout",
    layer: "tcp",
    summary:
      "the connection or request timed out: nothing answered in time (a firewall dropping packets, a wrong address, or an overloaded receiver)",
    confirm:
      "`nc -vz -w 5 <host> <port>` from the same machine or pod: a hang (not a refusal) means packets are dropped on the way; check security groups, network policies and egress rules",
    wordings: [
      // Erlang's {error,connect_timeout}; the brace keeps out settings such as proxy_connect_timeout.
      { text: "connect_timeout}", source: "benoitc/hackney src/hackney.erl" },
      { text: "connect timeout reached", source: "excon/excon lib/excon/socket.rb" },
      { text: "connection timeout to host", source: "aio-libs/aiohttp aiohttp/client.py" },
      {
        text: "failed to connect before the deadline",
        source: "grpc/grpc-node packages/grpc-js/src/client.ts",
      },
      // Netty's TLS handshake timeout (grpc-java, Reactor Netty), filed with Go's 'tls handshake timeout'.
      {
        text: "handshake timed out after",
        source: "netty/netty handler/src/main/java/io/netty/handler/ssl/SslHandler.java",
      },
      // Go's net timeout: `dial tcp 10.0.0.5:4317: i/o timeout`.
      { text: "i/o timeout", source: "golang/go src/net/net.go" },
      { text: "connection timed out", source: "libuv/libuv include/uv.h" },
      { text: "etimedout", source: "libuv/libuv include/uv.h" },
      // Go's "context deadline exceeded" and http.Client's "awaiting headers" are request deadlines, not
      // connection ones: they are http.timeout (request.ts).
      // Netty's connect timeout: `connection timed out after 10000 ms: otel/10.0.0.5:4317`.
      {
        text: "connection timed out after",
        source:
          "netty/netty transport-classes-epoll/src/main/java/io/netty/channel/epoll/AbstractEpollChannel.java",
      },
      // curl: (28).
      { text: "operation timed out after", source: "curl/curl lib/multi.c" },
      { text: "timeout was reached", source: "curl/curl lib/strerror.c" },
      { text: "curl: (28)", source: "curl/curl src/tool_operate.c" },
      // urllib3 / requests.
      { text: "timed out. (connect timeout=", source: "urllib3/urllib3 src/urllib3/connection.py" },
      { text: "read timed out. (read timeout=", source: "urllib3/urllib3 src/urllib3/connectionpool.py" },
      // undici (Node's fetch).
      { text: "connect timeout error", source: "nodejs/undici lib/core/errors.js" },
      { text: "und_err_connect_timeout", source: "nodejs/undici lib/core/errors.js" },
      { text: "headers timeout error", source: "nodejs/undici lib/core/errors.js" },
      { text: "und_err_headers_timeout", source: "nodejs/undici lib/core/errors.js" },
      { text: "body timeout error", source: "nodejs/undici lib/core/errors.js" },
      // reqwest's TimedOut display.
      { text: "operation timed out", source: "seanmonstar/reqwest src/error.rs" },
      // The JDK's connect timeout: `java.net.SocketTimeoutException: Connect timed out`.
      {
        text: "connect timed out",
        source: "openjdk/jdk src/java.base/share/classes/sun/nio/ch/NioSocketImpl.java",
      },
      // Ruby's Net::HTTP connect timeout class, as the Ruby OTLP exporter's error handler prints it.
      { text: "net::opentimeout", source: "ruby/net-protocol lib/net/protocol.rb" },
      // Fluent Bit: `[net] connection #45 timeout after 10 seconds to: otel:4318` and
      // `[upstream] connection #45 to tcp://otel:4318 timed out after 10 seconds (connection timeout)`.
      { text: "seconds to:", source: "fluent/fluent-bit src/flb_network.c" },
      { text: "seconds (connection timeout)", source: "fluent/fluent-bit src/flb_upstream.c" },
      {
        text: "sockettimeoutexception",
        source: "square/okhttp okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/-UtilJvm.kt",
      },
      // Windows' WSAETIMEDOUT: "A connection attempt failed because the connected party did not properly
      // respond after a period of time, or established connection failed …".
      { text: "did not properly respond after a period of time", source: WINSOCK },
      // Go's transport when the TLS handshake after connecting got no answer in time.
      { text: "net/http: tls handshake timeout", source: "golang/go src/net/http/transport.go" },
      { text: "und_err_body_timeout", source: "nodejs/undici lib/core/errors.js" },
      // Netty's connect timeout by name; it also covers the JDK HttpClient's HttpConnectTimeoutException
      // (the Java OTLP exporter's JDK sender).
      {
        text: "connecttimeoutexception",
        source: "netty/netty transport/src/main/java/io/netty/channel/ConnectTimeoutException.java",
      },
      // An established connection that went silent: keepalive pings got no answer. grpc-go:
      // `desc = keepalive ping failed to receive ACK within timeout`; Go's HTTP/2 transport
      // (otlphttp, remote write over h2): `http2: client connection lost`; grpc-java: `UNAVAILABLE:
      // Keepalive failed. The connection is likely gone`.
      {
        text: "keepalive ping failed to receive ack within timeout",
        source: "grpc/grpc-go internal/transport/http2_client.go",
      },
      { text: "http2: client connection lost", source: "golang/net http2/transport.go" },
      // gRPC C-core's keepalive (Python grpcio, Ruby, PHP, C++).
      {
        text: "keepalive watchdog timeout",
        source: "grpc/grpc src/core/ext/transport/chttp2/transport/chttp2_transport.cc",
      },
      {
        text: "keepalive failed. the connection is likely gone",
        source: "grpc/grpc-java core/src/main/java/io/grpc/internal/KeepAliveManager.java",
      },
    ],
  },
  {
    id: "tcp.reset",
    layer: "tcp",
    summary:
      "the connection was reset or closed by the other side (or a proxy or load balancer between) before a reply",
    confirm:
      "retry with `curl -v` to the same URL and watch where it stops; compare idle and request timeouts on any load balancer or proxy in between, and the receiver's logs at that moment",
    wordings: [
      { text: "software caused connection abort", source: "libuv/libuv include/uv.h" },
      {
        text: "connection closed after goaway",
        source: "grpc/grpc-java netty/src/main/java/io/grpc/netty/NettyClientHandler.java",
      },
      { text: "connection reset by peer", source: "libuv/libuv include/uv.h" },
      // The JDK's own words (`java.net.SocketException: Connection reset`), with no "by peer".
      {
        text: "connection reset",
        source: "openjdk/jdk src/java.base/share/classes/sun/nio/ch/NioSocketImpl.java",
      },
      // .NET HttpClient when the connection closed before the whole response (an HTTP/1.1 request to
      // an h2c-only port ends this way too; the protocol entry weighs that in a gRPC paste).
      {
        text: "the response ended prematurely",
        source: "dotnet/runtime src/libraries/System.Net.Http/src/Resources/Strings.resx",
      },
      // Ruby's Net::HTTP (EOFError), which the Ruby OTLP exporter retries as eof_error.
      { text: "end of file reached", source: "ruby/net-protocol lib/net/protocol.rb" },
      { text: "econnreset", source: "libuv/libuv include/uv.h" },
      // EPIPE: the peer had already closed when we wrote; the same fault seen from the writer.
      { text: "broken pipe", source: "libuv/libuv include/uv.h" },
      // Node prints the syscall and the code: `Error: write EPIPE`.
      { text: "write epipe", source: "libuv/libuv include/uv.h" },
      // Windows' WSAECONNRESET: "An existing connection was forcibly closed by the remote host."
      { text: "forcibly closed by the remote host", source: WINSOCK },
      // WSAECONNABORTED (10053): the local stack dropped the connection, as .NET and Go print it on Windows.
      { text: "an established connection was aborted by the software in your host machine", source: WINSOCK },
      // Python's http.client (requests, urllib3, the Python OTLP exporter): RemoteDisconnected.
      { text: "remote end closed connection without response", source: "python/cpython Lib/http/client.py" },
      // Go's transport when the server closed a pooled keep-alive connection as the request went out.
      { text: "server closed idle connection", source: "golang/go src/net/http/transport.go" },
      // Python's async clients: aiohttp's ServerDisconnectedError, httpx/httpcore's RemoteProtocolError.
      { text: "serverdisconnectederror", source: "aio-libs/aiohttp aiohttp/client_exceptions.py" },
      {
        text: "server disconnected without sending a response",
        source: "encode/httpcore httpcore/_async/http11.py",
      },
      // Go's HTTP/2 transport when the server (or a load balancer recycling connections) sent GOAWAY.
      {
        text: "http2: server sent goaway and closed the connection",
        source: "golang/net http2/transport.go",
      },
      // grpc-go: the connection ended under the RPC (`code = Unavailable desc = error reading from
      // server: EOF`, older releases `desc = transport is closing`).
      {
        text: "error reading from server: eof",
        source: "grpc/grpc-go internal/transport/http2_client.go",
      },
      {
        text: "code = unavailable desc = transport is closing",
        source: "grpc/grpc-go internal/transport/transport.go",
      },
      // Node's http client when the socket closes without a response.
      { text: "socket hang up", source: "nodejs/node lib/_http_client.js" },
      // undici: `SocketError: other side closed`.
      { text: "other side closed", source: "nodejs/undici lib/dispatcher/client-h1.js" },
      { text: "und_err_socket", source: "nodejs/undici lib/core/errors.js" },
      // curl: (52) and (56).
      { text: "empty reply from server", source: "curl/curl lib/http.c" },
      { text: "server returned nothing (no headers, no data)", source: "curl/curl lib/strerror.c" },
      { text: "recv failure:", source: "curl/curl lib/cf-socket.c" },
      { text: "curl: (52)", source: "curl/curl src/tool_operate.c" },
      // OkHttp: `unexpected end of stream on http://host:4318/...`.
      {
        text: "unexpected end of stream on",
        source:
          "square/okhttp okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/http1/Http1ExchangeCodec.kt",
      },
      // hyper (reqwest, tonic over HTTP/1): IncompleteMessage.
      { text: "connection closed before message completed", source: "hyperium/hyper src/error.rs" },
      // urllib3 wraps RemoteDisconnected / ConnectionResetError as ProtocolError('Connection aborted.', …).
      { text: "connection aborted.", source: "urllib3/urllib3 src/urllib3/connectionpool.py" },
      // urllib3 when the body stopped short: `ProtocolError('Connection broken: IncompleteRead(0 bytes read, 2 more expected)')`.
      { text: "connection broken: incompleteread", source: "urllib3/urllib3 src/urllib3/response.py" },
      // grpc-java's UNAVAILABLE when the connection drops without a GOAWAY.
      {
        text: "network closed for unknown reason",
        source: "grpc/grpc-java netty/src/main/java/io/grpc/netty/NettyClientHandler.java",
      },
    ],
  },
  {
    id: "tcp.unreachable",
    layer: "tcp",
    summary: "the network has no route to the endpoint's address",
    confirm:
      "`ip route get <ip>` and `traceroute <ip>` from the same machine or pod; check the address is the one intended (private vs public) and that a route or VPN to it exists",
    wordings: [
      { text: "no route to host", source: "golang/sys unix/zerrors_linux_amd64.go" },
      { text: "network is unreachable", source: "golang/sys unix/zerrors_linux_amd64.go" },
      { text: "host is unreachable", source: "libuv/libuv include/uv.h" },
      { text: "ehostunreach", source: "libuv/libuv include/uv.h" },
      { text: "enetunreach", source: "libuv/libuv include/uv.h" },
      // Windows' WSAEHOSTUNREACH and WSAENETUNREACH.
      { text: "attempted to an unreachable host", source: WINSOCK },
      { text: "attempted to an unreachable network", source: WINSOCK },
      // The local address cannot be used (`connect EADDRNOTAVAIL ::1:4317` with no IPv6 loopback).
      { text: "eaddrnotavail", source: "libuv/libuv include/uv.h" },
      {
        text: "noroutetohostexception",
        source: "netty/netty transport-native-unix-common/src/main/java/io/netty/channel/unix/Errors.java",
      },
    ],
  },
];
