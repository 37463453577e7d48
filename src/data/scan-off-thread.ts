import { scanJson, type JsonScan } from './scan-json';

/**
 * Above this many characters the data file is scanned on a worker thread while this one
 * parses and checks it (read-cooperation.ts). On a file of 10,000 cities (36 MB) the scan takes
 * about as long as JSON.parse; on today's file (46 KB) a worker would cost more than the scan.
 */
export const SCAN_OFF_THREAD_ABOVE = 1_000_000;

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./scan-json-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // A Content-Security-Policy without 'self' for workers: scanned on this thread.
    return null;
  }
}

/** Resolves after the tasks already queued, such as a worker's answer, have run. */
function afterQueuedTasks(): Promise<null> {
  return new Promise((resolve) => setTimeout(resolve, 0, null));
}

/**
 * Scans a text with scan-json.ts: on a worker thread when the text is large, while this
 * thread does the rest of the reading; here when that is done first (on a busy machine a
 * worker can fall far behind) or when no worker can start.
 */
export class JsonScanner {
  private worker: Worker | null = null;
  private text = '';
  private answer: Promise<JsonScan> | null = null;

  /**
   * Starts the worker ahead of time, while a large file is still arriving: a worker starts
   * only when this thread is free, and once the file is here it is busy reading it.
   */
  prepare(): void {
    this.worker ??= startWorker();
  }

  /** Starts scanning `text`, on the worker when it is large and one runs. */
  start(text: string): void {
    this.text = text;
    if (text.length > SCAN_OFF_THREAD_ABOVE) this.prepare();
    const worker = this.worker;
    if (!worker) return;
    this.answer = new Promise<JsonScan>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<JsonScan>) => resolve(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error(event.message));
      };
    });
    this.answer.catch(() => {});
    worker.postMessage(text);
  }

  /** What the scan found: the worker's answer if it has come, otherwise scanned here now. */
  async result(): Promise<JsonScan> {
    const answer = this.answer;
    const answered = answer && (await Promise.race([answer, afterQueuedTasks()]).catch(() => null));
    this.close();
    return answered ?? scanJson(this.text);
  }

  /** Stops the worker (done, or started for nothing: the file was not JSON, or did not come). */
  close(): void {
    this.worker?.terminate();
    this.worker = null;
    this.answer = null;
  }
}
