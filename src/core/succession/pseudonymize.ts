/**
 * The succession result with every NIP (incumbents, candidates, roster post codes `R-<NIP>`)
 * replaced by its pseudonym and incumbents' names and birth dates removed. Candidates' names
 * come from the classify result, pseudonymised apart (pseudonymizeResult). Pure.
 */
import type { SuccessionResult } from './types.js';

export function pseudonymizeSuccession(s: SuccessionResult, p: (nip: string) => string): SuccessionResult {
  const code = (c: string) => (c.startsWith('R-') ? `R-${p(c.slice(2))}` : c);
  return {
    ...s,
    posts: s.posts.map((r) => ({
      ...r,
      post: { ...r.post, code: code(r.post.code), incumbentNips: r.post.incumbentNips.map(p) },
      incumbents: r.incumbents.map((x) => ({ ...x, nip: p(x.nip), name: '', birthDate: null })),
      chainFrom: r.chainFrom.map(code),
    })),
    nominees: s.nominees.map((c) => ({ ...c, post: code(c.post), nip: p(c.nip) })),
    retirements: s.retirements.map((r) => ({ ...r, nip: p(r.nip), postCode: r.postCode === null ? null : code(r.postCode) })),
    issues: s.issues.map((i) => ({
      ...i,
      value: i.value !== null && /^\d{18}$/.test(i.value) ? p(i.value) : i.value,
      ...(i.params ? { params: Object.fromEntries(Object.entries(i.params).map(([k, v]) => [k, typeof v === 'string' ? code(v) : v])) } : {}),
    })),
  };
}
