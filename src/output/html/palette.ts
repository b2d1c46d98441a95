/** Colours of the HTML page: the box groups, the funnel signals, the heat map's blue. */
export const GROUP_COLOR = { pool: '#c6efce', middle: '#ffeb9c', risk: '#ffc7ce' } as const;
export const GROUP_INK = { pool: '#0b5d1e', middle: '#7a5a00', risk: '#9c0006' } as const;
export const FLAG_COLOR: Record<string, string> = {
  ABOVE_99_8: '#c0392b',
  ABOVE_95: '#e67e22',
  WITHIN: '#2e75b6',
  BELOW_95: '#e67e22',
  BELOW_99_8: '#c0392b',
};

/** Sequential blue for a share 0..1 (heat map). */
export function heat(share: number): string {
  if (share <= 0) return '#ffffff';
  const t = Math.min(1, share / 0.6);
  const mix = (a: number, b: number) => Math.round(a + (b - a) * t);
  return `rgb(${mix(234, 31)},${mix(243, 78)},${mix(251, 121)})`;
}
export const inkOn = (share: number) => (share / 0.6 > 0.55 ? '#ffffff' : '#1a1a1a');
