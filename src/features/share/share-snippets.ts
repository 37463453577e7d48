/** What the share dialog offers for the current view. */
export interface ShareSnippets {
  /** The current view as a full page. */
  link: string;
  /** The current view embedded, ready to paste into any page. */
  iframe: string;
  /** The optional script that lets the iframe take the height the map asks for. */
  script: string;
}

const HEIGHT = 640;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The link and the iframe code for the view at `href` (the app's own absolute address, so the
 * snippet works on a page of any other origin). `title` names the frame for screen readers.
 */
export function shareSnippets(href: string, title: string): ShareSnippets {
  const page = new URL(href);
  page.hash = '';
  page.searchParams.delete('embed');
  const embedded = new URL(page.href);
  embedded.searchParams.set('embed', '1');
  const src = embedded.href.replace(/%2C/g, ',');
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="${HEIGHT}" style="border: 0" loading="lazy" ` +
    `referrerpolicy="strict-origin-when-cross-origin" allow="clipboard-write"></iframe>`;
  const embedScript = new URL('embed.js', new URL('./', page.href)).href;
  const script = `<script src="${escapeAttribute(embedScript)}" async></script>`;
  return { link: page.href.replace(/%2C/g, ','), iframe, script };
}
