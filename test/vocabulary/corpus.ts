/**
 * Secret shapes inside realistic log and config lines: each with the secret parts that must vanish
 * and the hosts, tenant ids and names that must stay readable. Every value is made up here (a
 * deterministic mix of characters), never a real credential.
 */
export interface CorpusCase {
  name: string;
  line: string;
  secrets: string[];
  keep: string[];
}

/** A made-up string of `n` characters from `alphabet`, different for every `seed`. */
export function fake(n: number, seed: number, alphabet = "A1b2C3d4E5f6G7h8J9k0LmNpQrStUvWxYz"): string {
  let x = (seed * 2654435761) >>> 0 || 1;
  let out = "";
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out += alphabet[x % alphabet.length];
  }
  return out;
}
const hex = (n: number, seed: number) => fake(n, seed, "0123456789abcdef");
const b64 = (n: number, seed: number) =>
  fake(n, seed, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
const alnum = (n: number, seed: number) =>
  fake(n, seed, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
const upper = (n: number, seed: number) => fake(n, seed, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
const uuid = (seed: number) => {
  const h = hex(32, seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

const HOST = "prometheus-prod-24-prod-eu-west-2.grafana.net";
const TENANT = "1234567";

const pemBody = Array.from({ length: 6 }, (_, i) => b64(64, 900 + i)).join("\n");
const PEM_RSA = `-----BEGIN RSA PRIVATE KEY-----\n${pemBody}\n-----END RSA PRIVATE KEY-----`;
const pemJsonBody = Array.from({ length: 4 }, (_, i) => b64(64, 950 + i)).join("\\n");
const PEM_JSON = `-----BEGIN PRIVATE KEY-----\\n${pemJsonBody}\\n-----END PRIVATE KEY-----\\n`;
const ecBody = Array.from({ length: 3 }, (_, i) => b64(64, 970 + i)).join("\n      ");

const s = {
  glpat: `glpat-${alnum(20, 1)}`,
  dd: hex(32, 2),
  accountKey: `${b64(86, 3)}==`,
  splunk: uuid(4),
  privateKeyId: hex(40, 5),
  xoxb: `xoxb-${fake(12, 6, "0123456789")}-${fake(13, 7, "0123456789")}-${alnum(24, 8)}`,
  ghp: `ghp_${alnum(36, 9)}`,
  akia: `AKIA${upper(16, 10)}`,
  awsSecret: b64(40, 11).replace(/\+/g, "A"),
  aiza: `AIza${fake(35, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")}`,
  npm: `npm_${alnum(36, 13)}`,
  sendgrid: `SG.${alnum(22, 14)}.${alnum(43, 15)}`,
  shopify: `shpat_${hex(32, 16)}`,
  openai: `sk-proj-${alnum(48, 17)}`,
  anthropic: `sk-ant-api03-${fake(93, 18, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")}AA`,
  linear: `lin_api_${alnum(40, 19)}`,
  stripe: `sk_live_${alnum(24, 20)}`,
  vault: `hvs.${alnum(90, 21)}`,
  digitalocean: `dop_v1_${hex(64, 22)}`,
  newrelic: `NRAK-${upper(27, 23)}`,
  dynatrace: `dt0c01.${upper(24, 24)}.${alnum(64, 25)}`,
  databricks: `dapi${hex(32, 26)}`,
  pypi: `pypi-AgEIcHlwaS5vcmc${alnum(60, 27)}`,
  hf: `hf_${alnum(34, 28)}`,
  postman: `PMAK-${hex(24, 29)}-${hex(34, 30)}`,
  doppler: `dp.pt.${alnum(43, 31)}`,
  pulumi: `pul-${hex(40, 32)}`,
  atlassian: `ATATT3${alnum(186, 33)}`,
  alibaba: `LTAI${alnum(20, 34)}`,
  age: `AGE-SECRET-KEY-1${fake(58, 35, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}`,
  glc: `glc_${b64(60, 36).replace(/[+/]/g, "x")}`,
  glsa: `glsa_${alnum(32, 37)}_${hex(8, 38)}`,
  jwt: `eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI${alnum(30, 39)}.${alnum(40, 40)}`,
  urlPass: alnum(14, 41),
  pgPass: alnum(16, 42),
  mongoPass: alnum(18, 43),
  curlPass: alnum(12, 44),
  bearer: alnum(40, 45),
  basic: b64(28, 46),
  genie: uuid(47),
  ssws: alnum(42, 48),
  xApiKey: alnum(32, 49),
  honeycomb: alnum(22, 50),
  queryKey: alnum(24, 51),
  sasSig: `${b64(43, 52).replace(/[+/]/g, "Q")}%3D`,
  slackHook: alnum(24, 53),
  discordHook: alnum(68, 54),
  yamlPass: `${alnum(10, 55)}!#`,
  clientSecret: alnum(34, 56),
  hclPass: alnum(20, 57),
  exportSecret: alnum(30, 58),
  flagSecret: alnum(26, 59),
  flagPass: alnum(15, 60),
  hec: uuid(61),
  saslPass: alnum(22, 62),
  sqlPass: alnum(14, 63),
  redisPass: alnum(20, 64),
  boltValue: `Bearer ${alnum(30, 65)}`,
  nrLicense: `${hex(36, 66)}NRAL`,
  honeycombEnv: alnum(32, 67),
  otlpBasic: b64(40, 68).replace(/[+/]/g, "Z"),
  elastic: `${b64(60, 69).replace(/[+/]/g, "e")}==`,
  tokenTenant: alnum(44, 70),
  bearerTokenYaml: alnum(50, 71),
  gitlabEnv: `glpat-${alnum(20, 72)}`,
  passwordJson: alnum(18, 73),
  mysqlPass: alnum(12, 74),
  azureClientSecret: `${alnum(3, 75)}8Q~${fake(34, 76, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~.-")}`,
  sentry: `sntrys_${alnum(80, 77)}`,
  apiTokenHeader: alnum(36, 78),
  mimirKey: alnum(40, 79),
  promToken: alnum(30, 81),
};

export const CORPUS: CorpusCase[] = [
  {
    name: "Datadog key, _-joined env name",
    line: `DD_API_KEY=${s.dd} DD_SITE=datadoghq.eu`,
    secrets: [s.dd],
    keep: ["DD_SITE=datadoghq.eu"],
  },
  {
    name: "GitLab token in env",
    line: `export GITLAB_TOKEN=${s.glpat}  # for gitlab.example.com`,
    secrets: [s.glpat.slice(6)],
    keep: ["gitlab.example.com", "glpat-"],
  },
  {
    name: "GitLab token bare in a log",
    line: `level=error msg="clone failed" url=https://gitlab.example.com token ${s.gitlabEnv}`,
    secrets: [s.gitlabEnv.slice(6)],
    keep: ["gitlab.example.com"],
  },
  {
    name: "Azure storage connection string",
    line: `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=telemetrylogs;AccountKey=${s.accountKey};EndpointSuffix=core.windows.net"`,
    secrets: [s.accountKey],
    keep: ["AccountName=telemetrylogs", "core.windows.net"],
  },
  {
    name: "Authorization: Splunk <uuid>",
    line: `curl -k https://splunk-hec.example.com:8088/services/collector -H "Authorization: Splunk ${s.splunk}"`,
    secrets: [s.splunk],
    keep: ["splunk-hec.example.com:8088", "Splunk"],
  },
  {
    name: "GCP private_key_id in JSON",
    line: `{"type": "service_account", "project_id": "acme-observability", "private_key_id": "${s.privateKeyId}", "client_email": "grafana@acme-observability.iam.gserviceaccount.com"}`,
    secrets: [s.privateKeyId],
    keep: ["acme-observability", "grafana@acme-observability.iam.gserviceaccount.com"],
  },
  {
    name: "PEM private key (Prometheus tls_config.key)",
    line: `tls_config:\n  ca_file: /etc/prometheus/ca.pem\n  key: |\n    ${PEM_RSA.replace(/\n/g, "\n    ")}\n  server_name: ${HOST}`,
    secrets: [pemBody.split("\n")[0] ?? "", pemBody.split("\n")[5] ?? ""],
    keep: [HOST, "/etc/prometheus/ca.pem"],
  },
  {
    name: "JSON-embedded private key (GCP service account)",
    line: `"secureJsonData": {"privateKey": "${PEM_JSON}"}, "url": "https://${HOST}"`,
    secrets: [pemJsonBody.split("\\n")[0] ?? "", pemJsonBody.split("\\n")[3] ?? ""],
    keep: [HOST],
  },
  {
    name: "EC key in Grafana provisioning YAML",
    line: `    secureJsonData:\n      privateKey: |\n      -----BEGIN EC PRIVATE KEY-----\n      ${ecBody}\n      -----END EC PRIVATE KEY-----\n    jsonData:\n      defaultProject: acme-observability`,
    secrets: [b64(64, 970), b64(64, 972)],
    keep: ["acme-observability"],
  },
  {
    name: "Slack bot token",
    line: `SLACK_BOT_TOKEN=${s.xoxb} npm start`,
    secrets: [s.xoxb.slice(5)],
    keep: ["npm start"],
  },
  {
    name: "GitHub PAT in a git URL log",
    line: `fatal: unable to access 'https://github.com/acme/agent.git/': token ${s.ghp} rejected`,
    secrets: [s.ghp.slice(4)],
    keep: ["github.com/acme/agent.git"],
  },
  {
    name: "AWS access key id and secret",
    line: `aws_access_key_id = ${s.akia}\naws_secret_access_key = ${s.awsSecret}\nregion = eu-west-1`,
    secrets: [s.akia.slice(4), s.awsSecret],
    keep: ["eu-west-1"],
  },
  {
    name: "GCP API key in a query",
    line: `GET https://maps.googleapis.com/maps/api/geocode/json?address=x&key=${s.aiza} 403`,
    secrets: [s.aiza.slice(4)],
    keep: ["maps.googleapis.com"],
  },
  {
    name: "npm token in .npmrc",
    line: `//registry.npmjs.org/:_authToken=${s.npm}`,
    secrets: [s.npm.slice(4)],
    keep: ["registry.npmjs.org"],
  },
  {
    name: "SendGrid key",
    line: `SENDGRID_API_KEY='${s.sendgrid}'`,
    secrets: [s.sendgrid.slice(3)],
    keep: ["SENDGRID_API_KEY"],
  },
  {
    name: "Shopify access token",
    line: `X-Shopify-Access-Token: ${s.shopify}`,
    secrets: [s.shopify.slice(6)],
    keep: ["X-Shopify-Access-Token"],
  },
  {
    name: "OpenAI project key",
    line: `openai.AuthenticationError: Incorrect API key provided: ${s.openai}.`,
    secrets: [s.openai.slice(8)],
    keep: ["Incorrect API key provided"],
  },
  {
    name: "Anthropic key",
    line: `ANTHROPIC_API_KEY=${s.anthropic}`,
    secrets: [s.anthropic.slice(13)],
    keep: [],
  },
  {
    name: "Linear key",
    line: `linear: using key ${s.linear} for workspace acme`,
    secrets: [s.linear.slice(8)],
    keep: ["workspace acme"],
  },
  {
    name: "Stripe live key",
    line: `stripe.error.AuthenticationError: Invalid API Key provided: ${s.stripe}`,
    secrets: [s.stripe.slice(8)],
    keep: ["Invalid API Key provided"],
  },
  {
    name: "Vault token",
    line: `vault login ${s.vault} -address=https://vault.internal.example.com:8200`,
    secrets: [s.vault.slice(4)],
    keep: ["vault.internal.example.com:8200"],
  },
  {
    name: "DigitalOcean token",
    line: `doctl auth init --context acme --access-token ${s.digitalocean}`,
    secrets: [s.digitalocean.slice(7)],
    keep: ["--context acme"],
  },
  {
    name: "New Relic user key",
    line: `newrelic: api key ${s.newrelic} rejected by api.eu.newrelic.com`,
    secrets: [s.newrelic.slice(5)],
    keep: ["api.eu.newrelic.com"],
  },
  {
    name: "Dynatrace token",
    line: `Api-Token ${s.dynatrace} sent to abc12345.live.dynatrace.com`,
    secrets: [s.dynatrace.slice(7)],
    keep: ["abc12345.live.dynatrace.com"],
  },
  {
    name: "Databricks token",
    line: `databricks: 403 for token ${s.databricks} on adb-1234567890.1.azuredatabricks.net`,
    secrets: [s.databricks.slice(4)],
    keep: ["adb-1234567890.1.azuredatabricks.net"],
  },
  {
    name: "PyPI token",
    line: `twine upload -p ${s.pypi} dist/*`,
    secrets: [s.pypi.slice(20)],
    keep: ["dist/*"],
  },
  { name: "Hugging Face token", line: `HF_HUB_TOKEN set: ${s.hf}`, secrets: [s.hf.slice(3)], keep: [] },
  { name: "Postman key", line: `postman: x-api-key=${s.postman}`, secrets: [s.postman.slice(5)], keep: [] },
  {
    name: "Doppler token",
    line: `doppler run --token ${s.doppler} -- ./otelcol`,
    secrets: [s.doppler.slice(6)],
    keep: ["./otelcol"],
  },
  { name: "Pulumi token", line: `PULUMI_ACCESS_TOKEN: ${s.pulumi}`, secrets: [s.pulumi.slice(4)], keep: [] },
  {
    name: "Atlassian token",
    line: `jira: 401 with ${s.atlassian} for acme.atlassian.net`,
    secrets: [s.atlassian.slice(6)],
    keep: ["acme.atlassian.net"],
  },
  {
    name: "Alibaba access key id",
    line: `alibabacloud access_key_id=${s.alibaba} region=cn-hangzhou`,
    secrets: [s.alibaba.slice(4)],
    keep: ["region=cn-hangzhou"],
  },
  {
    name: "age secret key",
    line: `# created: 2024-05-01\n${s.age}`,
    secrets: [s.age.slice(16)],
    keep: ["created"],
  },
  {
    name: "Grafana Cloud access policy token in Alloy",
    line: `prometheus.remote_write "default" {\n  endpoint {\n    url = "https://${HOST}/api/prom/push"\n    basic_auth {\n      username = "${TENANT}"\n      password = "${s.glc}"\n    }\n  }\n}`,
    secrets: [s.glc.slice(4)],
    keep: [HOST, TENANT],
  },
  {
    name: "Grafana service account token",
    line: `GF_TOKEN=${s.glsa} curl https://grafana.example.com/api/dashboards`,
    secrets: [s.glsa.slice(5)],
    keep: ["grafana.example.com"],
  },
  {
    name: "JWT in a log",
    line: `level=warn component=auth msg="token expired" jwt=${s.jwt} tenant=${TENANT}`,
    secrets: [s.jwt],
    keep: [`tenant=${TENANT}`],
  },
  {
    name: "password in an https URL",
    line: `remote_write: url: https://${TENANT}:${s.urlPass}@${HOST}/api/prom/push`,
    secrets: [s.urlPass],
    keep: [HOST, TENANT],
  },
  {
    name: "postgres connection URL",
    line: `DATABASE_URL=postgres://grafana:${s.pgPass}@db.internal.example.com:5432/grafana?sslmode=require`,
    secrets: [s.pgPass],
    keep: ["db.internal.example.com:5432"],
  },
  {
    name: "mongodb+srv URL",
    line: `mongodb+srv://otel:${s.mongoPass}@cluster0.ab1cd.mongodb.net/metrics`,
    secrets: [s.mongoPass],
    keep: ["cluster0.ab1cd.mongodb.net"],
  },
  {
    name: "curl -u user:password",
    line: `curl -u ${TENANT}:${s.curlPass} https://${HOST}/api/prom/api/v1/query?query=up`,
    secrets: [s.curlPass],
    keep: [HOST, TENANT],
  },
  {
    name: "Authorization: Bearer",
    line: `< POST /api/v1/push HTTP/1.1\n< Authorization: Bearer ${s.bearer}\n< X-Scope-OrgID: ${TENANT}`,
    secrets: [s.bearer],
    keep: [`X-Scope-OrgID: ${TENANT}`],
  },
  {
    name: "Authorization: Basic in JSON",
    line: `{"headers":{"Authorization":"Basic ${s.basic}","X-Scope-OrgID":"${TENANT}"}}`,
    secrets: [s.basic],
    keep: [TENANT],
  },
  {
    name: "Authorization: GenieKey",
    line: `Authorization: GenieKey ${s.genie}`,
    secrets: [s.genie],
    keep: ["GenieKey"],
  },
  {
    name: "Authorization: SSWS (Okta)",
    line: `-H 'Authorization: SSWS ${s.ssws}' https://acme.okta.com/api/v1/users`,
    secrets: [s.ssws],
    keep: ["acme.okta.com"],
  },
  {
    name: "X-API-Key header",
    line: `X-API-Key: ${s.xApiKey}\nHost: otlp.example.com`,
    secrets: [s.xApiKey],
    keep: ["otlp.example.com"],
  },
  {
    name: "Honeycomb team header in Collector YAML",
    line: `exporters:\n  otlp:\n    endpoint: api.honeycomb.io:443\n    headers:\n      x-honeycomb-team: ${s.honeycomb}`,
    secrets: [s.honeycomb],
    keep: ["api.honeycomb.io:443"],
  },
  {
    name: "api_key in a query string",
    line: `GET /api/v1/series?match[]=up&api_key=${s.queryKey} HTTP/1.1`,
    secrets: [s.queryKey],
    keep: ["/api/v1/series"],
  },
  {
    name: "Azure SAS signature",
    line: `https://telemetrylogs.blob.core.windows.net/logs?sv=2022-11-02&ss=b&sig=${s.sasSig}`,
    secrets: [s.sasSig],
    keep: ["telemetrylogs.blob.core.windows.net"],
  },
  {
    name: "Slack webhook URL",
    line: `alertmanager: slack_api_url: https://hooks.slack.com/services/T0123ABCD/B0456EFGH/${s.slackHook}`,
    secrets: [s.slackHook],
    keep: ["hooks.slack.com"],
  },
  {
    name: "Discord webhook URL",
    line: `webhook_url: https://discord.com/api/webhooks/123456789012345678/${s.discordHook}`,
    secrets: [s.discordHook],
    keep: ["discord.com"],
  },
  {
    name: "YAML password",
    line: `basic_auth:\n  username: ${TENANT}\n  password: ${s.yamlPass}`,
    secrets: [s.yamlPass],
    keep: [TENANT],
  },
  {
    name: "JSON client_secret",
    line: `{"client_id":"otel-collector","client_secret":"${s.clientSecret}","token_url":"https://auth.example.com/oauth2/token"}`,
    secrets: [s.clientSecret],
    keep: ["otel-collector", "auth.example.com/oauth2/token"],
  },
  {
    name: "HCL password",
    line: `provider "grafana" {\n  url  = "https://grafana.example.com"\n  auth = "admin"\n  password = "${s.hclPass}"\n}`,
    secrets: [s.hclPass],
    keep: ["grafana.example.com"],
  },
  {
    name: "export of a _-joined secret",
    line: `export OTEL_CLIENT_SECRET="${s.exportSecret}"`,
    secrets: [s.exportSecret],
    keep: ["OTEL_CLIENT_SECRET"],
  },
  {
    name: "--flag=secret",
    line: `otelcol --config=/etc/otel.yaml --set=exporters.otlp.client-secret=${s.flagSecret}`,
    secrets: [s.flagSecret],
    keep: ["/etc/otel.yaml"],
  },
  {
    name: "--password value",
    line: `grafana-cli --homepath /usr/share/grafana admin reset-admin-password --password ${s.flagPass}`,
    secrets: [s.flagPass],
    keep: ["/usr/share/grafana"],
  },
  {
    name: "Splunk HEC token in Collector YAML",
    line: `exporters:\n  splunk_hec:\n    token: "${s.hec}"\n    endpoint: "https://splunk-hec.example.com:8088/services/collector"`,
    secrets: [s.hec],
    keep: ["splunk-hec.example.com:8088"],
  },
  {
    name: "Kafka sasl.password",
    line: `sasl.mechanism=PLAIN sasl.username=otel sasl.password=${s.saslPass} bootstrap.servers=kafka-1.example.com:9093`,
    secrets: [s.saslPass],
    keep: ["kafka-1.example.com:9093", "sasl.username=otel"],
  },
  {
    name: "SQL Server connection string",
    line: `Server=tcp:sql.example.com,1433;Database=metrics;User Id=grafana;Password=${s.sqlPass};Encrypt=true`,
    secrets: [s.sqlPass],
    keep: ["sql.example.com", "User Id=grafana"],
  },
  {
    name: "redis URL",
    line: `REDIS_URL=redis://default:${s.redisPass}@redis-12345.c1.eu-west-1.ec2.cloud.redislabs.com:12345`,
    secrets: [s.redisPass],
    keep: ["redis-12345.c1.eu-west-1.ec2.cloud.redislabs.com"],
  },
  {
    name: "Slack view state value (Bolt developer mode)",
    line: `{"type":"view_submission","view":{"state":{"values":{"probe_url":{"probe_url":{"type":"plain_text_input","value":"https://${HOST}"}},"probe_token":{"probe_token":{"type":"plain_text_input","value":"${s.boltValue}"}}}}}}`,
    secrets: [s.boltValue.slice(7)],
    keep: [HOST],
  },
  {
    name: "New Relic license key env",
    line: `NEW_RELIC_LICENSE_KEY=${s.nrLicense} NEW_RELIC_APP_NAME=checkout`,
    secrets: [s.nrLicense],
    keep: ["NEW_RELIC_APP_NAME=checkout"],
  },
  {
    name: "Honeycomb API key env",
    line: `HONEYCOMB_API_KEY: ${s.honeycombEnv}`,
    secrets: [s.honeycombEnv],
    keep: ["HONEYCOMB_API_KEY"],
  },
  {
    name: "OTLP headers env with Basic",
    line: `OTEL_EXPORTER_OTLP_HEADERS="Authorization=Basic%20${s.otlpBasic}" OTEL_EXPORTER_OTLP_ENDPOINT=https://otlp-gateway-prod-eu-west-2.grafana.net/otlp`,
    secrets: [s.otlpBasic],
    keep: ["otlp-gateway-prod-eu-west-2.grafana.net"],
  },
  {
    name: "Elastic ApiKey",
    line: `Authorization: ApiKey ${s.elastic}`,
    secrets: [s.elastic],
    keep: ["ApiKey"],
  },
  {
    name: "token= in logfmt beside a tenant",
    line: `ts=2024-05-01T10:00:00Z caller=push.go level=error org_id=${TENANT} token=${s.tokenTenant} msg="unauthorized"`,
    secrets: [s.tokenTenant],
    keep: [`org_id=${TENANT}`, "caller=push.go"],
  },
  {
    name: "Prometheus bearer_token",
    line: `  - url: https://${HOST}/api/prom/push\n    bearer_token: ${s.bearerTokenYaml}`,
    secrets: [s.bearerTokenYaml],
    keep: [HOST],
  },
  {
    name: "JSON password",
    line: `{"datasource":{"url":"http://loki.internal:3100","basicAuthUser":"${TENANT}","basicAuthPassword":"${s.passwordJson}"}}`,
    secrets: [s.passwordJson],
    keep: ["loki.internal:3100", TENANT],
  },
  {
    name: "mysql DSN",
    line: `dsn: "grafana:${s.mysqlPass}@tcp(mysql.example.com:3306)/grafana"`,
    secrets: [s.mysqlPass],
    keep: ["mysql.example.com:3306"],
  },
  {
    name: "Azure AD client secret",
    line: `AZURE_CLIENT_ID=${uuid(80)} secret ${s.azureClientSecret}`,
    secrets: [s.azureClientSecret.slice(8)],
    keep: ["AZURE_CLIENT_ID"],
  },
  {
    name: "Sentry auth token",
    line: `sentry-cli --url https://sentry.example.com releases new 1.2.3 with ${s.sentry}`,
    secrets: [s.sentry.slice(7)],
    keep: ["sentry.example.com"],
  },
  { name: "api-token header", line: `api-token: ${s.apiTokenHeader}`, secrets: [s.apiTokenHeader], keep: [] },
  {
    name: "mimirtool --key=",
    line: `mimirtool rules load rules.yaml --address=https://${HOST} --id=${TENANT} --key=${s.mimirKey}`,
    secrets: [s.mimirKey],
    keep: [HOST, `--id=${TENANT}`],
  },
  {
    name: "--bearer-token flag with a space",
    line: `promtool query instant --bearer-token ${s.promToken} https://${HOST}/api/prom up`,
    secrets: [s.promToken],
    keep: [HOST],
  },
];

/** Lines that hold no secret: they must come back unchanged. */
export const READABLE: string[] = [
  `url=https://${HOST}/api/prom/push X-Scope-OrgID: ${TENANT} err="server returned HTTP status 401 Unauthorized"`,
  "bearer_token_file: /var/run/secrets/kubernetes.io/serviceaccount/token",
  "token_url: https://auth.example.com/oauth2/token",
  "max_tokens: 4096",
  "password_file: /etc/grafana/admin_password",
  `tenant_id: ${TENANT}`,
  "secretName: grafana-cloud-credentials",
  "auth:\n  authenticator: basicauth/client",
  'level=info msg="loaded credentials from env" source=env',
  "  key_file: /etc/prometheus/client.key",
  "Authorization: Bearer <token>",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell-style reference, as people write it in configs
  "password: ${GRAFANA_CLOUD_TOKEN}",
  'credentials = env("XSCALER_TOKEN")',
  "token: |",
  "curl --cert client.crt --key /etc/ssl/client.key https://otlp.example.com/v1/metrics",
];
