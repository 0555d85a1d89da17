// Reference solution: each way to reach step i ends with a 1-step from i−1 or a 2-step from i−2,
// so ways(i) = ways(i−1) + ways(i−2), with ways(0) = ways(1) = 1 (Fibonacci, shifted by one).
// Only the last two values are needed, so keep two variables instead of a table.
//
// Time: O(n) additions. Space: O(1).
// Exact in a JS number up to n = 78 (ways(78) < 2^53); the puzzle asks n ≤ 45 (LeetCode 70).
// For bigger n use BigInt, and for huge n the O(log n) matrix power / fast doubling.

export function climbStairs(n: number): number {
  let prev = 1; // ways(i − 1)
  let cur = 1; //  ways(i)
  for (let i = 2; i <= n; i++) {
    const next = prev + cur;
    prev = cur;
    cur = next;
  }
  return cur;
}
