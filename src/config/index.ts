export { analyseConfig, TOKEN_PLACEHOLDER } from "./analyseConfig.ts";
export type {
  ConfigBlock,
  ConfigCorrection,
  ConfigFinding,
  ConfigKind,
  ConfigReport,
} from "./ConfigReport.ts";
export {
  CONFIG_RULE_IDS,
  CONFIG_RULES,
  type ConfigRule,
  type ConfigRuleId,
  configRule,
} from "./configRules.ts";
export { renderConfigReportText } from "./renderConfigReportText.ts";
