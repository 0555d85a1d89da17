// The coding puzzles that exist. Pure data, shared by the deck parser and the puzzle registry.

export interface PuzzleEntry {
  readonly id: string;
  readonly title: string;
  readonly titleEn: string;
}

export const puzzleCatalogue: readonly PuzzleEntry[] = [
  { id: '24-game', title: '24 点', titleEn: '24 game' },
  { id: 'bfs-levels', title: '二叉树按层输出', titleEn: 'BFS by level' },
  { id: 'climbing-stairs', title: '爬楼梯', titleEn: 'Climbing stairs' },
  { id: 'redemption-codes', title: '批量生成兑换码', titleEn: 'Bulk redemption codes' },
  { id: 'top-ips', title: 'nginx 日志 Top 10 IP', titleEn: 'Top 10 IPs in an nginx log' },
];

export const puzzleIds: ReadonlySet<string> = new Set(puzzleCatalogue.map((p) => p.id));
