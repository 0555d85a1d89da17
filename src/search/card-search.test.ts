import { describe, expect, it } from 'vitest';
import { toPlainText } from '../decks/render-markdown.ts';
import { createCardSearch } from './card-search.ts';
import { tokenize } from './tokenize.ts';

const docs = [
  {
    id: 'token-bucket',
    deckId: 'rl',
    question: '令牌桶算法是什么？',
    questionEn: 'What is a token bucket?',
    text: '按固定速率 rate 往桶里放令牌，允许突发 burst。',
    textEn: 'Tokens drip in at a fixed rate; a full bucket allows a burst.',
  },
  {
    id: 'leaky-bucket',
    deckId: 'rl',
    question: '漏桶算法是什么？',
    questionEn: 'What is a leaky bucket?',
    text: 'nginx limit_req 用漏桶，请求以恒定速率流出。',
    textEn: 'nginx limit_req is a leaky bucket: requests drain like a metronome.',
  },
  {
    id: 'kube-proxy-modes',
    deckId: 'k8s',
    question: 'kube-proxy 有哪几种模式？',
    questionEn: 'What modes does kube-proxy have?',
    text: 'iptables、IPVS、nftables。ClusterIP 是虚拟 IP。',
    textEn: '',
  },
];

describe('search', () => {
  const search = createCardSearch(docs);
  it('tokenizes Chinese into characters and bigrams and English into words', () => {
    expect(tokenize('令牌桶 Token-Bucket!')).toEqual(['令', '令牌', '牌', '牌桶', '桶', 'token-bucket']);
  });
  it('finds Chinese words inside sentences', () => {
    expect(search('令牌桶')[0]?.id).toBe('token-bucket');
    expect(search('漏桶').map((h) => h.id)).toEqual(['leaky-bucket']);
    expect(search('虚拟').map((h) => h.id)).toEqual(['kube-proxy-modes']);
  });
  it('finds English terms, case-insensitively, with prefixes', () => {
    expect(search('kube-proxy')[0]?.id).toBe('kube-proxy-modes');
    expect(search('LIMIT_REQ')[0]?.id).toBe('leaky-bucket');
    expect(search('nftab')[0]?.id).toBe('kube-proxy-modes');
    expect(search('leaky')[0]?.id).toBe('leaky-bucket');
  });
  it('ranks and returns a snippet, and finds nothing for nonsense', () => {
    expect(search('nginx 漏桶')[0]?.snippet).toContain('nginx');
    expect(search('zzzz')).toEqual([]);
    expect(search('   ')).toEqual([]);
  });
  it('finds a card by a word of its English answer; the snippet follows the UI language', () => {
    expect(search('metronome').map((h) => h.id)).toEqual(['leaky-bucket']);
    expect(search('metronome', 30, 'zh')[0]?.snippet).toContain('metronome');
    expect(search('limit_req', 30, 'en')[0]?.snippet).toContain('leaky bucket');
    expect(search('limit_req', 30, 'zh')[0]?.snippet).toContain('用漏桶');
    expect(search('nftables', 30, 'en')[0]?.snippet).toContain('虚拟');
  });
  it('keeps words with - and _ whole in answer text, so kube-proxy and limit_req are found in answers', () => {
    const text = toPlainText('- 见 `limit_req` 与 **kube-proxy**，带上 Retry-After\n\n| a | b |\n|:--|--:|\n| _x_ | -1 |');
    expect(text).toBe('见 limit_req 与 kube-proxy ，带上 Retry-After a b x -1');
    const s = createCardSearch([{ id: 'x', deckId: 'd', question: '问题', questionEn: '', text, textEn: '' }]);
    expect(s('limit_req').map((h) => h.id)).toEqual(['x']);
    expect(s('Retry-After').map((h) => h.id)).toEqual(['x']);
  });
});
