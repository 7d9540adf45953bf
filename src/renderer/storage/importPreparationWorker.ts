/// <reference lib="webworker" />
/** The worker of importPreparation.ts: one request, its replies, then it is terminated. */
import { type PrepareImportRequest, prepareImport } from './prepareImport';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<PrepareImportRequest>) => {
  prepareImport(event.data, (message) => self.postMessage(message));
};
