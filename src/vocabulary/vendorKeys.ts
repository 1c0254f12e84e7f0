/**
 * Vendor key formats: a fixed prefix (kept visible, so people can tell which kind of key it was)
 * and a body (masked). The shapes follow secretlint's recommended preset (AWS, GCP, GitHub, Slack,
 * npm, SendGrid, Shopify, OpenAI, Anthropic, Linear, 1Password) and, for what it lacks, gitleaks'
 * default rules (config/gitleaks.toml): GitLab, Grafana, Vault, Stripe, DigitalOcean, New Relic,
 * Dynatrace, Databricks, PyPI, Hugging Face, Postman, Doppler, Pulumi, Atlassian, Alibaba, Azure AD,
 * age, Sentry and more. Written here as our own bounded patterns; test/vocabulary verifies every
 * secretlint finding in the corpus is masked.
 *
 * Every entry is `prefix` (a regex source, no groups) and `body` (a bounded character class run).
 */
export interface VendorKey {
  name: string;
  prefix: string;
  body: string;
}

export const VENDOR_KEYS: readonly VendorKey[] = [
  { name: "grafana-cloud", prefix: "glc_", body: "[A-Za-z0-9+/=_-]{16,4096}" },
  { name: "grafana-service-account", prefix: "glsa_", body: "[A-Za-z0-9_]{16,512}" },
  { name: "grafana-api-key", prefix: "eyJrIjoi", body: "[A-Za-z0-9+/=]{20,512}" },
  {
    name: "gitlab",
    prefix: "gl(?:pat|dt|rt|ptt|ft|imt|agent|oas|cbt|soat|ffct)-",
    body: "[A-Za-z0-9_.-]{20,256}",
  },
  { name: "gitlab-runner", prefix: "GR1348941", body: "[A-Za-z0-9_-]{20,64}" },
  { name: "github", prefix: "gh[posur]_", body: "[A-Za-z0-9]{20,255}" },
  { name: "github-fine-grained", prefix: "github_pat_", body: "[A-Za-z0-9_]{20,255}" },
  { name: "slack", prefix: "xox[abposr]-", body: "[A-Za-z0-9-]{8,512}" },
  { name: "slack-app", prefix: "xapp-", body: "[A-Za-z0-9-]{8,512}" },
  { name: "slack-config", prefix: "xoxe(?:\\.xox[bp])?-", body: "[A-Za-z0-9-]{8,512}" },
  { name: "aws-access-key", prefix: "(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])", body: "[A-Z2-7]{16}\\b" },
  { name: "gcp-api-key", prefix: "AIza", body: "[A-Za-z0-9_-]{35}" },
  { name: "google-oauth-access", prefix: "ya29\\.", body: "[A-Za-z0-9_-]{20,2048}" },
  { name: "google-oauth-secret", prefix: "GOCSPX-", body: "[A-Za-z0-9_-]{20,64}" },
  { name: "npm", prefix: "npm_", body: "[A-Za-z0-9]{36}" },
  { name: "sendgrid", prefix: "SG\\.", body: "[A-Za-z0-9_-]{16,128}\\.[A-Za-z0-9_-]{16,128}" },
  { name: "shopify", prefix: "shp(?:at|ca|pa|ss)_", body: "[a-fA-F0-9]{32,64}" },
  { name: "anthropic", prefix: "sk-ant-(?:api|admin)0\\d-", body: "[A-Za-z0-9_-]{80,160}" },
  { name: "openai", prefix: "sk-(?:proj|svcacct|admin|None)-", body: "[A-Za-z0-9_-]{20,300}" },
  { name: "openai-legacy", prefix: "sk-", body: "[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}" },
  { name: "linear", prefix: "lin_(?:api|oauth)_", body: "[A-Za-z0-9]{32,128}" },
  { name: "1password-service", prefix: "ops_", body: "eyJ[A-Za-z0-9+/=]{100,2048}" },
  {
    name: "1password-secret-key",
    prefix: "A3-",
    body: "[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}",
  },
  { name: "vault", prefix: "hv[sbr]\\.", body: "[A-Za-z0-9_-]{20,512}" },
  { name: "stripe", prefix: "(?:sk|rk|pk)_(?:live|test)_", body: "[A-Za-z0-9]{16,247}" },
  { name: "stripe-webhook", prefix: "whsec_", body: "[A-Za-z0-9]{24,64}" },
  { name: "digitalocean", prefix: "do[opr]_v1_", body: "[a-f0-9]{64}" },
  { name: "new-relic", prefix: "NR(?:AK|II|JS|AA)-", body: "[A-Za-z0-9]{19,40}" },
  { name: "dynatrace", prefix: "dt0[a-z]\\d{2}\\.", body: "[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64}" },
  { name: "databricks", prefix: "dapi", body: "[a-f0-9]{32}(?:-\\d)?\\b" },
  { name: "pypi", prefix: "pypi-AgEIcHlwaS5vcmc", body: "[A-Za-z0-9_-]{50,512}" },
  { name: "huggingface", prefix: "hf_", body: "[A-Za-z0-9]{34}" },
  { name: "postman", prefix: "PMAK-", body: "[a-f0-9]{24}-[a-f0-9]{34}" },
  { name: "doppler", prefix: "dp\\.(?:pt|st|sa|ct|scim|audit)\\.", body: "[A-Za-z0-9]{40,64}" },
  { name: "pulumi", prefix: "pul-", body: "[a-f0-9]{40}" },
  { name: "atlassian", prefix: "ATATT3", body: "[A-Za-z0-9_=-]{100,300}" },
  { name: "alibaba", prefix: "LTAI", body: "[A-Za-z0-9]{12,24}\\b" },
  { name: "azure-ad-client-secret", prefix: "[A-Za-z0-9_~.]{3}\\dQ~", body: "[A-Za-z0-9_~.-]{31,34}" },
  { name: "age", prefix: "AGE-SECRET-KEY-1", body: "[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}" },
  { name: "sentry", prefix: "sntry[su]_", body: "[A-Za-z0-9+/=_-]{40,512}" },
  { name: "terraform-cloud", prefix: "[A-Za-z0-9]{14}\\.atlasv1\\.", body: "[A-Za-z0-9_=-]{60,90}" },
  { name: "rubygems", prefix: "rubygems_", body: "[a-f0-9]{48}" },
  { name: "figma", prefix: "figd_", body: "[A-Za-z0-9_-]{40}" },
  { name: "brevo", prefix: "xkeysib-", body: "[a-f0-9]{64}-[A-Za-z0-9]{16}" },
  { name: "mailgun", prefix: "key-", body: "[a-f0-9]{32}\\b" },
  { name: "twilio", prefix: "SK", body: "[a-f0-9]{32}\\b" },
  { name: "clojars", prefix: "CLOJARS_", body: "[A-Za-z0-9]{60}" },
  { name: "planetscale", prefix: "pscale_(?:tkn|oauth|pw)_", body: "[A-Za-z0-9_.=-]{32,64}" },
  { name: "heroku", prefix: "HRKU-", body: "[A-Za-z0-9_-]{60}" },
  { name: "honeycomb", prefix: "hc[a-z]ik_", body: "[a-z0-9]{20,80}" },
];
