/** `?embed=1`: the map inside another site's page, without the page's own chrome. */
export function isEmbedded(search: string = window.location.search): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}

/** The same view as a full page: the address without `embed`. */
export function fullPageUrl(href: string = window.location.href): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.href;
}
