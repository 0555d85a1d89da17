// Dubbo's tag routing (TagStateRouter, static tags: a provider's `dubbo.tag` URL parameter), the
// router this lab models. A request with a tag (`dubbo.tag` attachment) goes to the providers with
// that tag; when none has it, it falls back to the untagged providers, unless `dubbo.force.tag`
// is true, which leaves none ("No provider available"). A request without a tag only reaches
// untagged providers: a tagged (canary) instance gets only the traffic that asks for it.
export type RouteRule = 'no-tags' | 'tag-match' | 'tag-fallback' | 'tag-forced-empty' | 'untagged-only';

export interface Routed {
  readonly kept: readonly number[];
  readonly rule: RouteRule;
}

export function tagRoute(providerTags: readonly string[], requestTag: string, forceTag: boolean): Routed {
  const all = providerTags.map((_, i) => i);
  const untagged = all.filter((i) => providerTags[i] === '');
  if (requestTag === '') {
    if (untagged.length === all.length) return { kept: all, rule: 'no-tags' };
    return { kept: untagged, rule: 'untagged-only' };
  }
  const match = all.filter((i) => providerTags[i] === requestTag);
  if (match.length > 0) return { kept: match, rule: 'tag-match' };
  if (forceTag) return { kept: [], rule: 'tag-forced-empty' };
  return { kept: untagged, rule: 'tag-fallback' };
}
