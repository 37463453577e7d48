import './app/app.css';
import { dataSlowerThan, drawFirstFrame } from './app/first-frame';
import { runPageCode } from './app/page-code';
import { createQueryClient } from './app/query-client';

const root = document.getElementById('root');
if (!root) {
  throw new Error('index.html must contain <div id="root"></div> for the app to mount into');
}

/** While the first frame waits this long for the data to arrive, the page's code runs meanwhile. */
const IDLE_MS = 150;

// The data file is on its way at once; the map and its markers are drawn before React
// (first-frame.ts), then the page renders and takes them over. The page's code runs after
// the first frame, or while it is still waiting for the data.
const client = createQueryClient();
const firstFrame = drawFirstFrame(client);
const pageCode = Promise.race([firstFrame, dataSlowerThan(IDLE_MS)]).then(
  () => import('./app/start'),
);
// Its failure is shown by runPageCode, once the first frame is done.
pageCode.catch(() => {});
await firstFrame;
await runPageCode(root, client, () => pageCode);
