import './app/app.css';
import { drawFirstFrame } from './app/first-frame';
import { createQueryClient } from './app/query-client';

const root = document.getElementById('root');
if (!root) {
  throw new Error('index.html must contain <div id="root"></div> for the app to mount into');
}

// The data file is on its way at once; the map and its markers are drawn before React loads
// (first-frame.ts), then the page takes them over.
const client = createQueryClient();
await drawFirstFrame(client);
const { startApp } = await import('./app/start');
await startApp(root, client);
