import type { FailureClass } from "./FailureClass.ts";

const MOTO = "getmoto/moto moto/core/exceptions.py";

/**
 * The endpoint answered, and said no to who is asking. Two kinds, because the fixes differ:
 * "unauthenticated" is credentials that are missing, wrong, expired or badly signed (fix the key or
 * token the exporter sends); "forbidden" is credentials that were recognised but lack a permission
 * (fix the role or policy). HTTP 401/403 and the bare gRPC codes are found from codes elsewhere; these
 * are the words SDKs and cloud APIs put around them.
 */
export const authClasses: readonly FailureClass[] = [
  {
    id: "auth.unauthenticated",
    layer: "auth",
    summary:
      "the endpoint rejected the credentials: the API key or token is missing, wrong, expired, or signed with the wrong secret",
    confirm:
      "send one request with the same credentials by hand (`curl -v -H 'Authorization: …' <endpoint>`, or `aws sts get-caller-identity` for AWS keys): a 401 or an invalid-token answer confirms it; check the header name, the value (no quotes or trailing newline) and that the key is current",
    wordings: [
      // The Datadog agent's forwarder on a 403 from intake: the API key is not accepted.
      {
        text: "api key invalid, dropping transaction",
        source: "DataDog/datadog-agent comp/forwarder/defaultforwarder/transaction/transaction.go",
      },
      // gRPC's Unauthenticated (16) as each runtime prints the code: grpc-go `rpc error: code =
      // Unauthenticated desc = …`, grpc-js `16 UNAUTHENTICATED: …`, grpcio `StatusCode.UNAUTHENTICATED`,
      // grpc-java `StatusRuntimeException: UNAUTHENTICATED: …`.
      { text: "code = unauthenticated", source: "grpc/grpc-go codes/code_string.go" },
      { text: "16 unauthenticated", source: "grpc/grpc-node packages/grpc-js/src/call.ts" },
      { text: "statuscode.unauthenticated", source: "grpc/grpc src/python/grpcio/grpc/__init__.py" },
      {
        text: "statusruntimeexception: unauthenticated",
        source: "grpc/grpc-java api/src/main/java/io/grpc/Status.java",
      },
      // AWS (CloudWatch Logs, X-Ray, Kinesis, S3 exporters; SigV4 auth): unknown key, bad session token,
      // wrong secret.
      {
        text: "unrecognizedclientexception",
        source: "boto/botocore botocore/data/logs/2014-03-28/service-2.json",
      },
      { text: "the security token included in the request is invalid", source: MOTO },
      { text: "invalidclienttokenid", source: MOTO },
      {
        text: "the request signature we calculated does not match the signature you provided",
        source: MOTO,
      },
      { text: "aws was not able to validate the provided access credentials", source: MOTO },
      // STS (web identity, IRSA) and the services behind it: `ExpiredTokenException: The security token
      // included in the request is expired`.
      { text: "expiredtokenexception", source: "boto/botocore botocore/data/sts/2011-06-15/service-2.json" },
      // An OAuth2 token endpoint refusing the client's id/secret or its grant (RFC 6749 error codes), as
      // golang.org/x/oauth2 prints them for the collector's oauth2client extension.
      { text: 'oauth2: "invalid_client"', source: "golang/oauth2 token.go" },
      { text: 'oauth2: "invalid_grant"', source: "golang/oauth2 token.go" },
      // Google's client libraries finding no credentials at all (the googlecloud exporter, Pub/Sub).
      {
        text: "your default credentials were not found",
        source: "googleapis/google-auth-library-python google/auth/_default.py",
      },
    ],
  },
  {
    id: "auth.forbidden",
    layer: "auth",
    summary:
      "the endpoint accepted who is asking but refused the permission: the key, token or role is not allowed to write there",
    confirm:
      "look at the identity and the action the error names (`… is not authorized to perform: <action> on resource: …`, or the scope a token carries); grant that permission to the role, key or token the exporter uses",
    wordings: [
      // gRPC's PermissionDenied (7): grpc-go spells it `code = PermissionDenied`; grpc-java, grpc-js,
      // grpcio and Google's JSON errors (`"status": "PERMISSION_DENIED"`) use the enum name.
      { text: "code = permissiondenied", source: "grpc/grpc-go codes/code_string.go" },
      { text: "permission_denied", source: "grpc/grpc-java api/src/main/java/io/grpc/Status.java" },
      // AWS IAM: `User: arn:aws:iam::123456789012:user/otel is not authorized to perform: logs:PutLogEvents`.
      { text: "is not authorized to perform", source: MOTO },
    ],
  },
];
