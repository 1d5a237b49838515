// The extraction Web Worker: the same src/pipeline code as the Node build, off the main thread.
import { createWorkerHandler } from "./extract-worker-core";

const handle = createWorkerHandler((response) => self.postMessage(response));
self.addEventListener("message", (event: MessageEvent) => void handle(event.data));
