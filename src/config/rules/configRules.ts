import { alloyCredentialsBearer } from "./alloy-credentials-bearer.ts";
import { authorizationBearerPrefix } from "./authorization-bearer-prefix.ts";
import { basicAuthInsteadOfBearer } from "./basic-auth-instead-of-bearer.ts";
import type { ConfigRule } from "./ConfigRule.ts";
import { grafanaBasicAuth } from "./grafana-basic-auth.ts";
import { grafanaUrlPrometheusPath } from "./grafana-url-prometheus-path.ts";
import { insecureSkipVerify } from "./insecure-skip-verify.ts";
import { missingTenantHeader } from "./missing-tenant-header.ts";
import { otlpEndpointForeignPort } from "./otlp-endpoint-foreign-port.ts";
import { otlpEndpointPort } from "./otlp-endpoint-port.ts";
import { otlpEnvEndpointPath } from "./otlp-env-endpoint-path.ts";
import { otlpEnvHeadersFormat } from "./otlp-env-headers-format.ts";
import { otlpGrpcEndpointPath } from "./otlp-grpc-endpoint-path.ts";
import { otlpPortProtocol } from "./otlp-port-protocol.ts";
import { otlphttpEndpointPath } from "./otlphttp-endpoint-path.ts";
import { pushUrlPath } from "./push-url-path.ts";
import { queueConfig429 } from "./queue-config-429.ts";
import { tlsInsecureOnHttps } from "./tls-insecure-on-https.ts";
import { tokenWhitespace } from "./token-whitespace.ts";

/**
 * Every config rule, in the order they run on a target (and so the order their fixes are tried in
 * when a whole block is corrected). A rule is one file under src/config/rules/.
 */
export const CONFIG_RULES = [
  pushUrlPath,
  missingTenantHeader,
  authorizationBearerPrefix,
  tokenWhitespace,
  basicAuthInsteadOfBearer,
  alloyCredentialsBearer,
  otlphttpEndpointPath,
  otlpPortProtocol,
  otlpEndpointPort,
  otlpEndpointForeignPort,
  otlpEnvEndpointPath,
  otlpEnvHeadersFormat,
  otlpGrpcEndpointPath,
  grafanaUrlPrometheusPath,
  grafanaBasicAuth,
  insecureSkipVerify,
  tlsInsecureOnHttps,
  queueConfig429,
] as const satisfies readonly ConfigRule[];

export type ConfigRuleId = (typeof CONFIG_RULES)[number]["id"];

export const CONFIG_RULE_IDS: readonly ConfigRuleId[] = CONFIG_RULES.map((r) => r.id);

export function configRule(id: ConfigRuleId): ConfigRule {
  const rule = CONFIG_RULES.find((r) => r.id === id);
  if (rule === undefined) throw new Error(`unknown config rule ${id}`);
  return rule;
}
