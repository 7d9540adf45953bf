// \0rolldown/runtime.js
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
	if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
		key = keys[i];
		if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
			get: ((k) => from[k]).bind(null, key),
			enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
		});
	}
	return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", {
	value: mod,
	enumerable: true
}) : target, mod));
let node_path = require("node:path");
node_path = __toESM(node_path);
let electron = require("electron");
let node_crypto = require("node:crypto");
let node_fs_promises = require("node:fs/promises");
node_fs_promises = __toESM(node_fs_promises);
// src/main/csp.ts
/**
* The renderer's Content-Security-Policy. Spanlight is offline: nothing but the app's own origin may load,
* no inline script or style, no eval. src/renderer/index.html carries the same string in a meta tag (a test
* keeps the two equal); the header form below also covers the dev server, which serves no such header.
*/
var CONTENT_SECURITY_POLICY = [
	"default-src 'none'",
	"script-src 'self'",
	"style-src 'self'",
	"font-src 'self'",
	"img-src 'self' blob: data:",
	"connect-src 'self'",
	"manifest-src 'self'",
	"base-uri 'none'",
	"form-action 'none'",
	"frame-ancestors 'none'",
	"object-src 'none'"
].join("; ");
/**
* Development only (`npm run dev`, never a packaged app): Vite's dev server injects inline scripts and styles
* for hot reloading and talks to the page over a local WebSocket. Still no remote origin and no eval.
*/
var DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*");
/** Returns the headers with any existing CSP (any letter case) replaced by ours, so no looser policy survives. */
function withCspHeader(headers, policy = CONTENT_SECURITY_POLICY) {
	const result = {};
	for (const [name, value] of Object.entries(headers ?? {})) {
		if (name.toLowerCase() === "content-security-policy") continue;
		result[name] = Array.isArray(value) ? value : [value];
	}
	result["Content-Security-Policy"] = [policy];
	return result;
}
/** Stamps the policy on every response the session receives (dev server included). */
function applyCspHeaders(session, policy = CONTENT_SECURITY_POLICY) {
	session.webRequest.onHeadersReceived((details, callback) => {
		callback({ responseHeaders: withCspHeader(details.responseHeaders, policy) });
	});
}
// src/main/files.ts
/**
* File access for the Open and Export commands. Every failure becomes a FileError whose message names the
* file and says what happened in plain words, because the renderer shows it to the user as is.
*/
var FileError = class extends Error {
	name = "FileError";
};
var MIB = 1048576;
/** "60 MB", "50.1 MB": rounded up, so a file just over the cap never reads as being at the cap. */
function formatMegabytes(bytes) {
	const tenths = Math.ceil(bytes / MIB * 10) / 10;
	return `${Number.isInteger(tenths) ? tenths.toFixed(0) : tenths.toFixed(1)} MB`;
}
function errorCode(error) {
	return typeof error === "object" && error !== null && "code" in error ? String(error.code) : void 0;
}
function readFailure(name, error) {
	if (error instanceof FileError) return error;
	switch (errorCode(error)) {
		case "ENOENT": return new FileError(`"${name}" no longer exists`);
		case "EACCES":
		case "EPERM": return new FileError(`Spanlight is not allowed to read "${name}"`);
		case "EISDIR": return new FileError(`"${name}" is a folder, not a file`);
		default: return new FileError(`"${name}" could not be read (${errorCode(error) ?? "unknown error"})`);
	}
}
/**
* Reads a whole file if it is at most `maxBytes`. The size is checked before reading (no 2 GB allocation
* for a mistaken pick) and again while reading, in case the file grows in between. The result owns its
* own ArrayBuffer: a pooled Buffer would carry unrelated memory across IPC.
*/
async function readFileCapped(filePath, maxBytes) {
	const name = node_path.default.basename(filePath);
	const tooBig = (size) => new FileError(`"${name}" is ${formatMegabytes(size)}; Spanlight opens files up to ${formatMegabytes(maxBytes)}`);
	let handle;
	try {
		const stat = await node_fs_promises.stat(filePath);
		if (stat.isDirectory()) throw new FileError(`"${name}" is a folder, not a file`);
		if (!stat.isFile()) throw new FileError(`"${name}" is not a regular file`);
		if (stat.size > maxBytes) throw tooBig(stat.size);
		handle = await node_fs_promises.open(filePath, "r");
		const buffer = new Uint8Array(Math.min(stat.size, maxBytes) + 1);
		let filled = 0;
		while (filled < buffer.length) {
			const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
			if (bytesRead === 0) break;
			filled += bytesRead;
		}
		if (filled > maxBytes) throw tooBig(filled);
		return buffer.slice(0, filled);
	} catch (error) {
		throw readFailure(name, error);
	} finally {
		await handle?.close().catch(() => {});
	}
}
function writeFailure(name, error) {
	if (error instanceof FileError) return error;
	switch (errorCode(error)) {
		case "ENOSPC":
		case "EDQUOT": return new FileError(`Could not save "${name}": the disk is full`);
		case "EACCES":
		case "EPERM": return new FileError(`Could not save "${name}": Spanlight is not allowed to write there`);
		case "EROFS": return new FileError(`Could not save "${name}": the disk is read-only`);
		case "ENOENT": return new FileError(`Could not save "${name}": the folder no longer exists`);
		case "EISDIR": return new FileError(`Could not save "${name}": a folder has that name`);
		default: return new FileError(`Could not save "${name}" (${errorCode(error) ?? "unknown error"})`);
	}
}
var nodeFs = {
	open: node_fs_promises.open,
	rename: node_fs_promises.rename,
	rm: node_fs_promises.rm
};
/**
* Writes `content` so that the target holds either the old bytes or all the new ones, never a torn export:
* temp file in the same directory (rename is only atomic within one file system), fsync, rename over the
* target, then fsync the directory so the rename itself survives a power cut.
*/
async function writeFileAtomic(filePath, content, fs = nodeFs) {
	const dir = node_path.default.dirname(filePath);
	const name = node_path.default.basename(filePath);
	const tempPath = node_path.default.join(dir, `.${name}.${(0, node_crypto.randomBytes)(6).toString("hex")}.spanlight-tmp`);
	let handle;
	try {
		handle = await fs.open(tempPath, "wx");
		await handle.writeFile(content, "utf8");
		await handle.sync();
		await handle.close();
		handle = void 0;
		await fs.rename(tempPath, filePath);
	} catch (error) {
		await handle?.close().catch(() => {});
		await fs.rm(tempPath, { force: true }).catch(() => {});
		throw writeFailure(name, error);
	}
	await syncDirectory(dir, fs);
}
async function syncDirectory(dir, fs) {
	let handle;
	try {
		handle = await fs.open(dir, "r");
		await handle.sync();
	} catch {} finally {
		await handle?.close().catch(() => {});
	}
}
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
/** What the Open dialog offers first: every format Spanlight can import. */
var ARTICLE_EXTENSIONS = [
	"txt",
	"html",
	"htm",
	"pdf",
	"docx",
	"md",
	"markdown",
	"csv",
	"jsonl",
	"ndjson"
];
/** Largest file the Open dialog reads (bytes). */
var MAX_OPEN_FILE_BYTES = 52428800;
/** Validates the renderer's save request; returns a reason or null. Handlers never trust renderer input. */
function invalidSaveExportRequest(value) {
	if (typeof value !== "object" || value === null) return "request must be an object";
	const { suggestedName, content } = value;
	if (typeof suggestedName !== "string" || suggestedName.length === 0 || suggestedName.length > 255) return "suggestedName must be a non-empty string of at most 255 characters";
	if (/[\\/\0]/.test(suggestedName) || suggestedName.startsWith(".")) return "suggestedName must be a plain file name";
	if (typeof content !== "string") return "content must be a string";
	if (content.length > 536870912) return "content is too large";
	return null;
}
/** Only https URLs leave the app, through the OS browser. */
function isAllowedExternalUrl(value) {
	if (typeof value !== "string" || value.length > 2048) return false;
	try {
		const url = new URL(value);
		return url.protocol === "https:" && url.hostname.length > 0 && url.username === "" && url.password === "";
	} catch {
		return false;
	}
}
var UntrustedSenderError = class extends Error {
	name = "UntrustedSenderError";
};
/** Only the main window's top frame, showing the app itself, may call in; returns that window. */
function assertTrustedSender(event, deps) {
	const window = deps.getMainWindow();
	const frame = event.senderFrame;
	if (!window || window.isDestroyed() || !frame) throw new UntrustedSenderError("IPC refused: no trusted window");
	const main = window.webContents.mainFrame;
	if (!(frame === main || frame.processId === main.processId && frame.frameToken === main.frameToken)) throw new UntrustedSenderError("IPC refused: sender is not the main frame of the main window");
	if (!deps.isAppUrl(frame.url)) throw new UntrustedSenderError("IPC refused: sender is not on the app origin");
	return window;
}
function assertNoArgs(args) {
	if (args.length !== 0) throw new TypeError("this call takes no arguments");
}
function messageOf(error) {
	return error instanceof Error ? error.message : String(error);
}
async function openFiles(window, deps) {
	const choice = await deps.showOpenDialog(window, {
		title: "Open articles",
		properties: ["openFile", "multiSelections"],
		filters: [{
			name: "Articles",
			extensions: [...ARTICLE_EXTENSIONS]
		}, {
			name: "All files",
			extensions: ["*"]
		}]
	});
	const files = [];
	const refused = [];
	if (choice.canceled) return {
		files,
		refused
	};
	let total = 0;
	for (const filePath of choice.filePaths) {
		const name = node_path.default.basename(filePath);
		try {
			const bytes = await deps.readFile(filePath, MAX_OPEN_FILE_BYTES);
			if (total + bytes.byteLength > 268435456) {
				refused.push({
					name,
					reason: `"${name}" was not opened: too much text at once; open it on its own`
				});
				continue;
			}
			total += bytes.byteLength;
			files.push({
				name,
				bytes
			});
		} catch (error) {
			refused.push({
				name,
				reason: messageOf(error)
			});
		}
	}
	return {
		files,
		refused
	};
}
async function saveExport(window, deps, request) {
	const invalid = invalidSaveExportRequest(request);
	if (invalid !== null) throw new TypeError(`saveExport: ${invalid}`);
	const { suggestedName, content } = request;
	const choice = await deps.showSaveDialog(window, {
		title: "Export JSON",
		defaultPath: suggestedName,
		filters: [{
			name: "JSON",
			extensions: ["json"]
		}],
		properties: ["createDirectory", "showOverwriteConfirmation"]
	});
	if (choice.canceled || !choice.filePath) return { saved: false };
	try {
		await deps.writeFile(choice.filePath, content);
	} catch (error) {
		return {
			saved: false,
			reason: messageOf(error)
		};
	}
	return {
		saved: true,
		path: choice.filePath
	};
}
async function openExternal(deps, url) {
	if (typeof url !== "string") throw new TypeError("openExternal: url must be a string");
	if (!isAllowedExternalUrl(url)) return false;
	try {
		await deps.openExternal(url);
		return true;
	} catch {
		return false;
	}
}
/** channel → handler, each wrapped in the sender check. Exposed for tests; production uses registerIpcHandlers. */
function createIpcHandlers(deps) {
	return {
		[IPC_CHANNELS.openFiles]: async (event, ...args) => {
			const window = assertTrustedSender(event, deps);
			assertNoArgs(args);
			return openFiles(window, deps);
		},
		[IPC_CHANNELS.saveExport]: async (event, ...args) => {
			const window = assertTrustedSender(event, deps);
			if (args.length !== 1) throw new TypeError("saveExport takes exactly one request");
			return saveExport(window, deps, args[0]);
		},
		[IPC_CHANNELS.openExternal]: async (event, ...args) => {
			assertTrustedSender(event, deps);
			if (args.length !== 1) throw new TypeError("openExternal takes exactly one url");
			return openExternal(deps, args[0]);
		}
	};
}
function registerIpcHandlers(deps, ipc = electron.ipcMain) {
	for (const [channel, handler] of Object.entries(createIpcHandlers(deps))) ipc.handle(channel, handler);
}
// src/main/menu.ts
function buildMenuTemplate(send, { isMac, isPackaged }) {
	const file = {
		label: "File",
		submenu: [
			{
				label: "Open…",
				accelerator: "CmdOrCtrl+O",
				click: () => send("open")
			},
			{
				label: "Export JSON…",
				accelerator: "CmdOrCtrl+E",
				click: () => send("export-json")
			},
			{ type: "separator" },
			isMac ? { role: "close" } : { role: "quit" }
		]
	};
	const edit = {
		label: "Edit",
		submenu: [
			{ role: "undo" },
			{ role: "redo" },
			{ type: "separator" },
			{ role: "cut" },
			{ role: "copy" },
			{ role: "paste" },
			{ type: "separator" },
			{ role: "selectAll" }
		]
	};
	const view = {
		label: "View",
		submenu: [
			{ role: "reload" },
			...isPackaged ? [] : [{ role: "toggleDevTools" }],
			{ type: "separator" },
			{ role: "resetZoom" },
			{ role: "zoomIn" },
			{ role: "zoomOut" },
			{ type: "separator" },
			{ role: "togglefullscreen" }
		]
	};
	const window = { role: "windowMenu" };
	return isMac ? [
		{ role: "appMenu" },
		file,
		edit,
		view,
		window
	] : [
		file,
		edit,
		view,
		window
	];
}
/** Installs the menu; commands go to whichever window is the main one at click time. */
function installMenu(getMainWindow, options) {
	const send = (command) => {
		const window = getMainWindow();
		if (window && !window.isDestroyed()) window.webContents.send(IPC_CHANNELS.menuCommand, command);
	};
	electron.Menu.setApplicationMenu(electron.Menu.buildFromTemplate(buildMenuTemplate(send, options)));
}
// src/main/navigation.ts
function applyNavigationGuards(contents, policy) {
	contents.on("will-navigate", (event) => {
		if (!policy.isAppUrl(event.url)) event.preventDefault();
	});
	contents.on("will-redirect", (event) => {
		if (!policy.isAppUrl(event.url)) event.preventDefault();
	});
	contents.on("will-attach-webview", (event) => {
		event.preventDefault();
	});
	contents.setWindowOpenHandler(({ url }) => {
		if (isAllowedExternalUrl(url)) policy.openExternal(url).catch(() => {});
		return { action: "deny" };
	});
}
// src/main/network.ts
/**
* Spanlight never talks to the network. Every request the renderer's session makes is cancelled unless it
* is for the app itself (app://spanlight, or the dev server while developing) or in-memory data (data:,
* blob:). So an imported page, PDF or Word file cannot fetch a tracking pixel, a font or a script, even if
* something slipped past the sanitizer and the CSP.
*/
var IN_MEMORY_SCHEMES = /* @__PURE__ */ new Set(["data:", "blob:"]);
function isRequestAllowed(url, isAppUrl) {
	let parsed;
	try {
		parsed = new URL(url);
	} catch {
		return false;
	}
	if (IN_MEMORY_SCHEMES.has(parsed.protocol)) return true;
	if (parsed.protocol === "devtools:") return true;
	if (parsed.protocol === "ws:" || parsed.protocol === "wss:") return isAppUrl(url.replace(/^ws/, "http"));
	return isAppUrl(url);
}
/** Cancels every request the session makes that `isRequestAllowed` refuses. */
function blockNetwork(session, isAppUrl) {
	session.webRequest.onBeforeRequest((details, callback) => {
		callback({ cancel: !isRequestAllowed(details.url, isAppUrl) });
	});
}
var APP_HOST = "spanlight";
`${APP_HOST}`;
/**
* True when `url` belongs to the app: app://spanlight/…, or the electron-vite dev server in development.
* `new URL(...).origin` is "null" for non-special schemes in Node, so the app scheme is compared by parts.
*/
function isAppUrl(url, devServerUrl) {
	let parsed;
	try {
		parsed = new URL(url);
	} catch {
		return false;
	}
	if (parsed.username !== "" || parsed.password !== "") return false;
	if (parsed.protocol === `app:`) return parsed.host === APP_HOST;
	if (!devServerUrl) return false;
	try {
		const dev = new URL(devServerUrl);
		return (dev.protocol === "http:" || dev.protocol === "https:") && parsed.origin === dev.origin;
	} catch {
		return false;
	}
}
// src/main/permissions.ts
/**
* Spanlight needs no web permission (camera, notifications, geolocation, clipboard API, ...). Denying
* everything means a compromised renderer cannot ask for any of them either.
*/
function denyAllPermissions(session) {
	session.setPermissionRequestHandler((_webContents, _permission, callback) => {
		callback(false);
	});
	session.setPermissionCheckHandler(() => false);
}
// src/main/protocol.ts
/**
* Serves the built renderer (out/renderer) at app://spanlight/…. A fixed, standard, secure origin keeps the
* IndexedDB store in one place across launches and versions, which file:// would not guarantee.
*/
/** Registered before `ready` (Electron requires it). No bypassCSP and no corsEnabled: the app gets no exemptions. */
var APP_SCHEME_PRIVILEGES = {
	scheme: "app",
	privileges: {
		standard: true,
		secure: true,
		supportFetchAPI: true,
		bypassCSP: false
	}
};
var CONTENT_TYPES = {
	".html": "text/html; charset=utf-8",
	".js": "text/javascript; charset=utf-8",
	".mjs": "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
	".json": "application/json; charset=utf-8",
	".map": "application/json; charset=utf-8",
	".woff2": "font/woff2",
	".woff": "font/woff",
	".png": "image/png",
	".svg": "image/svg+xml",
	".ico": "image/x-icon",
	".txt": "text/plain; charset=utf-8"
};
function contentTypeFor(filePath) {
	return CONTENT_TYPES[node_path.default.extname(filePath).toLowerCase()] ?? "application/octet-stream";
}
var PREFIX = `app://${APP_HOST}`;
/**
* Maps a request URL to a file under `rootDir`, or null (→ 404). Works on the raw string rather than a
* normalised URL so that `..`, `%2e%2e`, encoded slashes and backslashes are refused instead of being
* silently resolved; the final containment check is a second line of defence.
*/
function resolveAppUrl(url, rootDir) {
	const withoutQuery = url.split(/[?#]/, 1)[0] ?? "";
	if (withoutQuery.toLowerCase().slice(0, PREFIX.length) !== PREFIX) return null;
	const rest = withoutQuery.slice(PREFIX.length);
	if (rest !== "" && !rest.startsWith("/")) return null;
	const rawPath = rest.slice(1);
	const rawSegments = rawPath === "" ? ["index.html"] : rawPath.split("/");
	const segments = [];
	for (const raw of rawSegments) {
		let segment;
		try {
			segment = decodeURIComponent(raw);
		} catch {
			return null;
		}
		if (segment === "" || segment.startsWith(".") || /[/\\\0:]/.test(segment)) return null;
		if ([...segment].some((ch) => ch.charCodeAt(0) < 32)) return null;
		segments.push(segment);
	}
	const root = node_path.default.resolve(rootDir);
	const filePath = node_path.default.resolve(root, ...segments);
	if (!filePath.startsWith(root + node_path.default.sep)) return null;
	return filePath;
}
function securityHeaders(contentType) {
	return {
		"Content-Type": contentType,
		"Content-Security-Policy": CONTENT_SECURITY_POLICY,
		"X-Content-Type-Options": "nosniff",
		"Cache-Control": "no-cache"
	};
}
function notFound() {
	return new Response("Not found", {
		status: 404,
		headers: securityHeaders("text/plain; charset=utf-8")
	});
}
/** The protocol.handle handler, separated from Electron so it can be exercised with plain Request objects. */
function createAppProtocolHandler(rootDir, read = node_fs_promises.readFile) {
	return async (request) => {
		if (request.method !== "GET" && request.method !== "HEAD") return new Response("Method not allowed", {
			status: 405,
			headers: securityHeaders("text/plain")
		});
		const filePath = resolveAppUrl(request.url, rootDir);
		if (filePath === null) return notFound();
		let body;
		try {
			body = await read(filePath);
		} catch {
			return notFound();
		}
		const headers = securityHeaders(contentTypeFor(filePath));
		return new Response(request.method === "HEAD" ? null : body, {
			status: 200,
			headers
		});
	};
}
/** Installs the handler on the default session; the renderer lives next to main in the build output. */
function registerAppProtocol(rootDir = node_path.default.join(__dirname, "../renderer")) {
	electron.protocol.handle("app", createAppProtocolHandler(rootDir));
}
// src/main/window.ts
/**
* The one application window. The renderer is treated as untrusted web content: no Node, sandboxed,
* isolated, and it reaches the main process only through the preload's named functions.
*/
function mainWindowOptions(preloadPath) {
	return {
		title: "Spanlight",
		width: 1280,
		height: 840,
		minWidth: 720,
		minHeight: 480,
		show: false,
		webPreferences: {
			preload: preloadPath,
			contextIsolation: true,
			sandbox: true,
			nodeIntegration: false,
			nodeIntegrationInWorker: false,
			nodeIntegrationInSubFrames: false,
			webSecurity: true,
			allowRunningInsecureContent: false,
			webviewTag: false,
			experimentalFeatures: false,
			spellcheck: false
		}
	};
}
/** Where the window loads from: the dev server while developing, the app protocol otherwise. */
function rendererEntryUrl(devServerUrl) {
	return devServerUrl ?? "app://spanlight/index.html";
}
function createMainWindow(devServerUrl) {
	const window = new electron.BrowserWindow({
		...mainWindowOptions(node_path.default.join(__dirname, "../preload/index.js")),
		icon: node_path.default.join(__dirname, "../../resources/icon.png")
	});
	window.once("ready-to-show", () => window.show());
	window.loadURL(rendererEntryUrl(devServerUrl));
	return window;
}
// src/main/index.ts
/**
* Bootstrap only: wires the modules of this folder to Electron's lifecycle. Order matters here; each step
* notes what it must precede.
*/
electron.protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
var testProfile = electron.app.isPackaged ? void 0 : process.env.SPANLIGHT_USER_DATA_DIR;
electron.app.setPath("userData", testProfile && node_path.default.isAbsolute(testProfile) ? testProfile : node_path.default.join(electron.app.getPath("appData"), "Spanlight"));
electron.app.enableSandbox();
var devServerUrl = electron.app.isPackaged ? void 0 : process.env.ELECTRON_RENDERER_URL;
var isTrusted = (url) => isAppUrl(url, devServerUrl);
var mainWindow = null;
var getMainWindow = () => mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
function openMainWindow() {
	const window = createMainWindow(devServerUrl);
	window.on("closed", () => {
		if (mainWindow === window) mainWindow = null;
	});
	mainWindow = window;
}
if (!electron.app.requestSingleInstanceLock()) electron.app.quit();
else {
	electron.app.on("second-instance", () => {
		const window = getMainWindow();
		if (!window) return;
		if (window.isMinimized()) window.restore();
		window.show();
		window.focus();
	});
	electron.app.on("web-contents-created", (_event, contents) => {
		applyNavigationGuards(contents, {
			isAppUrl: isTrusted,
			openExternal: (url) => electron.shell.openExternal(url)
		});
	});
	electron.app.on("window-all-closed", () => {
		if (process.platform !== "darwin") electron.app.quit();
	});
	electron.app.whenReady().then(() => {
		registerAppProtocol();
		denyAllPermissions(electron.session.defaultSession);
		blockNetwork(electron.session.defaultSession, isTrusted);
		applyCspHeaders(electron.session.defaultSession, devServerUrl ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
		registerIpcHandlers({
			getMainWindow,
			isAppUrl: isTrusted,
			showOpenDialog: (window, options) => electron.dialog.showOpenDialog(window, options),
			showSaveDialog: (window, options) => electron.dialog.showSaveDialog(window, options),
			readFile: readFileCapped,
			writeFile: (filePath, content) => writeFileAtomic(filePath, content),
			openExternal: (url) => electron.shell.openExternal(url)
		});
		installMenu(getMainWindow, {
			isMac: process.platform === "darwin",
			isPackaged: electron.app.isPackaged
		});
		openMainWindow();
		electron.app.on("activate", () => {
			if (!getMainWindow()) openMainWindow();
		});
	}).catch((error) => {
		electron.dialog.showErrorBox("Spanlight could not start", error instanceof Error ? error.message : String(error));
		electron.app.quit();
	});
}
