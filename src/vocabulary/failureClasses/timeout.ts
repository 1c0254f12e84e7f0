import type { FailureClass } from "./FailureClass.ts";

/**
 * A request that was sent (or whose connection was made) and got no answer in time. Unlike a connect
 * timeout it does not say the network dropped the packets: a hung or overloaded backend gives the same.
 */
export const timeoutClasses: readonly FailureClass[] = [
  {
    id: "http.timeout",
    layer: "http",
    summary: "the request got no answer before its deadline",
    confirm:
      "`curl -v -m 10` the endpoint from the same host: a connect that succeeds and then hangs is the backend (or a proxy in front of it), a connect that hangs is the network",
    wordings: [
      // Go's context deadline, which also ends gRPC calls and remote-write requests.
      { text: "context deadline exceeded", source: "golang/go src/context/context.go" },
      { text: "client.timeout exceeded while awaiting headers", source: "golang/go src/net/http/client.go" },
      // The same deadline hit while the body was still arriving (Go ≥ 1.23 adds "or context cancellation").
      { text: "client.timeout exceeded while reading body", source: "golang/go src/net/http/client.go" },
      {
        text: "client.timeout or context cancellation while reading body",
        source: "golang/go src/net/http/client.go",
      },
      // gRPC deadlines: grpc-java (`DEADLINE_EXCEEDED: CallOptions deadline exceeded after 9.99s`) and
      // grpc-js (`4 DEADLINE_EXCEEDED: Deadline exceeded after 10.002s`).
      {
        text: "deadline exceeded after",
        source: "grpc/grpc-java core/src/main/java/io/grpc/internal/ClientCallImpl.java",
      },
      // .NET HttpClient's overall deadline (the OpenTelemetry .NET exporter's TimeoutMilliseconds).
      {
        text: "the request was canceled due to the configured httpclient.timeout of",
        source: "dotnet/runtime src/libraries/System.Net.Http/src/Resources/Strings.resx",
      },
      // Ruby's Net::HTTP read timeout, retried by the Ruby OTLP exporter as "timeout".
      { text: "net::readtimeout", source: "ruby/net-protocol lib/net/protocol.rb" },
      // tonic's timeout layer (opentelemetry-otlp for Rust): `status: Cancelled, message: "Timeout expired"`.
      { text: "timeout expired", source: "hyperium/tonic tonic/src/status.rs" },
      // OkHttp's call timeout (the Java OTLP exporter's default sender): `InterruptedIOException: timeout`.
      {
        text: "interruptedioexception: timeout",
        source: "square/okhttp okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/connection/RealCall.kt",
      },
      // The JDK's HttpClient request timeout (its connect timeout, HttpConnectTimeoutException, is tcp.timeout).
      {
        text: "java.net.http.httptimeoutexception",
        source: "openjdk/jdk src/java.net.http/share/classes/java/net/http/HttpTimeoutException.java",
      },
    ],
  },
];
