// A signature pad on a <canvas>: pointer events (mouse, touch, pen), smooth dark ink on a transparent background, PNG out.

const INK = '#13233a';
const WIDTH = 2.6;       // line width in CSS pixels (a pen's pressure varies it)
const MIN_STEP = 0.8;    // points closer than this (CSS pixels) are skipped: steadier curves

function mid(a, b) {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, w: (a.w + b.w) / 2 };
}

/**
 * Make `canvas` a signature pad. onInk() is called after each stroke. Returns
 * { fit, clear, isEmpty, setEnabled, toPngBase64 }.
 */
export function createPad(canvas, { onInk = () => {} } = {}) {
  const ctx = canvas.getContext('2d');
  let ratio = 1;
  let ink = false;
  let enabled = true;
  let stroke = null; // { id, points, last } while a pointer draws

  function prepare() {
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = INK;
    ctx.fillStyle = INK;
  }

  /** Match the drawing surface to the size on screen; what is drawn stays. Call when the pad is visible. */
  function fit() {
    const rect = canvas.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) return;
    const r = window.devicePixelRatio || 1;
    const w = Math.round(rect.width * r);
    const h = Math.round(rect.height * r);
    if (canvas.width === w && canvas.height === h && ratio === r) return;
    let copy = null;
    if (ink) {
      copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      copy.getContext('2d').drawImage(canvas, 0, 0);
    }
    const scale = r / ratio;
    canvas.width = w;
    canvas.height = h;
    ratio = r;
    if (copy) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(copy, 0, 0, copy.width * scale, copy.height * scale);
    }
    prepare();
  }

  function clearPad() {
    stroke = null;
    ink = false;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    prepare();
  }

  function pointOf(ev) {
    const rect = canvas.getBoundingClientRect();
    const pressure = ev.pointerType === 'pen' && ev.pressure > 0 ? ev.pressure : 0.5;
    return { x: ev.clientX - rect.left, y: ev.clientY - rect.top, w: WIDTH * (0.5 + pressure) };
  }

  function segment(from, control, to) {
    ctx.lineWidth = control.w;
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.quadraticCurveTo(control.x, control.y, to.x, to.y);
    ctx.stroke();
  }

  /** Add a point: draw the curve from the previous midpoint to the new one, around the previous point. */
  function add(p) {
    const pts = stroke.points;
    const prev = pts[pts.length - 1];
    if (Math.hypot(p.x - prev.x, p.y - prev.y) < MIN_STEP) return;
    pts.push(p);
    const m = mid(prev, p);
    if (pts.length === 2) segment(prev, prev, m);
    else segment(stroke.last, prev, m);
    stroke.last = m;
  }

  function finish(ev) {
    if (!stroke || ev.pointerId !== stroke.id) return;
    const pts = stroke.points;
    if (pts.length === 1) {
      // A tap: a dot.
      const p = pts[0];
      ctx.beginPath();
      ctx.arc(p.x, p.y, p.w / 2 + 0.4, 0, Math.PI * 2);
      ctx.fill();
    } else {
      const end = pts[pts.length - 1];
      segment(stroke.last, end, end);
    }
    stroke = null;
    ink = true;
    onInk();
  }

  canvas.addEventListener('pointerdown', (ev) => {
    if (!enabled || stroke) return;
    if (ev.pointerType === 'mouse' && ev.button !== 0) return;
    ev.preventDefault();
    fit();
    try { canvas.setPointerCapture(ev.pointerId); } catch { /* the pointer is already gone */ }
    const p = pointOf(ev);
    stroke = { id: ev.pointerId, points: [p], last: p };
  });

  canvas.addEventListener('pointermove', (ev) => {
    if (!stroke || ev.pointerId !== stroke.id) return;
    ev.preventDefault();
    const list = typeof ev.getCoalescedEvents === 'function' ? ev.getCoalescedEvents() : [];
    for (const e of list.length ? list : [ev]) add(pointOf(e));
  });

  canvas.addEventListener('pointerup', finish);
  canvas.addEventListener('pointercancel', finish);
  canvas.addEventListener('lostpointercapture', finish);
  // No context menu or text selection while signing (long press with a finger or pen).
  canvas.addEventListener('contextmenu', (ev) => ev.preventDefault());

  prepare();

  return {
    fit,
    clear: clearPad,
    isEmpty: () => !ink,
    /** Drawing on or off (after a signature, or before the report is read together). */
    setEnabled(on) {
      enabled = Boolean(on);
      if (!enabled) stroke = null;
    },
    /** The drawing as PNG, base64 without the `data:image/png;base64,` prefix. */
    toPngBase64() {
      return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
    },
  };
}
