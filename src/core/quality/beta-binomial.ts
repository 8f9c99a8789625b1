// Exact tails of the beta-binomial: a count over n respondents when units differ among themselves beyond chance.

/** ln Γ(x) for x > 0 (Lanczos, g = 7; relative error below 1e-13). */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
    9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * P(X ≥ k) for X ~ BetaBinomial(n, mean, rho): each unit has its own rate drawn from a beta law with this mean and
 * intra-unit correlation rho (rho → 0 is the binomial). Summed exactly over the pmf, no normal approximation.
 */
export function betaBinomialUpperTail(k: number, n: number, mean: number, rho: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  const mu = Math.min(1 - 1e-9, Math.max(1e-9, mean));
  const r = Math.min(0.999, Math.max(1e-9, rho));
  const alpha = (mu * (1 - r)) / r,
    beta = ((1 - mu) * (1 - r)) / r;
  const logBeta = (a: number, b: number): number => logGamma(a) + logGamma(b) - logGamma(a + b);
  const logPmf = (j: number): number => logGamma(n + 1) - logGamma(j + 1) - logGamma(n - j + 1) + logBeta(j + alpha, n - j + beta) - logBeta(alpha, beta);
  // Sum upwards from k with the pmf's ratio recurrence.
  let log = logPmf(k),
    sum = 0;
  for (let j = k; j <= n; j++) {
    sum += Math.exp(log);
    log += Math.log(((n - j) / (j + 1)) * ((j + alpha) / (n - j - 1 + beta)));
  }
  return Math.min(1, sum);
}
