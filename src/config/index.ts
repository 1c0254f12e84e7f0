export { analyseConfig, TOKEN_PLACEHOLDER } from "./analyseConfig.ts";
export type {
  ConfigBlock,
  ConfigCorrection,
  ConfigFinding,
  ConfigKind,
  ConfigReport,
} from "./ConfigReport.ts";
export { renderConfigReportText } from "./renderConfigReportText.ts";
export type { ConfigRule } from "./rules/ConfigRule.ts";
export {
  CONFIG_RULE_IDS,
  CONFIG_RULES,
  type ConfigRuleId,
  configRule,
} from "./rules/configRules.ts";
