import type { FailureClass } from "./FailureClass.ts";

/**
 * Both ends are up and talking, but not the same protocol: TLS on one side and plaintext on the
 * other, HTTP/1 against HTTP/2-only, or gRPC against a plain HTTP server. Each is usually a
 * scheme, port or `insecure`/`tls` setting away from working.
 */
export const protocolClasses: readonly FailureClass[] = [
  {
    id: "protocol.tls-to-plaintext",
    layer: "protocol",
    summary: "the client speaks TLS (https:// or a TLS gRPC channel) to a port that serves plaintext",
    confirm:
      "`curl -v http://<host>:<port>/` answers where `https://` fails; use http:// (or `insecure: true` / `tls: insecure`) for that port, or point at the TLS port",
    wordings: [
      // JDK 8's wording of the same record-header failure.
      {
        text: "unrecognized ssl message, plaintext connection?",
        source: "openjdk/jdk8u-dev jdk/src/share/classes/sun/security/ssl/InputRecord.java",
      },
      { text: "first record does not look like a tls handshake", source: "golang/go src/crypto/tls/conn.go" },
      { text: "server gave http response to https client", source: "golang/go src/net/http/client.go" },
      // OpenSSL reading "HTTP/1.1 400…" as a record header.
      { text: "wrong version number", source: "openssl/openssl crypto/err/openssl.txt" },
      { text: "wrong_version_number", source: "openssl/openssl crypto/err/openssl.txt" },
      { text: "packet length too long", source: "openssl/openssl crypto/err/openssl.txt" },
      // rustls sees a byte that is not a TLS content type.
      {
        text: "received corrupt message of type invalidcontenttype",
        source: "rustls/rustls rustls/src/error/mod.rs",
      },
      // The JDK reading a plaintext answer as a TLS record.
      {
        text: "unsupported or unrecognized ssl message",
        source: "openjdk/jdk src/java.base/share/classes/sun/security/ssl/SSLSocketInputRecord.java",
      },
      // .NET SslStream reading bytes that are not a TLS frame.
      {
        text: "cannot determine the frame size or a corrupted frame was received",
        source: "dotnet/runtime src/libraries/System.Net.Security/src/Resources/Strings.resx",
      },
      {
        text: "the handshake failed due to an unexpected packet format",
        source: "dotnet/runtime src/libraries/System.Net.Security/src/Resources/Strings.resx",
      },
      // Netty's HTTP/2 server (grpc-java, Armeria) when the first bytes are neither the preface nor an
      // HTTP/1 request line; a hex dump starting 1603 is a TLS ClientHello: a TLS client on the h2c port.
      {
        text: "preface string missing or corrupt. hex dump for received bytes: 1603",
        source:
          "netty/netty codec-http2/src/main/java/io/netty/handler/codec/http2/Http2ConnectionHandler.java",
      },
    ],
  },
  {
    id: "protocol.plaintext-to-tls",
    layer: "protocol",
    summary: "the client speaks plaintext (http:// or an insecure gRPC channel) to a port that requires TLS",
    confirm:
      "`curl -v https://<host>:<port>/` gets further than `http://`; use https:// (or turn TLS on in the exporter) for that port",
    wordings: [
      // Go's net/http server answers a plaintext request on a TLS port with this 400 body.
      { text: "client sent an http request to an https server", source: "golang/go src/net/http/server.go" },
      // nginx's 400 page for the same thing.
      {
        text: "the plain http request was sent to https port",
        source: "nginx/nginx src/http/ngx_http_special_response.c",
      },
      // Netty's SslHandler (grpc-java and other Netty servers) on a plaintext first packet; the
      // receiver's side of the same fault.
      {
        text: "not an ssl/tls record",
        source: "netty/netty handler/src/main/java/io/netty/handler/ssl/SslHandler.java",
      },
      {
        text: "notsslrecordexception",
        source: "netty/netty handler/src/main/java/io/netty/handler/ssl/ReferenceCountedOpenSslEngine.java",
      },
      // An OpenSSL server (nginx, Envoy, Fluent Bit, C-core) reading a plaintext HTTP request as a TLS
      // record: `SSL routines::http request` (3.x), `ssl3_get_record:http request` (1.1), and Python's tag.
      { text: "routines::http request", source: "openssl/openssl crypto/err/openssl.txt" },
      { text: "ssl3_get_record:http request", source: "openssl/openssl crypto/err/openssl.txt" },
      { text: "[ssl: http_request]", source: "openssl/openssl crypto/err/openssl.txt" },
      // OkHttp refuses http:// when the client allows only TLS.
      {
        text: "cleartext communication not enabled for client",
        source:
          "square/okhttp okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/connection/RealRoutePlanner.kt",
      },
    ],
  },
  {
    id: "protocol.http1-to-h2",
    layer: "protocol",
    summary:
      "an HTTP/1.1 client is talking to an HTTP/2-only (h2c or gRPC) port: OTLP/HTTP sent to the OTLP/gRPC port is the usual case",
    confirm:
      "check the port: OTLP/HTTP is 4318 and OTLP/gRPC is 4317 by default; use the protocol that port serves (`http/protobuf` vs `grpc`)",
    wordings: [
      // undici reading HTTP/2 frames as an HTTP/1.1 answer.
      {
        text: "response does not match the http/1.1 protocol",
        source: "nodejs/undici lib/dispatcher/client-h1.js",
      },
      {
        text: "received an invalid status line:",
        source: "dotnet/runtime src/libraries/System.Net.Http/src/Resources/Strings.resx",
      },
      { text: "invalid http version parsed", source: "hyperium/hyper src/error.rs" },
      { text: "invalid_status_line", source: "elixir-mint/mint lib/mint/http1.ex" },
      // The server side: Kestrel (ASP.NET Core, the Aspire dashboard's OTLP endpoint) refusing HTTP/1.1
      // (EndPointHttp2NotNegotiated).
      {
        text: "http/2 over tls was not negotiated on an http/2-only endpoint",
        source: "dotnet/aspnetcore src/Servers/Kestrel/Core/src/CoreStrings.resx",
      },
      // llhttp (Node's http, undici) reading HTTP/2 frames as a status line; Node prints
      // `Parse Error: Expected HTTP/`, newer llhttp `Expected HTTP/, RTSP/ or ICE/`.
      { text: "expected http/", source: "nodejs/llhttp src/llhttp/http.ts" },
      // curl reading an HTTP/2 SETTINGS frame as a status line.
      { text: "received http/0.9 when not allowed", source: "curl/curl lib/http.c" },
      // OkHttp likewise.
      {
        text: "unexpected status line:",
        source: "square/okhttp okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/http/StatusLine.kt",
      },
      // The gRPC server's side: grpc-go and Netty (grpc-java) receiving an HTTP/1 request line.
      {
        text: "received bogus greeting from client",
        source: "grpc/grpc-go internal/transport/http2_server.go",
      },
      {
        text: "unexpected http/1.x request:",
        source:
          "netty/netty codec-http2/src/main/java/io/netty/handler/codec/http2/Http2ConnectionHandler.java",
      },
    ],
  },
  {
    id: "protocol.h2-to-http1",
    layer: "protocol",
    summary: "an HTTP/2 or gRPC client is talking to a server (or proxy) that only speaks HTTP/1.1",
    confirm:
      "`curl -v --http2-prior-knowledge http://<host>:<port>/` (or `--http2` over TLS) shows whether HTTP/2 is spoken there; for gRPC behind a proxy or load balancer, enable HTTP/2 (gRPC) to the backend",
    wordings: [
      {
        text: "the server is unable to process the request using the current http version",
        source: "dotnet/runtime src/libraries/System.Net.Http/src/Resources/Strings.resx",
      },
      // The h2 error code's name, as OkHttp and .NET print it.
      {
        text: "http_1_1_required",
        source: "square/okhttp okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/http2/ErrorCode.kt",
      },
      // ALPN: the server offered no h2.
      { text: "peer doesn't support any known protocol", source: "rustls/rustls rustls/src/error/mod.rs" },
      { text: "alpn protocol not negotiated", source: "elixir-mint/mint lib/mint/transport_error.ex" },
      // grpc-go reading "HTTP/1.1 400 …" as an HTTP/2 frame header.
      { text: "error reading server preface", source: "grpc/grpc-go internal/transport/http2_client.go" },
      { text: "http2: frame too large", source: "golang/net http2/frame.go" },
      // grpc-go ≥ 1.67 requires ALPN "h2" from a TLS server.
      { text: "missing selected alpn property", source: "grpc/grpc-go credentials/tls.go" },
      // grpc-java.
      {
        text: "failed alpn negotiation: unable to find compatible protocol",
        source: "grpc/grpc-java netty/src/main/java/io/grpc/netty/ProtocolNegotiators.java",
      },
      {
        text: "first received frame was not settings",
        source:
          "netty/netty codec-http2/src/main/java/io/netty/handler/codec/http2/Http2ConnectionHandler.java",
      },
      // h2 crate (tonic, reqwest http2): FRAME_SIZE_ERROR from an HTTP/1 answer.
      { text: "frame with invalid size", source: "hyperium/h2 src/frame/reason.rs" },
      // Grpc.Net.Client when the response came back over HTTP/1.1.
      {
        text: "response protocol downgraded to http/",
        source: "grpc/grpc-dotnet src/Grpc.Net.Client/Internal/GrpcCall.NonGeneric.cs",
      },
      // grpc-js: Node's http2 (nghttp2) "Protocol error" surfaced through a failed stream; on a
      // fresh channel it is the HTTP/1 server answering. A bare "protocol error" is too common.
      {
        text: "internal client error: protocol error",
        source: "grpc/grpc-node packages/grpc-js/src/subchannel-call.ts",
      },
      // grpc-js puts the connection's last error after "No connection established. Last error: "; Node's
      // http2 session fails with nghttp2's "Protocol error" when the server answers HTTP/1.
      {
        text: "last error: protocol error",
        // The text after it is nghttp2's NGHTTP2_ERR_PROTO message (nghttp2/nghttp2 lib/nghttp2_helper.c).
        source: "grpc/grpc-node packages/grpc-js/src/load-balancer-pick-first.ts",
      },
      // curl: (16) with --http2-prior-knowledge against HTTP/1.
      { text: "error in the http2 framing layer", source: "curl/curl lib/strerror.c" },
      // OkHttp's HTTP/2 reader (the Java OTLP gRPC exporter) taking "HTTP/1.1 …" for a frame header:
      // its first three bytes, "HTT", read as a frame length of 4740180.
      {
        text: "frame_size_error: 4740180",
        source: "square/okhttp okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/http2/Http2Reader.kt",
      },
      // hyper's HTTP/1 server receiving the HTTP/2 preface: the server's side of the same fault.
      { text: "found http2 preface", source: "hyperium/hyper src/error.rs" },
      // h2 (hyper, tonic, reqwest): the server sent GOAWAY HTTP_1_1_REQUIRED.
      { text: "endpoint requires http/1.1", source: "hyperium/h2 src/frame/reason.rs" },
      // gRPC C-core (Python, Ruby, PHP, C++) parsing an HTTP/1.x answer to its HTTP/2 preface.
      {
        text: "trying to connect an http1.x server",
        source: "grpc/grpc src/core/ext/transport/chttp2/transport/chttp2_transport.cc",
      },
      // .NET HttpClient (Grpc.Net.Client) when the server does not speak HTTP/2.
      {
        text: "an http/2 connection could not be established because the server did not complete the http/2 handshake",
        source: "dotnet/runtime src/libraries/System.Net.Http/src/Resources/Strings.resx",
      },
      {
        text: "while server returned http/1.1 in alpn",
        source: "dotnet/runtime src/libraries/System.Net.Http/src/Resources/Strings.resx",
      },
      {
        text: "while server offers only version fallback",
        source: "dotnet/runtime src/libraries/System.Net.Http/src/Resources/Strings.resx",
      },
    ],
  },
  {
    id: "protocol.grpc-to-http",
    layer: "protocol",
    summary:
      "a gRPC client got a plain HTTP answer (an HTML or JSON page from a proxy, ingress or OTLP/HTTP server) instead of a gRPC response",
    confirm:
      "`curl -v --http2 https://<host>:<port>/` shows what answers there; point the gRPC exporter at the gRPC port, or make the ingress route gRPC (h2) to it",
    wordings: [
      // tonic reading a plain HTTP body (an HTML or JSON error page) as gRPC frames: the first byte of
      // the page is taken for the compression flag ("<" is 60).
      {
        text: "received message with invalid compression flag",
        source: "hyperium/tonic tonic/src/codec/decode.rs",
      },
      { text: "received unexpected content-type", source: "grpc/grpc-go internal/transport/http2_client.go" },
      // grpc-go, before the content-type check: `unexpected HTTP status code received from server: 404
      // (Not Found)`; the answer came from something that is not a gRPC server.
      {
        text: "unexpected http status code received from server",
        source: "grpc/grpc-go internal/transport/http2_client.go",
      },
      {
        text: "malformed header: missing http content-type",
        source: "grpc/grpc-go internal/transport/http2_client.go",
      },
      {
        text: "invalid content-type:",
        source: "grpc/grpc-java core/src/main/java/io/grpc/internal/Http2ClientStreamTransportState.java",
      },
      {
        text: "missing content-type in response headers",
        source: "grpc/grpc-java core/src/main/java/io/grpc/internal/Http2ClientStreamTransportState.java",
      },
      {
        text: "invalid content-type value:",
        source: "grpc/grpc-dotnet src/Grpc.Net.Client/Internal/GrpcCall.NonGeneric.cs",
      },
      {
        text: "response did not have a content-type header",
        source: "grpc/grpc-dotnet src/Grpc.Net.Client/Internal/GrpcCall.NonGeneric.cs",
      },
      // tonic: a response without grpc-status, mapped from the HTTP status.
      {
        text: "grpc-status header missing, mapped from http status code",
        source: "hyperium/tonic tonic/src/status.rs",
      },
      // grpc-js: the stream ended with no grpc-status trailer.
      {
        text: "call ended without grpc status",
        source: "grpc/grpc-node packages/grpc-js/src/subchannel-call.ts",
      },
    ],
  },
];
