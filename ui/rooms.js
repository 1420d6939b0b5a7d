// The rooms: each screen's markup put into its container once at start, and the rooms that hold a person's data emptied on lock and re-opened from the core after unlock.
import { $ } from './dom.js';
import { applyI18n } from './i18n.js';
import { markup as onboarding } from './screens/onboarding/markup.js';
import { markup as recovery } from './screens/recovery/markup.js';
import { markup as unlock } from './screens/unlock/markup.js';
import { markup as main } from './screens/main/markup.js';
import { markup as request } from './screens/request/markup.js';
import { markup as review } from './screens/review/markup.js';
import { markup as plan } from './screens/plan/markup.js';
import { markup as settings } from './screens/settings/markup.js';
import { markup as signals } from './screens/signals/markup.js';
import { markup as team } from './screens/team/markup.js';

const MARKUP = { onboarding, recovery, unlock, main, request, review, plan, settings, signals, team };

/** Every screen, by the name of its container (#screen-<name>) and its folder (ui/screens/<name>/). */
export const SCREENS = Object.keys(MARKUP);

/** Rooms that show a person's file: emptied on lock. */
export const PERSON_ROOMS = ['main', 'request', 'review', 'plan'];

/**
 * The rooms by name: {where(), open(where), clear()}. where() tells what the room shows (ids, or
 * null when nothing of a person is open); open(where) opens it again from the core; clear() drops
 * what the room's module keeps of the person that the core can give again.
 */
const rooms = new Map();
/** Children of an emptied room, out of the document until the unlock. */
const emptied = new Map();
/** Unsaved edits of an emptied room: field id → {value, checked}. */
const edits = new Map();

/** Put every screen's markup into its container (once, before any module looks for its elements). */
export function buildRooms() {
  for (const [name, html] of Object.entries(MARKUP)) $(`screen-${name}`).innerHTML = html;
}

/** Register room `name`. */
export function defineRoom(name, room) {
  rooms.set(name, room);
}

/** What room `name` shows now (for opening it again after an unlock). */
export function whereIs(name) {
  const room = rooms.get(name);
  return room ? room.where() : null;
}

/**
 * The value of every field (passwords, files and searches never kept): after the re-render,
 * those that differ are the unsaved edits.
 */
function unsavedFields(section) {
  const kept = new Map();
  for (const input of Array.from(section.querySelectorAll('input[id], textarea[id], select[id]'))) {
    if (['password', 'file', 'search'].includes(input.type) || input.disabled) continue;
    kept.set(input.id, { value: input.value, checked: input.checked });
  }
  return kept;
}

/** Lock: the person rooms are emptied (their children leave the document), their unsaved edits kept here. */
export function emptyRooms() {
  for (const name of PERSON_ROOMS) {
    if (emptied.has(name)) continue;
    const section = $(`screen-${name}`);
    const room = rooms.get(name);
    edits.set(name, unsavedFields(section));
    if (room && room.clear) room.clear();
    emptied.set(name, Array.from(section.childNodes));
    section.replaceChildren();
  }
}

/** True while the person rooms are emptied. */
export function roomsEmptied() {
  return emptied.size > 0;
}

/** Unlock: the rooms get their elements back (to be filled again from the core by their open function). */
export function refillRooms() {
  for (const [name, nodes] of emptied) {
    const section = $(`screen-${name}`);
    section.replaceChildren(...nodes);
    applyI18n(section); // the language may have changed on the unlock screen
  }
  emptied.clear();
}

/**
 * Open room `name` again at `where` (from the core; nothing to open when `where` is null), then put
 * back the edits not saved before the lock (of every emptied room: the request under a review too).
 */
export async function reopenRoom(name, where) {
  const room = rooms.get(name);
  const kept = Array.from(edits.values()).flatMap((m) => Array.from(m));
  edits.clear();
  if (room && where !== null && where !== undefined) await room.open(where);
  for (const [id, { value, checked }] of kept) {
    const input = $(id);
    // A field the worker is typing in since the unlock is theirs now.
    if (!input || input === document.activeElement) continue;
    const box = input.type === 'checkbox' || input.type === 'radio';
    if (box ? input.checked === checked : input.value === value) continue;
    if (box) input.checked = checked;
    else input.value = value;
    // Marks the form as edited again (its unsaved bar and dirty state); no change event, which could save.
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
