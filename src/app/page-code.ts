import { createI18n } from '../i18n/create-i18n';
import type * as Start from './start';
import { parseViewState } from './url-state';

/**
 * Runs the page's code (React and everything drawn with it) into `root`. Its download is the
 * page's, not a part's: when it fails, the first frame's status says so, with a button that
 * tries again (lazyCode shows the same for each part once the page is there).
 */
export async function runPageCode(
  root: HTMLElement,
  code: () => Promise<typeof Start>,
): Promise<void> {
  try {
    const { startApp } = await code();
    await startApp(root);
  } catch (error) {
    console.error('The page’s code could not be loaded.', error);
    showPageFailed(root, () => void runPageCode(root, () => import('./start')));
  }
}

/** The first frame's status, in the address's language: the page failed, try again. */
function showPageFailed(root: HTMLElement, retry: () => void): void {
  const status = root.querySelector('.loading-state');
  if (!status) return;
  const { t } = createI18n(parseViewState(location.search).language);
  const message = document.createElement('p');
  message.textContent = t.app.pageFailed;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'load-failed__retry';
  button.textContent = t.app.retry;
  button.addEventListener('click', () => {
    status.setAttribute('role', 'status');
    message.textContent = t.app.loading;
    button.remove();
    retry();
  });
  status.setAttribute('role', 'alert');
  status.replaceChildren(message, button);
}
