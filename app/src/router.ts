// The pages and the route in the address: `#/<page>?key=value…`.

export const PAGES = [
  ['compute', 'Compute'],
  ['provenance', 'Provenance'],
  ['market', 'Market'],
  ['governance', 'Reputation & governance'],
  ['reserve', 'Reserve'],
] as const;
export type Page = (typeof PAGES)[number][0];

/// The route: `#/<page>?key=value…`.
export function route(): { page: Page; params: URLSearchParams } {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const page = (PAGES.find(([p]) => p === path)?.[0] ?? 'compute') as Page;
  return { page, params: new URLSearchParams(query ?? '') };
}

export function go(page: Page, params: Record<string, string | number> = {}) {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  location.hash = `#/${page}${query ? `?${query}` : ''}`;
}

