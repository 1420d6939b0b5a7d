// Long explanations: shown in full the first time they are seen, folded after that behind a "Show the explanation" button; the worker's choice is remembered per explanation (localStorage).
import { el } from './dom.js';
import { onLanguageChange, setText, t } from './i18n.js';

const KEY = 'tandem.fold.';
/** An explanation longer than this (in the app language) folds. */
const LONG = 200;
/**
 * The worker's explanations. Never folded: a hint that describes a field, errors and statuses,
 * and what the person reads on the signing screen (each time is their first time).
 */
const EXPLANATIONS = 'p.hint[data-i18n], p.intro[data-i18n], p.lead[data-i18n]';

function remembered(id) {
  try {
    return window.localStorage.getItem(KEY + id);
  } catch {
    return null;
  }
}

function remember(id, value) {
  try {
    window.localStorage.setItem(KEY + id, value);
  } catch { /* private storage refused: the choice lasts until the window closes */ }
}

let seen = null;

/** The first time an explanation is on screen, it counts as read: the next time it starts folded. */
function watchSeen(p) {
  if (!seen) {
    seen = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const id = entry.target.getAttribute('data-fold');
        if (!remembered(id)) remember(id, 'seen');
        seen.unobserve(entry.target);
      }
    });
  }
  seen.observe(p);
}

function show(p, button, open) {
  p.hidden = !open;
  button.setAttribute('aria-expanded', open ? 'true' : 'false');
  setText(button, open ? 'fold-hide' : 'fold-show');
}

/** Give one long explanation its fold button (once). */
function makeFoldable(p, n) {
  const id = p.getAttribute('data-i18n');
  p.setAttribute('data-fold', id);
  if (!p.id) p.id = `fold-${n}-${id}`;
  const button = el('button', { type: 'button', class: 'btn btn-small btn-quiet fold-toggle', 'aria-controls': p.id });
  p.parentNode.insertBefore(button, p);
  const state = remembered(id);
  show(p, button, state === null || state === 'open');
  if (state === null) watchSeen(p);
  button.addEventListener('click', () => {
    const open = p.hidden;
    show(p, button, open);
    remember(id, open ? 'open' : 'folded');
  });
}

let counter = 0;

/** Every long explanation inside `root` that is not yet foldable. */
export function foldExplanations(root = document) {
  const described = new Set();
  for (const node of Array.from(root.querySelectorAll('[aria-describedby]'))) {
    for (const ref of node.getAttribute('aria-describedby').split(/\s+/)) described.add(ref);
  }
  for (const p of Array.from(root.querySelectorAll(EXPLANATIONS))) {
    if (p.hasAttribute('data-fold') || (p.id && described.has(p.id))) continue;
    if (p.closest('#together-banner, #help-overlay, .print-sheet, .print-document')) continue;
    if (t(p.getAttribute('data-i18n')).length < LONG) continue;
    counter += 1;
    makeFoldable(p, counter);
  }
}

/** Fold explanations now and after each catalog load (rooms refilled after an unlock included). */
export function initFolds() {
  onLanguageChange(() => foldExplanations(document));
  new MutationObserver(() => {
    if (initFolds.pending) return;
    initFolds.pending = true;
    window.requestAnimationFrame(() => {
      initFolds.pending = false;
      foldExplanations(document);
    });
  }).observe(document.body, { childList: true, subtree: true });
}
