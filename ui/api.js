// The one door to the Tandem core: call(command, args) over the Tauri `call` command, with errors normalised to {code, message, field?}; plus the few commands of their own (open a document, a backup with its progress).

let lockedHandler = null;

/** Register what to do when any command answers that the vault is locked. */
export function onLocked(handler) {
  lockedHandler = handler;
}

/** True when the page runs inside the Tauri window (the core is reachable). */
export function hasCore() {
  return Boolean(window.__TAURI__ && window.__TAURI__.core && typeof window.__TAURI__.core.invoke === 'function');
}

function normalise(e) {
  if (e && typeof e === 'object' && typeof e.message === 'string') {
    const out = { code: typeof e.code === 'string' ? e.code : 'internal', message: e.message };
    if (typeof e.field === 'string' && e.field !== '') out.field = e.field;
    return out;
  }
  if (typeof e === 'string') return { code: 'internal', message: e };
  return { code: 'internal', message: String(e) };
}

/**
 * Run one core command. Resolves with its JSON result, rejects with {code, message, field?}
 * where message is already in the current language.
 */
export async function call(command, args = {}) {
  try {
    return await window.__TAURI__.core.invoke('call', { command, args });
  } catch (e) {
    const err = normalise(e);
    if (err.code === 'locked' && lockedHandler) lockedHandler(err);
    throw err;
  }
}

/** Open a document that Tandem saved, in the system's PDF viewer (to read or print it). */
export async function openDocument(path) {
  try {
    await window.__TAURI__.core.invoke('open_document', { path });
  } catch (e) {
    throw normalise(e);
  }
}

/**
 * Make a backup now into `folder` (a path; null or empty = the automatic backups folder).
 * `onProgress(done, total)` follows the pages copied (the `backup-progress` events).
 * Resolves with {path, bytes, created_at}, rejects with {code, message, field?} like `call`.
 */
export async function backupNow(folder, onProgress = () => {}) {
  let unlisten = null;
  try {
    const events = window.__TAURI__.event;
    if (events && typeof events.listen === 'function') {
      unlisten = await events.listen('backup-progress', (e) => {
        const p = (e && e.payload) || {};
        onProgress(Number(p.done) || 0, Number(p.total) || 0);
      });
    }
  } catch {
    unlisten = null; // without progress the backup still runs
  }
  try {
    return await window.__TAURI__.core.invoke('backup', { folder: folder || null });
  } catch (e) {
    const err = normalise(e);
    if (err.code === 'locked' && lockedHandler) lockedHandler(err);
    throw err;
  } finally {
    if (typeof unlisten === 'function') {
      try { unlisten(); } catch { /* already gone */ }
    }
  }
}
