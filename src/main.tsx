import './app/app.css';
import { dataSlowerThan, drawFirstFrame } from './app/first-frame';
import { runPageCode } from './app/page-code';
import { cooperationRequest } from './data/fetch-cooperation';
import { mapSettingsRequest } from './data/map-settings';

const root = document.getElementById('root');
if (!root) {
  throw new Error('index.html must contain <div id="root"></div> for the app to mount into');
}

/** While the first frame waits this long for the data to arrive, the page's code runs meanwhile. */
const IDLE_MS = 150;

// The data file and the map settings are on their way at once; the map and its markers are
// drawn before React (first-frame.ts), then the page renders and takes them over, with the
// requests (query-client.ts). The page's code runs after the first frame, or while it is
// still waiting for the data.
void mapSettingsRequest.start();
const firstFrame = drawFirstFrame(cooperationRequest.start());
const pageCode = Promise.race([firstFrame, dataSlowerThan(IDLE_MS)]).then(
  () => import('./app/start'),
);
// Its failure is shown by runPageCode, once the first frame is done.
pageCode.catch(() => {});
await firstFrame;
await runPageCode(root, () => pageCode);
