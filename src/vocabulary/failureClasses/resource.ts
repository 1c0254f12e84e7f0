import type { FailureClass } from "./FailureClass.ts";

/** The process itself ran out of something: memory, or file descriptors (sockets count as files). */
export const resourceClasses: readonly FailureClass[] = [
  {
    id: "resource.memory",
    layer: "resource",
    summary:
      "the process ran out of memory, or the collector's memory limiter is refusing data to stay under its limit",
    confirm:
      "check the container's memory limit and restarts (`kubectl describe pod` shows OOMKilled), and the collector's memory_limiter limit_mib / spike_limit_mib against that limit",
    wordings: [
      // The collector's memory_limiter refusing data (receivers return it to senders).
      {
        text: "data refused due to high memory usage",
        source: "open-telemetry/opentelemetry-collector internal/memorylimiter/memorylimiter.go",
      },
      {
        text: "memory usage is above hard limit",
        source: "open-telemetry/opentelemetry-collector internal/memorylimiter/memorylimiter.go",
      },
      {
        text: "memory usage is above soft limit",
        source: "open-telemetry/opentelemetry-collector internal/memorylimiter/memorylimiter.go",
      },
      // Go's runtime, Node's V8 ("JavaScript heap out of memory") and curl all say this.
      { text: "out of memory", source: "curl/curl lib/strerror.c" },
      { text: "cannot allocate memory", source: "golang/sys unix/zerrors_linux_amd64.go" },
      { text: "not enough memory", source: "libuv/libuv include/uv.h" },
      // java.lang.OutOfMemoryError, named in OkHttp's own docs for buffering whole bodies.
      {
        text: "outofmemoryerror",
        source: "square/okhttp okhttp/src/commonJvmAndroid/kotlin/okhttp3/ResponseBody.kt",
      },
      // .NET's System.OutOfMemoryException.
      {
        text: "outofmemoryexception",
        source: "dotnet/runtime src/libraries/System.Private.CoreLib/src/System/OutOfMemoryException.cs",
      },
      // Kubernetes' container status reason, as the semantic conventions list it.
      { text: "oomkilled", source: "open-telemetry/opentelemetry-go semconv/v1.36.0/attribute_group.go" },
    ],
  },
  {
    id: "resource.file-descriptors",
    layer: "resource",
    summary: "the process hit its open-file limit (every socket is a file descriptor)",
    confirm:
      "`ulimit -n` for the process (or `cat /proc/<pid>/limits`) against `ls /proc/<pid>/fd | wc -l`; raise the limit or find the connection leak",
    wordings: [
      { text: "too many open files", source: "libuv/libuv include/uv.h" },
      { text: "too many open files in system", source: "golang/sys unix/zerrors_linux_amd64.go" },
    ],
  },
];
