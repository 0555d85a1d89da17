// The URL's complaints, in both UI languages. Each names its key, so a shared link's problem can
// be found in it.
export interface ParamMessages {
  preset: (raw: string, fallback: string) => string;
  number: (key: string, min: number, max: number, integer: boolean) => string;
  choice: (key: string, choices: readonly string[]) => string;
  weights: string;
  faulty: (providers: number) => string;
  tags: (providers: number) => string;
  tag: string;
  notFor: (key: string, framework: string) => string;
}

export const paramMessages: Readonly<Record<'zh' | 'en', ParamMessages>> = {
  zh: {
    preset: (raw, fallback) => `preset 没有 “${raw}” 这个配置，已用 ${fallback}`,
    number: (key, min, max, integer) => `${key} 必须是 ${min}–${max} 之间的${integer ? '整数' : '数'}`,
    choice: (key, choices) => `${key} 必须是 ${choices.join('、')} 之一`,
    weights: 'weights 必须是 1–5 个用逗号分开的 1–1000 的整数（每个 Provider 一个 weight），例如 100,100,100',
    faulty: (n) => `faulty 不能超过 Provider 的个数（${n}）`,
    tags: (n) => `tags 必须是 ${n} 个用逗号分开的标签（每个 Provider 一个，可为空；小写字母、数字和 -），例如 ,,gray`,
    tag: 'dubbo.tag 只能有小写字母、数字和 -（最多 20 个字符），空表示不带标签',
    notFor: (key, framework) => `${key} 不适用于 ${framework}，已忽略`,
  },
  en: {
    preset: (raw, fallback) => `preset has no configuration "${raw}"; using ${fallback}`,
    number: (key, min, max, integer) => `${key} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`,
    choice: (key, choices) => `${key} must be one of ${choices.join(', ')}`,
    weights: 'weights must be 1–5 comma-separated whole numbers from 1 to 1000 (one weight per provider), e.g. 100,100,100',
    faulty: (n) => `faulty cannot exceed the number of providers (${n})`,
    tags: (n) => `tags must be ${n} comma-separated tags (one per provider, may be empty; lowercase letters, digits and -), e.g. ,,gray`,
    tag: 'dubbo.tag may hold only lowercase letters, digits and - (up to 20); empty means no tag',
    notFor: (key, framework) => `${key} does not apply to ${framework}; ignored`,
  },
};
