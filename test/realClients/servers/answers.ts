import type { OutgoingHttpHeaders } from "node:http";
import type { Mode } from "../expectedSymptoms.ts";

export interface HttpAnswer {
  status: number;
  contentType: string;
  body: string;
  headers?: Record<string, string>;
  /**
   * What a gRPC backend answers for the same rejection: the gRPC status the HTTP code maps to, with the
   * same message. Absent: a proxy in front answers the gRPC client with the plain HTTP page.
   */
  grpcStatus?: number;
}

const nginx502 =
  "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n";

export const answers = {
  "http-400-no-org-id": {
    status: 400,
    contentType: "text/plain; charset=utf-8",
    body: "no org id\n",
    grpcStatus: 3,
  },
  "http-401": {
    status: 401,
    contentType: "text/plain; charset=utf-8",
    body: "Unauthorized\n",
    grpcStatus: 16,
  },
  "http-403": { status: 403, contentType: "text/plain; charset=utf-8", body: "Forbidden\n", grpcStatus: 7 },
  "http-404": {
    status: 404,
    contentType: "text/plain; charset=utf-8",
    body: "404 page not found\n",
    grpcStatus: 12,
  },
  "http-413": {
    status: 413,
    contentType: "text/plain; charset=utf-8",
    body: "request body too large\n",
    grpcStatus: 8,
  },
  "http-429": {
    status: 429,
    contentType: "text/plain; charset=utf-8",
    body: "Too Many Requests\n",
    headers: { "retry-after": "1" },
    grpcStatus: 8,
  },
  "http-500": {
    status: 500,
    contentType: "text/plain; charset=utf-8",
    body: "Internal Server Error\n",
    grpcStatus: 13,
  },
  "http-502": { status: 502, contentType: "text/html", body: nginx502 },
  "http-503": {
    status: 503,
    contentType: "text/plain; charset=utf-8",
    body: "Service Unavailable\n",
    grpcStatus: 14,
  },
} as const satisfies Partial<Record<Mode, HttpAnswer>>;

export function grpcAnswer(
  answer: HttpAnswer,
  path: string,
): { headers: OutgoingHttpHeaders; body?: string } {
  if (answer.grpcStatus === undefined)
    return { headers: { ":status": answer.status, "content-type": answer.contentType }, body: answer.body };
  // A gRPC server that has no such method says so the way grpc-go does, naming the service.
  const message =
    answer.grpcStatus === 12 ? `unknown service ${path.split("/")[1] ?? ""}` : answer.body.trim();
  return {
    headers: {
      ":status": 200,
      "content-type": "application/grpc",
      "grpc-status": String(answer.grpcStatus),
      "grpc-message": encodeURIComponent(message),
      ...answer.headers,
    },
  };
}
