/**
 * Bench strength, pipeline health and risk (docs/rules.md §12.8). Pure.
 */
import { RISK_LEVELS, type Health, type RiskLevel, type SuccessionParams } from './params.js';
import type { Band, BenchStatus } from './types.js';

export interface BenchCounts {
  readyNow: number;
  ready12: number;
  ready3: number;
  verify: number;
}

/** Infor's three states: someone ready now; only future successors; none. */
export function benchStatus(b: BenchCounts): BenchStatus {
  return b.readyNow > 0 ? 'ADA_SIAP_SEKARANG' : b.ready12 + b.ready3 > 0 ? 'SIAP_MASA_DEPAN' : 'TANPA_SUKSESOR';
}

/**
 * Pipeline health against the seats (SIMATA-AB): SEHAT when ready-now ≥ seats; CUKUP when
 * ready-now + ready in 1–2 years ≥ seats; PERLU_PERHATIAN when there is any candidate; BERISIKO
 * when none.
 */
export function pipelineHealth(b: BenchCounts, seats: number): Health {
  if (b.readyNow >= seats) return 'SEHAT';
  if (b.readyNow + b.ready12 >= seats) return 'CUKUP';
  if (b.readyNow + b.ready12 + b.ready3 > 0) return 'PERLU_PERHATIAN';
  return 'BERISIKO';
}

/**
 * Risk = matrix[band][health] (profile data), raised one level for a critical post when
 * `risk.raiseIfCritical`, capped at KRITIS. TANPA_TANGGAL uses the DI_LUAR_HORIZON row.
 */
export function riskOf(band: Band, health: Health, critical: boolean, p: SuccessionParams): RiskLevel {
  const row = band === 'TANPA_TANGGAL' ? 'DI_LUAR_HORIZON' : band;
  const base = p.risk.matrix[row][health];
  if (!critical || !p.risk.raiseIfCritical) return base;
  return RISK_LEVELS[Math.min(RISK_LEVELS.indexOf(base) + 1, RISK_LEVELS.length - 1)]!;
}
