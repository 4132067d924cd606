// Demo pages: the token travels in the page's URL fragment (#token=…), which the browser never sends
// to a server. The page reads it and hands it to the element; elements never read location.
export function tokenFromFragment(hash = location.hash): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get('token') ?? '';
}

/** Sets `token` on every element matching `selector` now and whenever the fragment changes. */
export function bindToken(selector: string): void {
  const apply = () => {
    const token = tokenFromFragment();
    for (const el of document.querySelectorAll(selector)) el.setAttribute('token', token);
    const missing = document.getElementById('missing-token');
    if (missing) missing.hidden = token !== '';
  };
  apply();
  window.addEventListener('hashchange', apply);
}

/** Keeps the link with id `id` pointing at its page with this page's fragment (the same token). */
export function linkWithToken(id: string): void {
  const link = document.getElementById(id) as HTMLAnchorElement | null;
  if (!link) return;
  const page = link.href.split('#')[0];
  const apply = () => { link.href = `${page}${location.hash}`; };
  apply();
  window.addEventListener('hashchange', apply);
}
