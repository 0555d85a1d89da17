// The probability of a `-m statistic --mode random` rule, as kube-proxy writes it and as the kernel
// keeps it. kube-proxy (pkg/proxy/iptables/proxier.go computeProbability) writes 1/n with
// fmt.Sprintf("%0.10f"). iptables (extensions/libxt_statistic.c) stores it as a 31-bit fraction:
// `probability = lround(0x80000000 * value)`, and iptables-save prints it back with
// `printf("%.11f", 1.0 * probability / 0x80000000)`. The kernel (xt_statistic.c) matches when
// `(get_random_u32() & 0x7FFFFFFF) < probability`.

/** kube-proxy's string for the i-th of n rules: 1/(n-i) with 10 decimals. */
export function writtenProbability(remaining: number): string {
  return (1 / remaining).toFixed(10);
}

/** What iptables stores for a written probability: lround(0x80000000 * value). */
export function kernelProbability(written: string): number {
  // lround rounds half away from zero; the values here are positive.
  return Math.round(0x80000000 * Number(written));
}

/** What iptables-save prints back for a stored value: %.11f of value / 2^31. */
export function savedProbability(kernel: number): string {
  return (kernel / 0x80000000).toFixed(11);
}

/** The kernel's test for one packet, given 31 random bits. */
export function statisticMatches(kernel: number, random31: number): boolean {
  return random31 < kernel;
}
