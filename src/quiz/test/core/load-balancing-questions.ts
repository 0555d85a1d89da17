// Questions from the load-balancing lab's engines: the next picks of smooth weighted round robin,
// how many keys move when a server leaves (modulo hash vs consistent hash), and ip_hash's /24.
import { createRandom } from '../../../labs/kernel/random.ts';
import { createBalancer } from '../../../labs/load-balancing/core/create-balancer.ts';
import { movedKeys, ownersOf, syntheticKeys } from '../../../labs/load-balancing/core/moved-keys.ts';
import { createServerStates, serverSpec } from '../../../labs/load-balancing/core/servers.ts';
import { createRequest, resetRequest } from '../../../labs/load-balancing/core/types.ts';
import { between, fillItem, pick, singleItem, trueFalseItem, type Generator } from './generated.ts';

const LETTERS = 'abcdefgh';
const id = (i: number) => `10.0.0.${i + 1}:8080`;

/** The first k picks of nginx's smooth weighted round robin, as server letters. */
export function swrrPicks(weights: readonly number[], k: number): string[] {
  const servers = createServerStates(weights.map((w, i) => serverSpec(id(i), { weight: w })));
  const balancer = createBalancer('swrr', createRandom(1));
  balancer.init(servers);
  const req = createRequest();
  return Array.from({ length: k }, () => {
    resetRequest(req, '', '', 0);
    return LETTERS[balancer.pick(req, servers)] ?? '?';
  });
}

export const swrrNext: Generator = {
  id: 'swrr-next',
  deckId: 'load-balancing',
  generate(random, n) {
    const weights = pick(random, [
      [5, 1, 1],
      [3, 2, 1],
      [4, 2],
      [2, 1, 1],
      [3, 1, 1, 1],
      [1, 2, 3],
    ]);
    const k = between(random, 5, 8);
    const picks = swrrPicks(weights, k);
    const names = weights.map((w, i) => `${LETTERS[i]}=${w}`).join(', ');
    return {
      cardId: 'smooth-weighted-round-robin',
      link: `lab:load-balancing?algo=swrr&weights=${weights.join(',')}&traffic=steady&rate=10&duration=2`,
      item: fillItem(
        `gen:swrr-next:${n}`,
        {
          zh: `nginx 平滑加权轮询，权重 ${names}，从初始状态开始的前 ${k} 次选择依次是？（填字母，如 a b a c）`,
          en: `nginx smooth weighted round robin with weights ${names}: what are the first ${k} picks from the start? (letters, e.g. a b a c)`,
        },
        [picks.join(' '), picks.join(','), picks.join('')],
        {
          zh: `每次所有节点 current += weight，选 current 最大的（并列取先出现的），再给它减去总权重。结果：${picks.join(' ')}。`,
          en: `Each pick adds weight to every current, takes the largest (the first on a tie) and subtracts the total weight from it: ${picks.join(' ')}.`,
        },
      ),
    };
  },
};

const pct = (x: number) => `${Math.round(x * 100)}%`;

export const movedOnLeave: Generator = {
  id: 'moved-on-leave',
  deckId: 'load-balancing',
  generate(random, n) {
    const count = between(random, 4, 8);
    const pool = Array.from({ length: count }, (_, i) => ({ id: id(i), weight: 1 }));
    const keys = syntheticKeys(5000);
    const change = { kind: 'remove' as const, serverId: id(count - 1) };
    const modulo = movedKeys('hash-modulo', pool, change, keys).share;
    const ring = movedKeys('hash-consistent', pool, change, keys).share;
    return {
      cardId: 'consistent-hashing',
      // Both methods side by side, the last server removed at 2 s: the moved-keys panel shows the shares.
      link: `lab:load-balancing?compare=hash-modulo,hash-consistent&weights=${pool.map(() => 1).join(',')}&traffic=steady&rate=50&duration=5&actions=2000.remove.${count}`,
      item: singleItem(
        `gen:moved-on-leave:${n}`,
        {
          zh: `${count} 台权重相同的服务器，最后一台下线（从配置删除）。按 nginx \`hash $key\`（取模）和 \`hash $key consistent\`，5000 个 key 里换了服务器的比例大约各是多少？`,
          en: `${count} servers of equal weight; the last one is removed from the config. Under nginx \`hash $key\` (modulo) and \`hash $key consistent\`, roughly what share of 5,000 keys changes server?`,
        },
        {
          zh: [`取模 ${pct(modulo)}，一致性 ${pct(ring)}`, `取模 ${pct(ring)}，一致性 ${pct(modulo)}`, `两者都约 ${pct(1 / count)}`, `两者都约 ${pct(modulo)}`],
          en: [
            `modulo ${pct(modulo)}, consistent ${pct(ring)}`,
            `modulo ${pct(ring)}, consistent ${pct(modulo)}`,
            `both about ${pct(1 / count)}`,
            `both about ${pct(modulo)}`,
          ],
        },
        {
          zh: `取模时分母从 ${count} 变成 ${count - 1}，大多数 key 的余数都变了；一致性哈希只搬走下线那台的 key（约 1/${count}）。`,
          en: `With modulo the divisor goes from ${count} to ${count - 1}, so most keys get a new remainder; the ring moves only the keys the leaving server owned (about 1/${count}).`,
        },
      ),
    };
  },
};

export const ipHashSame: Generator = {
  id: 'ip-hash-same',
  deckId: 'load-balancing',
  generate(random, n) {
    const a = `10.${between(random, 0, 255)}.${between(random, 0, 255)}.${between(random, 1, 254)}`;
    const parts = a.split('.');
    const sameSubnet = random() < 0.5;
    const b = sameSubnet
      ? `${parts[0]}.${parts[1]}.${parts[2]}.${between(random, 1, 254)}`
      : `${parts[0]}.${parts[1]}.${(Number(parts[2]) + between(random, 1, 50)) % 256}.${parts[3]}`;
    const pool = Array.from({ length: 3 }, (_, i) => ({ id: id(i), weight: 1 }));
    const [oa, ob] = ownersOf('ip-hash', pool, [a, b]);
    const same = oa === ob;
    // The statement says "always": true only for one /24 (the engine agrees: ip-hash-same test).
    return {
      cardId: 'lb-ip-hash',
      link: 'lab:load-balancing?algo=ip-hash&weights=1,1,1&traffic=steady&rate=10&duration=5',
      item: trueFalseItem(
        `gen:ip-hash-same:${n}`,
        {
          zh: `nginx \`ip_hash\`，3 台服务器权重相同。客户端 ${a} 和 ${b} 一定落在同一台上。`,
          en: `nginx \`ip_hash\` over 3 equal servers: clients ${a} and ${b} always land on the same server.`,
        },
        sameSubnet,
        sameSubnet
          ? {
              zh: 'IPv4 只用前 3 个字节（整个 /24）做哈希，同一 /24 的地址一定落在同一台。',
              en: 'For IPv4 only the first 3 bytes (the whole /24) are hashed, so addresses in one /24 always share a server.',
            }
          : {
              zh: `第 3 个字节不同，哈希不同：这次算出来${same ? '碰巧落在同一台' : '落在不同的服务器'}，但并不“一定”。`,
              en: `The third byte differs, so the hash differs: here they ${same ? 'happen to share a server' : 'land on different servers'}, but nothing makes it certain.`,
            },
      ),
    };
  },
};
