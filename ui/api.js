// The one door to the Tandem core: call(command, args) over the Tauri `call` command, with errors normalised to {code, message, field?}.

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
