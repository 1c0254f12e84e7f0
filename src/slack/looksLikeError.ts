const ERROR_WORDS =
  /\b(?:error|err=|errors?|fail(?:ed|ure|s)?|refused|denied|unauthori[sz]ed|forbidden|timed? ?out|timeout|exception|panic|invalid|unavailable|rejected|dropp(?:ed|ing)|x509|status(?: code)?[ :=]*[45]\d\d|[45]\d\d (?:bad request|unauthorized|forbidden|not found|too many requests|internal server error|bad gateway|service unavailable|gateway timeout))\b/i;

/** Whether a channel message reads like an error report (the bot only answers those unasked). */
export function looksLikeError(text: string): boolean {
  return ERROR_WORDS.test(text);
}
