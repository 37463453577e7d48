/** The same view as a full page: the address without `embed` (see ViewState.embedded). */
export function fullPageUrl(href: string = window.location.href): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.href;
}
