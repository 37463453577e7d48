import { scanJson } from './scan-json';

/** scan-json.ts on a thread of its own: gets a text, answers with what scanJson found in it. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<string>) => void) | null;
  postMessage: (message: unknown) => void;
};
scope.onmessage = (event) => scope.postMessage(scanJson(event.data));
