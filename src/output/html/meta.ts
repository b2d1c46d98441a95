/** What the one-page HTML report is told besides the result and the audit. */
export interface HtmlMeta {
  toolVersion: string;
  /** NIPs replaced by pseudonyms, names removed */
  pseudonymized: boolean;
  /** talent-pool rows shown (default 10) */
  top?: number;
  /** heat-map rows at most (default 16; the units that differ most are kept) */
  maxUnits?: number;
}
