import type { FailureClass } from "./FailureClass.ts";

/**
 * A request or message over a size limit: an HTTP 413 body or reason, or a gRPC max message size.
 * The limit can be on either side (the sender's max send size, the receiver's max receive size,
 * or a proxy's body limit in between).
 */
export const sizeClasses: readonly FailureClass[] = [
  {
    id: "size.too-large",
    layer: "size",
    summary:
      "a request or message was larger than a limit on the way (the receiver's max message or body size, or a proxy's)",
    confirm:
      "compare the batch size with the limits: the exporter's batch settings (send_batch_max_size, max_export_batch_size), the receiver's max_recv_msg_size_mib / max_request_body_size, and any proxy body limit (nginx client_max_body_size)",
    wordings: [
      // HTTP 413 reason phrases, as servers and proxies print them.
      { text: "request entity too large", source: "fluent/fluent-bit lib/monkey/include/monkey/mk_header.h" },
      // Jaeger's UDP agent protocol: a batch or span over the packet size (the Go SDK's Jaeger
      // exporter, the Jaeger clients' ThriftSender), and EMSGSIZE from sendto.
      {
        text: "does not fit within one udp packet",
        source: "open-telemetry/opentelemetry-go exporters/jaeger/agent.go",
      },
      {
        text: "received a span that was too large",
        source:
          "jaegertracing/jaeger-client-java jaeger-thrift/src/main/java/io/jaegertracing/thrift/internal/senders/ThriftSender.java",
      },
      { text: "message too long", source: "libuv/libuv include/uv.h" },
      { text: "payload too large", source: "fluent/fluent-bit lib/nghttp2-1.65.0/src/http2.cc" },
      // RFC 9110's name for 413, which Python ≥ 3.13 and newer servers print.
      { text: "content too large", source: "python/cpython Lib/http/__init__.py" },
      {
        text: "client intended to send too large body",
        source: "nginx/nginx src/http/ngx_http_core_module.c",
      },
      { text: "request header fields too large", source: "golang/go src/net/http/server.go" },
      // Go's http.MaxBytesReader, which the collector's OTLP/HTTP receiver uses for max_request_body_size.
      { text: "http: request body too large", source: "golang/go src/net/http/request.go" },
      // The same limit met by a compressed body once inflated.
      {
        text: "decoded size exceeds max request body size",
        source: "open-telemetry/opentelemetry-collector config/confighttp/compression.go",
      },
      // opentelemetry-python's OTLP/HTTP exporter drops a batch over its own max_request_size.
      {
        text: "bytes exceeds max_request_size",
        source:
          "open-telemetry/opentelemetry-python exporter/opentelemetry-exporter-otlp-proto-http/src/opentelemetry/exporter/otlp/proto/http/trace_exporter/__init__.py",
      },
      { text: "message head is too large", source: "hyperium/hyper src/error.rs" },
      // gRPC, receive and send sides.
      { text: "received message larger than max", source: "grpc/grpc-go rpc_util.go" },
      { text: "message after decompression larger than max", source: "grpc/grpc-go rpc_util.go" },
      { text: "trying to send message larger than max", source: "grpc/grpc-go stream.go" },
      {
        text: "sent message larger than max",
        source: "grpc/grpc-node packages/grpc-js/src/server-interceptors.ts",
      },
      {
        text: "grpc message exceeds maximum size",
        source: "grpc/grpc-java core/src/main/java/io/grpc/internal/MessageDeframer.java",
      },
      {
        text: "received message exceeds the maximum configured message size",
        source: "grpc/grpc-dotnet src/Grpc.Net.Client/Internal/StreamExtensions.cs",
      },
      {
        text: "sending message exceeds the maximum configured message size",
        source: "grpc/grpc-dotnet src/Grpc.Net.Client/Internal/GrpcCallSerializationContext.cs",
      },
      { text: "decoded message length too large", source: "hyperium/tonic tonic/src/codec/decode.rs" },
      // The same check in tonic 0.8 and before, which said neither "decoded" nor "encoded".
      { text: "error, message length too large", source: "hyperium/tonic tonic/src/codec/decode.rs" },
      // Kafka (the collector's kafka exporter, via sarama): the broker's message.max.bytes.
      { text: "message was too large, server rejected it", source: "IBM/sarama errors.go" },
      { text: "encoded message length too large", source: "hyperium/tonic tonic/src/codec/encode.rs" },
    ],
  },
];
