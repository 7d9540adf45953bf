let electron = require("electron");
// src/shared/ipc.ts
/**
* The one IPC contract between the renderer (through the preload bridge) and the main process. Both sides
* import this module, so a channel or payload change is a type error on both sides at once.
*/
var IPC_CHANNELS = {
	openFiles: "spanlight:open-files",
	saveExport: "spanlight:save-export",
	openExternal: "spanlight:open-external",
	/** main → renderer: a menu item was chosen. */
	menuCommand: "spanlight:menu-command"
};
var MENU_COMMANDS = ["open", "export-json"];
// src/preload/bridge.ts
function isMenuCommand(value) {
	return typeof value === "string" && MENU_COMMANDS.includes(value);
}
function createBridge(ipc) {
	return Object.freeze({
		platform: "electron",
		openFiles() {
			return ipc.invoke(IPC_CHANNELS.openFiles);
		},
		saveExport(request) {
			return ipc.invoke(IPC_CHANNELS.saveExport, {
				suggestedName: request?.suggestedName,
				content: request?.content
			});
		},
		openExternal(url) {
			return ipc.invoke(IPC_CHANNELS.openExternal, url);
		},
		onMenuCommand(listener) {
			if (typeof listener !== "function") throw new TypeError("onMenuCommand needs a function");
			const forward = (_event, command) => {
				if (isMenuCommand(command)) listener(command);
			};
			ipc.on(IPC_CHANNELS.menuCommand, forward);
			return () => {
				ipc.removeListener(IPC_CHANNELS.menuCommand, forward);
			};
		}
	});
}
// src/preload/index.ts
electron.contextBridge.exposeInMainWorld("spanlight", createBridge(electron.ipcRenderer));
