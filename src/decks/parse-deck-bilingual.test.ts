import { describe, expect, it } from 'vitest';
import { parseDeck } from './parse-deck.ts';
import { formatProblem, type KnownIds } from './types.ts';

const known: KnownIds = {
  labs: new Set(['circuit-breaker']),
  puzzles: new Set(),
  labPresets: new Map([['circuit-breaker', new Set(['resilience4j-default'])]]),
};
const FRONT = ['---', 'id: demo', 'title: 演示', 'title_en: Demo', 'order: 1', '---', ''];
const deck = (...body: string[]) => [...FRONT, ...body].join('\n');
const problemsOf = (source: string) => parseDeck(source, 'x.md', known).problems.map(formatProblem);

// The example of content/FORMAT.md, shortened. The heading is at line 8.
const BILINGUAL = [
  '## 服务熔断怎么做到的？ {#circuit-breaking}',
  'en: How does a circuit breaker work?',
  '',
  '失败率超过阈值就断开，等一段时间再放少量请求试探。',
  '',
  '### 要点',
  '- 三个状态',
  '',
  '### 追问',
  '- [半开放多少请求？](card:half-open-probes)',
  '',
  '### 动手',
  '- [看它跳闸](lab:circuit-breaker?preset=resilience4j-default)',
  '',
  '### 自测',
  '#### single: 熔断器从 Open 进入 Half-Open 的条件是什么？',
  '- [ ] 失败率降到阈值以下',
  '- [x] 等待时间 `waitDurationInOpenState` 到期',
  '- [ ] 收到一次成功调用',
  '> Open 状态不放任何调用，所以失败率无从下降。',
  '',
  '#### true-false: 半开状态会放行全部流量。',
  'answer: false',
  '> 半开只放行少量试探调用。',
  '',
  '::: en',
  '',
  'It opens when the failure rate crosses a threshold, then lets a few trial calls through.',
  '',
  '### Key points',
  '- Three states',
  '',
  '### Follow-ups',
  '- [How many trial calls?](card:half-open-probes)',
  '',
  '### Try it',
  '- [Trip the breaker](lab:circuit-breaker?preset=resilience4j-default)',
  '',
  '### Quiz',
  '#### single: What moves a breaker from Open to Half-Open?',
  '- [ ] The failure rate falls below the threshold',
  '- [x] `waitDurationInOpenState` expires',
  '- [ ] One successful call arrives',
  '> An open breaker lets no call through, so its failure rate cannot fall.',
  '',
  '#### true-false: A half-open breaker lets all traffic through.',
  'answer: false',
  '> Half-open lets only a few trial calls through.',
  '',
  '## 半开放多少请求？ {#half-open-probes}',
  '',
  '默认 10 个。',
];

describe('parseDeck v2: a card in both languages', () => {
  const result = parseDeck(deck(...BILINGUAL), 'x.md', known);
  const card = result.deck?.cards[0];

  it('parses without problems', () => {
    expect(result.problems).toEqual([]);
  });

  it('reads both languages: question, summary, key points', () => {
    expect(card?.zh).toMatchObject({
      question: '服务熔断怎么做到的？',
      summary: '失败率超过阈值就断开，等一段时间再放少量请求试探。',
      keyPoints: ['三个状态'],
      line: 11,
    });
    expect(card?.en).toMatchObject({ question: 'How does a circuit breaker work?', keyPoints: ['Three states'], line: 35 });
    expect(card?.en?.summary).toMatch(/^It opens when/);
  });

  it('removes the quiz sections from the rendered answers and keeps the rest', () => {
    expect(card?.zh?.answer).not.toMatch(/自测|熔断器从 Open|answer: false|::: en|Key points/);
    expect(card?.zh?.answer).toMatch(/### 动手\n- \[看它跳闸\]/);
    expect(card?.en?.answer).not.toMatch(/Quiz|What moves|answer: false/);
    expect(card?.en?.answer).toMatch(/### Try it/);
  });

  it('collects links of both languages, each with its language', () => {
    expect(card?.links.map((l) => `${l.language} ${l.kind}:${l.target}`)).toEqual([
      'zh card:half-open-probes',
      'zh lab:circuit-breaker?preset=resilience4j-default',
      'en card:half-open-probes',
      'en lab:circuit-breaker?preset=resilience4j-default',
    ]);
  });

  it('pairs the quiz items by position with ids <card-id>#<n> and a shared answer', () => {
    expect(card?.quiz).toEqual([
      {
        id: 'circuit-breaking#1',
        kind: 'single',
        line: 23,
        correct: [1],
        zh: {
          prompt: '熔断器从 Open 进入 Half-Open 的条件是什么？',
          options: ['失败率降到阈值以下', '等待时间 `waitDurationInOpenState` 到期', '收到一次成功调用'],
          explanation: 'Open 状态不放任何调用，所以失败率无从下降。',
        },
        en: {
          prompt: 'What moves a breaker from Open to Half-Open?',
          options: ['The failure rate falls below the threshold', '`waitDurationInOpenState` expires', 'One successful call arrives'],
          explanation: 'An open breaker lets no call through, so its failure rate cannot fall.',
        },
      },
      {
        id: 'circuit-breaking#2',
        kind: 'true-false',
        line: 29,
        answer: false,
        zh: { prompt: '半开状态会放行全部流量。', explanation: '半开只放行少量试探调用。' },
        en: { prompt: 'A half-open breaker lets all traffic through.', explanation: 'Half-open lets only a few trial calls through.' },
      },
    ]);
  });

  it('a card without `::: en` is Chinese-only; its English question stays', () => {
    const second = result.deck?.cards[1];
    expect(second).toMatchObject({ id: 'half-open-probes', en: null, quiz: [], zh: { summary: '默认 10 个。' } });
  });

  it('a card whose body starts with `::: en` is English-only, the heading its question', () => {
    const only = parseDeck(
      deck(
        '## What is a token bucket? {#tb}',
        '',
        '::: en',
        '',
        'Tokens drip in at a fixed rate.',
        '',
        '### Quiz',
        '#### fill: The bucket size is called the ___.',
        'answer: burst | capacity',
        '> The burst is how many tokens the bucket holds.',
      ),
      'x.md',
      known,
    );
    expect(only.problems).toEqual([]);
    expect(only.deck?.cards[0]).toMatchObject({
      zh: null,
      questionEn: 'What is a token bucket?',
      en: { question: 'What is a token bucket?', summary: 'Tokens drip in at a fixed rate.' },
    });
    expect(only.deck?.cards[0]?.quiz).toEqual([
      {
        id: 'tb#1',
        kind: 'fill',
        line: 15,
        zh: null,
        en: { prompt: 'The bucket size is called the ___.', accepted: ['burst', 'capacity'], explanation: 'The burst is how many tokens the bucket holds.' },
      },
    ]);
  });

  it('`::: en` inside a code block is code, not a marker', () => {
    const r = parseDeck(deck('## q {#a}', '', '答案', '', '```', '::: en', '```'), 'x.md', known);
    expect(r.problems).toEqual([]);
    expect(r.deck?.cards[0]?.en).toBeNull();
    expect(r.deck?.cards[0]?.zh?.answer).toContain('::: en');
  });
});

describe('parseDeck v2: language problems', () => {
  it('`::: en` twice in one card', () => {
    expect(problemsOf(deck('## q {#a}', 'en: Q', '', '答', '::: en', 'A', '::: en', 'B'))).toContain(
      'x.md:14: card `a`: `::: en` appears twice (first at line 12)',
    );
  });
  it('an English answer without an `en:` question', () => {
    expect(problemsOf(deck('## q {#a}', '', '答', '::: en', 'Answer'))).toContain('x.md:11: card `a` has an English answer but no `en:` question');
  });
  it('an empty English answer', () => {
    expect(problemsOf(deck('## q {#a}', 'en: Q', '', '答', '::: en', ''))).toContain('x.md:12: card `a` has an empty English answer after `::: en`');
  });
  it('links of the English part are checked too', () => {
    expect(problemsOf(deck('## q {#a}', 'en: Q', '', '答', '::: en', '[x](lab:nope)'))).toContain('x.md:13: card `a`: unknown lab id `nope`');
  });
});

describe('parseDeck v2: English quiz items must mirror the Chinese ones', () => {
  // Replaces one line of the English part and returns the problems.
  const withEnglish = (from: string, to: string | string[]) => {
    const i = BILINGUAL.indexOf(from);
    if (i < 0) throw new Error(`no line ${from}`);
    const body = [...BILINGUAL.slice(0, i), ...(Array.isArray(to) ? to : [to]), ...BILINGUAL.slice(i + 1)];
    return problemsOf(deck(...body));
  };

  it('a different number of items', () => {
    const dropped = [
      ...BILINGUAL.slice(0, BILINGUAL.indexOf('#### true-false: A half-open breaker lets all traffic through.') - 1),
      '',
      ...BILINGUAL.slice(-3),
    ];
    expect(problemsOf(deck(...dropped))).toEqual([
      'x.md:46: card `circuit-breaking`: the English quiz has 1 item, the Chinese one 2 items; they must mirror item by item',
    ]);
  });
  it('a missing English quiz section', () => {
    const start = BILINGUAL.indexOf('### Quiz');
    const body = [...BILINGUAL.slice(0, start), ...BILINGUAL.slice(-3)];
    expect(problemsOf(deck(...body))).toEqual([
      'x.md:33: card `circuit-breaking`: the English quiz has 0 items, the Chinese one 2 items; they must mirror item by item',
    ]);
  });
  it('a different kind', () => {
    expect(withEnglish('#### true-false: A half-open breaker lets all traffic through.', '#### fill: A half-open breaker lets ___ through.')).toEqual([
      'x.md:53: card `circuit-breaking`: English quiz item 2 is `fill`, the Chinese one `true-false`',
    ]);
  });
  it('a different right option', () => {
    expect(
      withEnglish('- [ ] The failure rate falls below the threshold', '- [x] The failure rate falls below the threshold').filter(
        (p) => !p.includes('exactly one'),
      ),
    ).toEqual([]);
    const swapped = withEnglish('- [x] `waitDurationInOpenState` expires', '- [ ] `waitDurationInOpenState` expires');
    expect(swapped).toEqual(['x.md:47: card `circuit-breaking`: quiz item 1: has no right answer; mark the right option `[x]`']);
    const moved = [...BILINGUAL];
    moved[moved.indexOf('- [ ] One successful call arrives')] = '- [x] One successful call arrives';
    moved[moved.indexOf('- [x] `waitDurationInOpenState` expires')] = '- [ ] `waitDurationInOpenState` expires';
    expect(problemsOf(deck(...moved))).toEqual(['x.md:47: card `circuit-breaking`: English quiz item 1 marks option 3 right, the Chinese one 2']);
  });
  it('a different number of options', () => {
    expect(withEnglish('- [ ] One successful call arrives', ['- [ ] One successful call arrives', '- [ ] An operator resets it'])).toEqual([
      'x.md:47: card `circuit-breaking`: English quiz item 1 has 4 options, the Chinese one 3',
    ]);
  });
  it('a different true/false answer', () => {
    const flipped = [...BILINGUAL];
    flipped[flipped.lastIndexOf('answer: false')] = 'answer: true';
    expect(problemsOf(deck(...flipped))).toEqual(['x.md:53: card `circuit-breaking`: English quiz item 2 answers true, the Chinese one false']);
  });
  it('single vs multi at the same position', () => {
    const kinds = [...BILINGUAL];
    kinds[kinds.indexOf('#### single: What moves a breaker from Open to Half-Open?')] = '#### multi: What moves a breaker from Open to Half-Open?';
    expect(problemsOf(deck(...kinds))).toEqual(['x.md:47: card `circuit-breaking`: English quiz item 1 is `multi`, the Chinese one `single`']);
  });
  it('a different number of steps', () => {
    const order = (lang: string, n: number) => [`#### order: ${lang}`, ...Array.from({ length: n }, (_, i) => `${i + 1}. step ${i + 1}`), '> why'];
    const source = deck('## q {#o}', 'en: Q', '', '答', '', '### 自测', ...order('排序', 4), '::: en', 'A', '', '### Quiz', ...order('Order', 5));
    expect(problemsOf(source)).toEqual(['x.md:24: card `o`: English quiz item 1 has 5 steps, the Chinese one 4']);
  });
});

describe('content/FORMAT.md', () => {
  it('its examples parse as documented', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync('content/FORMAT.md', 'utf8');
    const blocks = [...doc.matchAll(/```markdown\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    const card = blocks.find((b) => b.startsWith('## 服务熔断'));
    const items = blocks.find((b) => b.startsWith('#### multi'));
    expect(card && items).toBeTruthy();
    const source = deck(
      card ?? '',
      '## 半开放多少请求？ {#half-open-probes}',
      '',
      '默认 10 个。',
      '',
      '## 示例 {#examples}',
      'en: Examples',
      '',
      '例子。',
      '',
      '### 自测',
      items ?? '',
      '::: en',
      'Examples.',
      '',
      '### Quiz',
      items ?? '',
    );
    const result = parseDeck(source, 'FORMAT.md', known);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.deck?.cards.map((c) => c.quiz.map((q) => `${q.id} ${q.kind}`))).toEqual([
      ['circuit-breaking#1 single', 'circuit-breaking#2 true-false'],
      [],
      ['examples#1 multi', 'examples#2 fill', 'examples#3 order'],
    ]);
  });
});

describe('parseDeck never throws', () => {
  it("on any mix of the format's line shapes: it returns a deck or problems with lines in the file", async () => {
    const fc = (await import('fast-check')).default;
    const pieces = [
      '## 问题 {#a}',
      '## q {#b}',
      '## no id',
      'en: Q',
      'notes: n',
      '',
      '答案',
      '::: en',
      'Answer',
      '### 要点',
      '### Key points',
      '- 点',
      '### 自测',
      '### Quiz',
      '#### single: 哪个',
      '#### multi: which',
      '#### true-false: t',
      '#### fill: f',
      '#### order: o',
      '#### odd: x',
      '#### no kind',
      '- [ ] a',
      '- [x] b',
      '- [X] c',
      'answer: true',
      'answer: x | y',
      'answer:',
      '1. s',
      '2) t',
      '> why',
      '>',
      '```',
      '~~~',
      '[l](card:a)',
      '[l](lab:nope)',
      '<b>x</b>',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (body) => {
        const source = deck(...body);
        const lineCount = source.split('\n').length;
        const result = parseDeck(source, 'x.md', known);
        expect(result.deck === null).toBe(result.problems.length > 0);
        for (const p of result.problems) expect(p.line >= 1 && p.line <= lineCount).toBe(true);
      }),
    );
  });
});
