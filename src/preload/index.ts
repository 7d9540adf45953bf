import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

// Sandboxed preload: bundled into one CommonJS file whose only import is 'electron'.
contextBridge.exposeInMainWorld('spanlight', createBridge(ipcRenderer));
