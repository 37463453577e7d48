import { scanJson, type JsonScan } from './scan-json';

/**
 * Above this many bytes the data file is scanned on a worker thread while this one parses it
 * (read-cooperation.ts). On a file of 10,000 cities (36 MB) the scan takes about as long as
 * JSON.parse; on today's file (46 KB) a worker would cost more than the scan.
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

/** Scans a text with scan-json.ts, on a worker thread when the text is large. */
export class JsonScanner {
  private worker: Worker | null = null;

  /**
   * Starts the worker ahead of time, while a large file is still arriving: a worker starts
   * only when this thread is free, and once the file is here it is busy parsing it.
   */
  prepare(): void {
    this.worker ??= startWorker();
  }

  /** What scan-json.ts finds in `text`: found on the worker when it is large and one runs. */
  scan(text: string): Promise<JsonScan> {
    if (text.length > SCAN_OFF_THREAD_ABOVE) this.prepare();
    const worker = this.worker;
    this.worker = null;
    if (!worker) return Promise.resolve(scanJson(text));
    return new Promise<JsonScan>((resolve) => {
      worker.onmessage = (event: MessageEvent<JsonScan>) => {
        worker.terminate();
        resolve(event.data);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        resolve(scanJson(text));
      };
      worker.postMessage(text);
    });
  }

  /** Stops a worker started for nothing (the file was not JSON, or the download failed). */
  close(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
