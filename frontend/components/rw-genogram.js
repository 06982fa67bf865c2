/*
 * <rw-genogram>: the geno-sociogram and krachtenveld of werkkaart 4, drawn as SVG.
 *
 * The persons and lines stay documents on the server; this element only draws what
 * the server sends (setData, then deltas: upsertPerson, removePerson, upsertRelation,
 * removeRelation, movePersons, setDragging) and reports what the user did as
 * CustomEvents: rw-select {kind, id}, rw-move {id, x, y, final}, rw-drag {id, dragging}.
 * Every user text is set with textContent. Visual attributes are set on the SVG
 * elements themselves (not by CSS), so an exported SVG or PNG looks the same.
 * Pointer events for mouse, pen and touch (pinch to zoom); Tab, arrow keys and Enter.
 */
(() => {
  if (customElements.get('rw-genogram')) {
    return;
  }
  const NS = 'http://www.w3.org/2000/svg';
  const INK = '#1f2a37';
  const MUTED = '#5b6675';
  const ACCENT = '#2f6f73';
  const FONT = 'Inter, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif';
  const HALF = 22;            // half the size of a family person's shape
  const PRO_W = 70;           // half the width of a professional
  const PRO_H = 19;           // half the height of a professional
  const PROFESSIONAL = new Set(['PROFESSIONAL', 'ORGANISATION']);

  function el(name, attrs, parent) {
    const e = document.createElementNS(NS, name);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v !== undefined && v !== null) {
          e.setAttribute(k, String(v));
        }
      }
    }
    if (parent) {
      parent.appendChild(e);
    }
    return e;
  }

  function text(parent, x, y, content, attrs) {
    const t = el('text', Object.assign({x, y, 'text-anchor': 'middle', 'font-family': FONT, 'font-size': 12,
      fill: INK}, attrs || {}), parent);
    t.textContent = content;
    return t;
  }

  function shorten(s, max) {
    if (!s) {
      return '';
    }
    return s.length > max ? s.slice(0, max - 1) + '…' : s;
  }

  function format(template, ...args) {
    return (template || '').replace(/\{(\d+)\}/g, (m, i) => (args[i] !== undefined ? args[i] : m));
  }

  /** Points along a straight or arced line, to draw offset, zigzag and marked lines along it. */
  class Track {
    constructor(p1, p2, bend) {
      const n = bend ? 24 : 1;
      const cx = (p1.x + p2.x) / 2;
      const cy = (p1.y + p2.y) / 2 - bend;
      this.points = [];
      for (let i = 0; i <= n; i++) {
        const t = i / n;
        this.points.push(bend
          ? {x: (1 - t) * (1 - t) * p1.x + 2 * (1 - t) * t * cx + t * t * p2.x,
            y: (1 - t) * (1 - t) * p1.y + 2 * (1 - t) * t * cy + t * t * p2.y}
          : {x: p1.x + (p2.x - p1.x) * t, y: p1.y + (p2.y - p1.y) * t});
      }
      this.lengths = [0];
      for (let i = 1; i < this.points.length; i++) {
        const a = this.points[i - 1];
        const b = this.points[i];
        this.lengths.push(this.lengths[i - 1] + Math.hypot(b.x - a.x, b.y - a.y));
      }
      this.length = this.lengths[this.lengths.length - 1] || 1;
    }

    /** The point at distance s along the line, moved o to its side. */
    at(s, o) {
      const L = this.lengths;
      let i = 1;
      while (i < L.length - 1 && L[i] < s) {
        i++;
      }
      const a = this.points[i - 1];
      const b = this.points[i];
      const segment = (L[i] - L[i - 1]) || 1;
      const t = Math.max(0, Math.min(1, (s - L[i - 1]) / segment));
      const dx = (b.x - a.x) / segment;
      const dy = (b.y - a.y) / segment;
      return {x: a.x + (b.x - a.x) * t - dy * (o || 0), y: a.y + (b.y - a.y) * t + dx * (o || 0)};
    }

    path(o, from, to) {
      const pts = [this.at(from, o)];
      this.lengths.forEach((l, i) => {
        if (l > from && l < to && i > 0 && i < this.lengths.length - 1) {
          pts.push(this.at(l, o));
        }
      });
      pts.push(this.at(to, o));
      return 'M' + pts.map(q => `${q.x.toFixed(1)},${q.y.toFixed(1)}`).join(' L');
    }
  }

  class RwGenogram extends HTMLElement {
    constructor() {
      super();
      this.persons = new Map();
      this.relations = new Map();
      this.draggers = new Map();
      this.labels = {};
      this.kind = 'GENOGRAM';
      this.editable = false;
      this.view = {tx: 0, ty: 0, k: 1};
      this.showProfessionals = true;
      this.selected = null;
      this.drag = null;
      this.pointers = new Map();
      this.pending = false;
      this.nodeEls = new Map();
      this.keyTimers = new Map();
      this.fitted = false;
      // persons just added (or placed by rule) that the view does not show: a "nieuw: …" marker
      this.fresh = [];
      this.recent = new Map();
    }

    connectedCallback() {
      if (this.svg) {
        return;
      }
      this.classList.add('rw-gs');
      this.bar = document.createElement('div');
      this.bar.className = 'rw-gs-bar';
      this.appendChild(this.bar);
      this.canvas = document.createElement('div');
      this.canvas.className = 'rw-gs-canvas';
      this.appendChild(this.canvas);
      this.svg = el('svg', {class: 'rw-gs-svg', role: 'group', 'font-family': FONT});
      this.canvas.appendChild(this.svg);
      this.emptyNote = document.createElement('p');
      this.emptyNote.className = 'rw-gs-empty';
      this.canvas.appendChild(this.emptyNote);
      this.freshMarker = document.createElement('button');
      this.freshMarker.type = 'button';
      this.freshMarker.className = 'rw-gs-fresh-marker';
      this.freshMarker.hidden = true;
      this.freshMarker.addEventListener('click', () => this.showFresh());
      this.canvas.appendChild(this.freshMarker);
      const defs = el('defs', null, this.svg);
      const arrow = el('marker', {id: 'rw-gs-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7,
        markerHeight: 7, orient: 'auto-start-reverse', markerUnits: 'userSpaceOnUse'}, defs);
      el('path', {d: 'M0,0 L10,5 L0,10 z', fill: INK}, arrow);
      this.defs = defs;
      this.viewport = el('g', {class: 'rw-gs-viewport'}, this.svg);
      this.householdLayer = el('g', {class: 'rw-gs-households'}, this.viewport);
      this.lineLayer = el('g', {class: 'rw-gs-lines'}, this.viewport);
      this.nodeLayer = el('g', {class: 'rw-gs-nodes'}, this.viewport);
      this.legendDetails = document.createElement('details');
      this.legendDetails.className = 'rw-gs-legend-details';
      this.legendSummary = document.createElement('summary');
      this.legendDetails.appendChild(this.legendSummary);
      this.legendBox = document.createElement('div');
      this.legendBox.className = 'rw-gs-legend';
      this.legendDetails.appendChild(this.legendBox);
      this.appendChild(this.legendDetails);
      // on a small screen the legend starts folded, to leave room for the drawing
      this.legendDetails.open = window.innerWidth >= 1280;
      this.legendDetails.addEventListener('toggle', () => this.schedule());
      this.installPointer();
      this.installKeys();
      this.buildBar();
      this.userView = false;
      new ResizeObserver(() => {
        if (!this.userView && this.persons.size > 0 && this.canvas.clientWidth > 0) {
          this.autoView();
        }
        this.schedule();
      }).observe(this.canvas);
    }

    // ---- API for the server ------------------------------------------------------------

    setData(json) {
      const data = typeof json === 'string' ? JSON.parse(json) : json;
      this.labels = data.labels || {};
      this.kind = data.kind;
      this.editable = !!data.editable;
      this.diagramTitle = data.title || '';
      this.persons.clear();
      this.relations.clear();
      this.nodeEls.clear();
      this.nodeLayer.replaceChildren();
      (data.persons || []).forEach(p => this.persons.set(p.id, p));
      (data.relations || []).forEach(r => this.relations.set(r.id, r));
      this.svg.setAttribute('aria-label', this.labels.diagram || '');
      this.emptyNote.textContent = this.labels.empty || '';
      this.buildBar();
      this.persons.forEach(p => this.drawNode(p));
      this.userView = false;
      this.fresh = [];
      this.schedule();
      if (this.canvas.clientWidth > 0) {
        this.autoView();
      }
    }

    upsertPerson(json) {
      const p = typeof json === 'string' ? JSON.parse(json) : json;
      const old = this.persons.get(p.id);
      if (old && this.drag && this.drag.id === p.id) {
        p.x = old.x;
        p.y = old.y;
      }
      this.persons.set(p.id, p);
      this.drawNode(p);
      if (!old) {
        this.recent.set(p.id, Date.now());
        this.noteFresh(p.id);
        if (!this.userView) {
          this.autoView();
        }
      }
      this.updateFresh();
      this.schedule();
    }

    noteFresh(id) {
      this.fresh = this.fresh.filter(f => f !== id);
      this.fresh.push(id);
    }

    /** Whether a person stands inside the visible part of the canvas. */
    inView(p) {
      const {tx, ty, k} = this.view;
      const x = p.x * k + tx;
      const y = p.y * k + ty;
      return x >= 10 && x <= this.canvas.clientWidth - 10 && y >= 10 && y <= this.canvas.clientHeight - 10;
    }

    /** Drops what is in view now; marks the latest that is not ("nieuw: naam ↓"). */
    updateFresh() {
      if (!this.freshMarker || this.canvas.clientWidth === 0) {
        return;
      }
      this.fresh = this.fresh.filter(id => this.persons.has(id) && this.visible(this.persons.get(id))
        && !this.inView(this.persons.get(id)));
      const id = this.fresh[this.fresh.length - 1];
      if (!id) {
        this.freshMarker.hidden = true;
        this.removeAttribute('data-fresh');
        return;
      }
      const p = this.persons.get(id);
      const {tx, ty, k} = this.view;
      const dx = p.x * k + tx - this.canvas.clientWidth / 2;
      const dy = p.y * k + ty - this.canvas.clientHeight / 2;
      const arrow = Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? '→' : '←') : (dy > 0 ? '↓' : '↑');
      const name = (p.name || '').length > 40 ? p.name.slice(0, 39) + '…' : (p.name || '');
      this.freshMarker.textContent = (this.labels.fresh || 'nieuw: {0}').replace('{0}', name) + ' ' + arrow;
      this.freshMarker.hidden = false;
      this.setAttribute('data-fresh', id);
    }

    /** The marker's action: the person in the middle of the view. */
    showFresh() {
      const id = this.fresh[this.fresh.length - 1];
      const p = id && this.persons.get(id);
      if (!p) {
        return;
      }
      this.userView = true;
      this.view.tx = this.canvas.clientWidth / 2 - p.x * this.view.k;
      this.view.ty = this.canvas.clientHeight / 2 - p.y * this.view.k;
      this.applyView();
    }

    removePerson(id) {
      this.persons.delete(id);
      const g = this.nodeEls.get(id);
      if (g) {
        g.remove();
        this.nodeEls.delete(id);
      }
      if (this.selected === id) {
        this.selected = null;
      }
      this.schedule();
    }

    upsertRelation(json) {
      const r = typeof json === 'string' ? JSON.parse(json) : json;
      this.relations.set(r.id, r);
      this.schedule();
    }

    removeRelation(id) {
      this.relations.delete(id);
      this.schedule();
    }

    /** {id: [x, y], ...}: new places; a person this browser is dragging keeps following the pointer. */
    movePersons(json) {
      const moves = typeof json === 'string' ? JSON.parse(json) : json;
      for (const [id, [x, y]] of Object.entries(moves)) {
        const p = this.persons.get(id);
        if (!p || (this.drag && this.drag.id === id && this.drag.moving)) {
          continue;
        }
        p.x = x;
        p.y = y;
        this.placeNode(p);
        if (Date.now() - (this.recent.get(id) || 0) < 20000) {
          // a person just added, now placed by rule (a child below the parent): keep it noticeable
          this.noteFresh(id);
        }
      }
      if (!this.userView && this.fresh.some(id => !this.inView(this.persons.get(id) || {x: 0, y: 0}))) {
        this.autoView();
      }
      this.updateFresh();
      this.schedule();
    }

    setDragging(id, name) {
      if (name) {
        this.draggers.set(id, {name, at: Date.now()});
        // a lost "stopped" message clears itself
        setTimeout(() => {
          const d = this.draggers.get(id);
          if (d && Date.now() - d.at >= 29000) {
            this.setDragging(id, null);
          }
        }, 30000);
      } else {
        this.draggers.delete(id);
      }
      const p = this.persons.get(id);
      if (p) {
        this.drawNode(p);
      }
    }

    setLayerVisible(visible) {
      this.showProfessionals = !!visible;
      this.classList.toggle('rw-gs-hide-pro', !visible);
      if (!this.userView && this.persons.size > 0) {
        this.autoView();
      }
      this.schedule();
    }

    setSelected(id) {
      const before = this.selected;
      this.selected = id || null;
      [before, this.selected].forEach(x => {
        const p = x && this.persons.get(x);
        if (p) {
          this.drawNode(p);
        }
      });
      this.schedule();
    }

    // ---- toolbar: zoom and export ------------------------------------------------------

    buildBar() {
      if (!this.bar) {
        return;
      }
      this.bar.replaceChildren();
      const button = (label, cls, action) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'rw-gs-button ' + cls;
        b.textContent = label;
        b.setAttribute('aria-label', label);
        b.addEventListener('click', action);
        this.bar.appendChild(b);
        return b;
      };
      button('+', 'rw-gs-zoom-in', () => this.zoomBy(1.25)).title = this.labels.zoomIn || '';
      button('−', 'rw-gs-zoom-out', () => this.zoomBy(0.8)).title = this.labels.zoomOut || '';
      button(this.labels.fit || 'Alles', 'rw-gs-fit', () => {
        this.fit(0.1);
        this.userView = true;
      });
      const gap = document.createElement('span');
      gap.className = 'rw-gs-gap';
      this.bar.appendChild(gap);
      button(this.labels.exportSvg || 'SVG', 'rw-gs-export-svg', () => this.exportSvg());
      button(this.labels.exportPng || 'PNG', 'rw-gs-export-png', () => this.exportPng());
    }

    zoomBy(factor, cx, cy) {
      this.userView = true;
      const w = this.canvas.clientWidth;
      const h = this.canvas.clientHeight;
      const px = cx === undefined ? w / 2 : cx;
      const py = cy === undefined ? h / 2 : cy;
      const k = Math.max(0.15, Math.min(4, this.view.k * factor));
      const f = k / this.view.k;
      this.view.tx = px - (px - this.view.tx) * f;
      this.view.ty = py - (py - this.view.ty) * f;
      this.view.k = k;
      this.applyView();
    }

    /** Everything in view, but never smaller than {@code minScale}. */
    fit(minScale) {
      const box = this.contentBox(true);
      const w = this.canvas.clientWidth;
      const h = this.canvas.clientHeight;
      if (!box || w === 0 || h === 0) {
        return false;
      }
      const whole = Math.min(w / box.w, h / box.h);
      const k = Math.max(minScale, Math.min(1.3, whole));
      this.view.k = k;
      this.view.tx = (w - box.w * k) / 2 - box.x * k;
      this.view.ty = (h - box.h * k) / 2 - box.y * k;
      if (k > whole) {
        // too big to show whole and readable: start at the top, around the case's child
        const index = [...this.persons.values()].find(p => p.index && this.visible(p));
        const cx = index ? index.x : box.x + box.w / 2;
        this.view.tx = w / 2 - cx * k;
        this.view.ty = 8 - box.y * k;
      }
      this.applyView();
      return true;
    }

    /** The view before anyone zooms or pans: all of it, as long as the names stay readable. */
    autoView() {
      this.fit(0.72);
    }

    applyView() {
      const {tx, ty, k} = this.view;
      this.viewport.setAttribute('transform', `translate(${tx.toFixed(1)},${ty.toFixed(1)}) scale(${k.toFixed(4)})`);
      this.updateFresh();
    }

    visible(p) {
      return this.showProfessionals || !PROFESSIONAL.has(p.shape);
    }

    /** The drawing's extent in diagram units, with room for names and the household boundaries. */
    contentBox(onlyVisible) {
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      this.persons.forEach(p => {
        if (onlyVisible && !this.visible(p)) {
          return;
        }
        minX = Math.min(minX, p.x - 80);
        maxX = Math.max(maxX, p.x + 80);
        minY = Math.min(minY, p.y - 48);
        maxY = Math.max(maxY, p.y + 72);
      });
      if (minX === Infinity) {
        return null;
      }
      return {x: minX, y: minY, w: maxX - minX, h: maxY - minY};
    }

    // ---- drawing -----------------------------------------------------------------------

    schedule() {
      if (this.pending) {
        return;
      }
      this.pending = true;
      requestAnimationFrame(() => {
        this.pending = false;
        this.drawLines();
        this.drawLegend();
        this.classList.toggle('rw-gs-is-empty', this.persons.size === 0);
      });
    }

    placeNode(p) {
      const g = this.nodeEls.get(p.id);
      if (g) {
        g.setAttribute('transform', `translate(${p.x},${p.y})`);
      }
    }

    describe(p) {
      const parts = [p.name, this.labels.shapes ? this.labels.shapes[p.shape] : p.shape];
      if (p.year) {
        parts.push(String(p.year));
      }
      if (p.age !== null && p.age !== undefined) {
        parts.push(format(this.labels.ageYears, p.age));
      }
      if (p.deceased) {
        parts.push(this.labels.deceased);
      }
      if (p.index) {
        parts.push(this.labels.index);
      }
      if (p.household) {
        parts.push(this.labels.household + ' ' + p.household);
      }
      if (p.eventText) {
        parts.push(p.eventText);
      }
      if (p.note) {
        parts.push(p.note);
      }
      return parts.filter(Boolean).join(', ');
    }

    drawNode(p) {
      let g = this.nodeEls.get(p.id);
      const hadFocus = g && (document.activeElement === g);
      if (!g) {
        g = el('g', {class: 'rw-gs-node', 'data-id': p.id}, this.nodeLayer);
        this.nodeEls.set(p.id, g);
      }
      g.replaceChildren();
      const pro = PROFESSIONAL.has(p.shape);
      g.setAttribute('class', 'rw-gs-node' + (pro ? ' rw-gs-pro' : '') + (this.selected === p.id ? ' rw-gs-selected' : '')
        + (this.draggers.has(p.id) ? ' rw-gs-dragged' : ''));
      g.setAttribute('data-shape', p.shape);
      g.setAttribute('data-name', p.name);
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', this.describe(p));
      el('title', null, g).textContent = this.describe(p);
      this.placeNode(p);
      this.drawShape(g, p, 0, true);
      if (p.index) {
        this.drawShape(g, p, 5, false);
      }
      if (p.deceased) {
        const d = pro ? PRO_H : HALF;
        const w = pro ? PRO_W : HALF;
        el('path', {d: `M${-w},${-d} L${w},${d} M${w},${-d} L${-w},${d}`, stroke: INK, 'stroke-width': 1.6}, g);
      }
      if (pro) {
        text(g, 0, 4, shorten(p.name, 17), {'font-size': 11.5, 'font-weight': 600, class: 'rw-gs-name'});
      } else {
        const inner = p.age !== null && p.age !== undefined ? String(p.age) : (p.year ? String(p.year) : '');
        if (inner) {
          text(g, 0, 4.5, inner, {'font-size': inner.length > 3 ? 11 : 13, fill: MUTED, 'font-weight': 600});
        }
        text(g, 0, HALF + 17, shorten(p.name, 19), {'font-size': 13, 'font-weight': 600, class: 'rw-gs-name',
          stroke: '#fff', 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round'});
        const sub = [];
        if (p.age !== null && p.age !== undefined && p.year) {
          sub.push(String(p.year));
        }
        if (p.eventShort) {
          sub.push(p.eventShort);
        }
        if (sub.length) {
          text(g, 0, HALF + 32, shorten(sub.join(' · '), 28), {'font-size': 11, fill: MUTED,
            stroke: '#fff', 'stroke-width': 3, 'paint-order': 'stroke', class: 'rw-gs-sub'});
        }
      }
      if (pro && p.eventShort) {
        text(g, 0, PRO_H + 14, shorten(p.eventShort, 28), {'font-size': 11, fill: MUTED});
      }
      // a wide transparent target for pointer and touch
      el('rect', {x: pro ? -PRO_W - 4 : -HALF - 8, y: pro ? -PRO_H - 4 : -HALF - 8, width: pro ? 2 * PRO_W + 8 : 2 * HALF + 16,
        height: pro ? 2 * PRO_H + 8 : 2 * HALF + 16, fill: 'transparent', class: 'rw-gs-hit'}, g);
      const dragger = this.draggers.get(p.id);
      if (dragger) {
        const w = pro ? PRO_W + 8 : HALF + 10;
        const h = pro ? PRO_H + 8 : HALF + 10;
        el('rect', {x: -w, y: -h, width: 2 * w, height: 2 * h, rx: 8, fill: 'none', stroke: '#b45309',
          'stroke-width': 2.5, 'stroke-dasharray': '6 3', class: 'rw-gs-drag-mark'}, g);
        const label = text(g, 0, -h - 8, format(this.labels.dragging, dragger.name), {'font-size': 12,
          'font-weight': 700, fill: '#b45309', stroke: '#fff', 'stroke-width': 3, 'paint-order': 'stroke',
          class: 'rw-gs-drag-label'});
        label.setAttribute('role', 'status');
      }
      if (hadFocus) {
        g.focus();
      }
    }

    drawShape(g, p, grow, filled) {
      const fill = filled ? (p.deceased ? '#eceef1' : (p.shape === 'ORGANISATION' ? '#f4efe4'
        : (p.shape === 'PROFESSIONAL' ? '#e8f1f1' : '#ffffff'))) : 'none';
      const stroke = PROFESSIONAL.has(p.shape) ? ACCENT : INK;
      const attrs = {fill, stroke, 'stroke-width': filled ? 2 : 1.6, class: filled ? 'rw-gs-shape' : 'rw-gs-index'};
      const s = HALF + grow;
      switch (p.shape) {
        case 'MALE':
          el('rect', Object.assign({x: -s, y: -s, width: 2 * s, height: 2 * s}, attrs), g);
          break;
        case 'FEMALE':
          el('circle', Object.assign({r: s}, attrs), g);
          break;
        case 'OTHER': {
          const d = s + 3;
          el('path', Object.assign({d: `M0,${-d} L${d},0 L0,${d} L${-d},0 Z`}, attrs), g);
          break;
        }
        case 'PROFESSIONAL':
          el('rect', Object.assign({x: -PRO_W - grow, y: -PRO_H - grow, width: 2 * (PRO_W + grow),
            height: 2 * (PRO_H + grow), rx: PRO_H + grow}, attrs), g);
          break;
        case 'ORGANISATION': {
          const w = PRO_W + grow;
          const h = PRO_H + grow;
          el('path', Object.assign({d: `M${-w + 12},${-h} L${w - 12},${-h} L${w},0 L${w - 12},${h} L${-w + 12},${h} L${-w},0 Z`},
            attrs), g);
          break;
        }
        default:
          el('rect', Object.assign({x: -s, y: -s, width: 2 * s, height: 2 * s}, attrs), g);
      }
    }

    /** Where the line from p towards q leaves p's shape. */
    edge(p, q, extra) {
      const dx = q.x - p.x;
      const dy = q.y - p.y;
      const len = Math.hypot(dx, dy) || 1;
      let t;
      if (PROFESSIONAL.has(p.shape)) {
        t = Math.min((PRO_W + 4) / Math.abs(dx || 1e-9), (PRO_H + 4) / Math.abs(dy || 1e-9));
        t = Math.min(t, 1) * len;
      } else {
        t = HALF + 6;
      }
      t += extra || 0;
      return {x: p.x + dx / len * t, y: p.y + dy / len * t};
    }

    drawLines() {
      this.lineLayer.replaceChildren();
      this.householdLayer.replaceChildren();
      this.drawHouseholds(this.householdLayer);
      this.drawAllLines(this.lineLayer, true);
    }

    drawHouseholds(layer) {
      const groups = new Map();
      this.persons.forEach(p => {
        if (p.household && this.visible(p)) {
          if (!groups.has(p.household)) {
            groups.set(p.household, []);
          }
          groups.get(p.household).push(p);
        }
      });
      groups.forEach((members, name) => {
        const minX = Math.min(...members.map(m => m.x)) - 58;
        const maxX = Math.max(...members.map(m => m.x)) + 58;
        const minY = Math.min(...members.map(m => m.y)) - 36;
        const maxY = Math.max(...members.map(m => m.y)) + 62;
        const g = el('g', {class: 'rw-gs-household', 'data-household': name}, layer);
        el('rect', {x: minX, y: minY, width: maxX - minX, height: maxY - minY, rx: 18, fill: 'none', stroke: MUTED,
          'stroke-width': 1.3, 'stroke-dasharray': '10 6'}, g);
        text(g, minX + 10, minY + 14, shorten(name, 24), {'text-anchor': 'start', 'font-size': 11, fill: MUTED,
          'font-style': 'italic'});
      });
    }

    drawAllLines(layer, interactive) {
      const parentsOf = new Map();
      // several straight lines between the same two persons are drawn side by side
      const pairs = new Map();
      this.relations.forEach(r => {
        if (['EMOTIONAL', 'PROFESSIONAL', 'FORCE'].includes(r.category)) {
          const key = [r.from, r.to].sort().join('|');
          if (!pairs.has(key)) {
            pairs.set(key, []);
          }
          pairs.get(key).push(r.id);
        }
      });
      this.relations.forEach(r => {
        const a = this.persons.get(r.from);
        const b = this.persons.get(r.to);
        if (!a || !b || !this.visible(a) || !this.visible(b)) {
          return;
        }
        if (r.category === 'PARENT') {
          if (!parentsOf.has(r.to)) {
            parentsOf.set(r.to, []);
          }
          parentsOf.get(r.to).push(r);
          return;
        }
        const g = el('g', {class: 'rw-gs-line' + (PROFESSIONAL.has(a.shape) || PROFESSIONAL.has(b.shape) ? ' rw-gs-pro' : ''),
          'data-id': r.id, 'data-type': r.type}, layer);
        const t = el('title', null, g);
        t.textContent = this.lineLabel(r, a, b);
        if (r.category === 'PARTNER') {
          this.partnerLine(g, a, b, r.type);
        } else if (r.category === 'SIBLING') {
          this.siblingLine(g, a, b, r.type);
        } else {
          let p1 = this.edge(a, b);
          let p2 = this.edge(b, a);
          const same = pairs.get([r.from, r.to].sort().join('|')) || [r.id];
          if (same.length > 1) {
            const o = (same.indexOf(r.id) - (same.length - 1) / 2) * 18;
            const len = Math.hypot(p2.x - p1.x, p2.y - p1.y) || 1;
            const nx = -(p2.y - p1.y) / len * (r.from < r.to ? 1 : -1);
            const ny = (p2.x - p1.x) / len * (r.from < r.to ? 1 : -1);
            p1 = {x: p1.x + nx * o, y: p1.y + ny * o};
            p2 = {x: p2.x + nx * o, y: p2.y + ny * o};
          }
          // a long line along one row arcs over the persons in between
          const bend = this.kind === 'GENOGRAM' && Math.abs(a.y - b.y) < 40 && Math.abs(a.x - b.x) > 200
            ? Math.min(90, Math.abs(a.x - b.x) * 0.18) : 0;
          const track = this.styledLine(g, p1, p2, r.type, r.strength, bend);
          if (interactive) {
            el('path', {d: track.path(0, 0, track.length), stroke: 'transparent', 'stroke-width': 14,
              fill: 'none', class: 'rw-gs-hit'}, g);
          }
        }
      });
      this.parentLines(layer, parentsOf, interactive);
    }

    lineLabel(r, a, b) {
      const type = this.labels.types ? this.labels.types[r.type] : r.type;
      return `${type}: ${a.name} – ${b.name}` + (r.strength ? ` (${r.strength}/3)` : '') + (r.note ? ` · ${r.note}` : '');
    }

    partnerLine(g, a, b, type) {
      const [l, r] = a.x <= b.x ? [a, b] : [b, a];
      const bar = Math.max(l.y, r.y) + HALF + 20;
      const d = `M${l.x},${l.y + HALF} V${bar} H${r.x} V${r.y + HALF}`;
      el('path', {d, fill: 'none', stroke: INK, 'stroke-width': 2,
        'stroke-dasharray': type === 'PARTNER_COHABITING' ? '7 5' : null}, g);
      el('path', {d, fill: 'none', stroke: 'transparent', 'stroke-width': 12, class: 'rw-gs-hit'}, g);
      const mx = (l.x + r.x) / 2;
      const slashes = type === 'PARTNER_SEPARATED' ? [0] : (type === 'PARTNER_DIVORCED' ? [-5, 5] : []);
      slashes.forEach(o => el('path', {d: `M${mx + o - 6},${bar + 9} L${mx + o + 6},${bar - 9}`, stroke: INK,
        'stroke-width': 2}, g));
    }

    siblingLine(g, a, b, type) {
      const top = Math.min(a.y, b.y) - HALF - 22;
      if (type === 'TWIN') {
        const mx = (a.x + b.x) / 2;
        el('path', {d: `M${a.x},${a.y - HALF} L${mx},${top} L${b.x},${b.y - HALF}`, fill: 'none', stroke: INK,
          'stroke-width': 1.8}, g);
      } else {
        el('path', {d: `M${a.x},${a.y - HALF} V${top} H${b.x} V${b.y - HALF}`, fill: 'none', stroke: INK,
          'stroke-width': 1.5, 'stroke-dasharray': '2 3'}, g);
      }
      el('path', {d: `M${a.x},${a.y - HALF} V${top} H${b.x} V${b.y - HALF}`, fill: 'none', stroke: 'transparent',
        'stroke-width': 12, class: 'rw-gs-hit'}, g);
    }

    /** Children hang from a bar under their parents' partner line, oldest left (as the layout places them). */
    parentLines(layer, parentsOf, interactive) {
      const groups = new Map();
      parentsOf.forEach((rels, childId) => {
        const key = rels.map(r => r.from).sort().join('|');
        if (!groups.has(key)) {
          groups.set(key, []);
        }
        groups.get(key).push({child: this.persons.get(childId), rels});
      });
      // bars of different families at different heights, so they never read as one line
      const ordered = [...groups.values()].sort((a, b) => a[0].child.x - b[0].child.x);
      ordered.forEach((items, groupIndex) => {
        const parents = items[0].rels.map(r => this.persons.get(r.from));
        const ox = parents.reduce((s, p) => s + p.x, 0) / parents.length;
        const oy = parents.length > 1 ? Math.max(...parents.map(p => p.y)) + HALF + 20
          : parents[0].y + (PROFESSIONAL.has(parents[0].shape) ? PRO_H : HALF);
        const childTop = Math.min(...items.map(i => i.child.y)) - HALF - 8;
        const bar = oy < childTop ? Math.max(oy + 14, childTop - 16 - (groupIndex % 3) * 12) : oy + 14;
        const g = el('g', {class: 'rw-gs-line rw-gs-family', 'data-id': items[0].rels[0].id,
          'data-type': items[0].rels[0].type}, layer);
        const xs = items.map(i => i.child.x).concat([ox]);
        el('path', {d: `M${ox},${oy} V${bar} M${Math.min(...xs)},${bar} H${Math.max(...xs)}`, fill: 'none', stroke: INK,
          'stroke-width': 2}, g);
        items.forEach(({child, rels}) => {
          const types = rels.map(r => r.type);
          const dash = types.includes('PARENT_FOSTER') ? '2 4' : (types.includes('PARENT_ADOPTIVE') ? '7 5' : null);
          const stem = el('g', {class: 'rw-gs-line rw-gs-stem', 'data-id': rels[0].id, 'data-type': rels[0].type}, layer);
          const t = el('title', null, stem);
          t.textContent = rels.map(r => this.lineLabel(r, this.persons.get(r.from), child)).join('; ');
          const top = child.y - HALF - (child.index ? 5 : 0);
          el('path', {d: `M${child.x},${bar} V${top}`, fill: 'none', stroke: INK, 'stroke-width': 2,
            'stroke-dasharray': dash, 'stroke-linecap': dash === '2 4' ? 'round' : null}, stem);
          if (interactive) {
            el('path', {d: `M${child.x},${bar} V${top}`, stroke: 'transparent', 'stroke-width': 14, class: 'rw-gs-hit'}, stem);
          }
        });
      });
    }

    /**
     * A line of the given kind from p1 to p2; with {@code bend} it arcs (upwards) so a
     * long line along a row passes over the persons between instead of through them.
     */
    styledLine(g, p1, p2, type, strength, bend) {
      const track = new Track(p1, p2, bend || 0);
      const len = track.length;
      const line = (o, attrs, from = 0, to = len) => el('path', Object.assign({d: track.path(o, from, to),
        fill: 'none', stroke: INK, 'stroke-width': 1.8, 'stroke-linejoin': 'round'}, attrs || {}), g);
      const zigzag = (amp, attrs) => {
        const steps = Math.max(2, Math.round(len / 12));
        const pts = [];
        for (let i = 0; i <= steps; i++) {
          const o = (i === 0 || i === steps) ? 0 : (i % 2 ? amp : -amp);
          pts.push(track.at(i / steps * len, o));
        }
        el('path', Object.assign({d: 'M' + pts.map(q => `${q.x.toFixed(1)},${q.y.toFixed(1)}`).join(' L'), fill: 'none',
          stroke: INK, 'stroke-width': 1.8, 'stroke-linejoin': 'round'}, attrs || {}), g);
      };
      const mid = len / 2;
      const seg = (a, b, attrs) => el('path', Object.assign({d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} L${b.x.toFixed(1)},${b.y.toFixed(1)}`,
        stroke: INK, 'stroke-width': 2}, attrs || {}), g);
      const bar = (s, half, attrs) => seg(track.at(s, -half), track.at(s, half), attrs);
      const w = 1.2 + (strength || 1) * 1.3;
      switch (type) {
        case 'CLOSE':
          line(-3);
          line(3);
          break;
        case 'FUSED':
          line(-5);
          line(0);
          line(5);
          break;
        case 'DISTANT':
          line(0, {'stroke-dasharray': '1 6', 'stroke-linecap': 'round', 'stroke-width': 2.4});
          break;
        case 'CONFLICT':
          zigzag(6);
          break;
        case 'HOSTILE':
          zigzag(6, {'stroke-width': 2.2});
          line(-9, {'stroke-width': 1.3});
          line(9, {'stroke-width': 1.3});
          break;
        case 'CUT_OFF':
          line(0, {}, 0, mid - 8);
          line(0, {}, mid + 8, len);
          bar(mid - 8, 9);
          bar(mid + 8, 9);
          break;
        case 'CARE':
          line(0, {'stroke-dasharray': '10 3 2 3', 'marker-end': 'url(#rw-gs-arrow)'});
          break;
        case 'SUPPORTIVE':
          line(0, {'stroke-width': 3.6, stroke: ACCENT});
          break;
        case 'STRAINED':
          line(0, {stroke: ACCENT});
          for (let s = 10; s < len - 6; s += 11) {
            seg(track.at(s - 3, -6), track.at(s + 3, 6), {stroke: ACCENT, 'stroke-width': 1.6});
          }
          break;
        case 'STOPPED':
          line(0, {stroke: ACCENT, 'stroke-dasharray': '8 5'});
          seg(track.at(mid - 6, -6), track.at(mid + 6, 6), {stroke: ACCENT, 'stroke-width': 2.2});
          seg(track.at(mid - 6, 6), track.at(mid + 6, -6), {stroke: ACCENT, 'stroke-width': 2.2});
          break;
        case 'SUPPORTING':
          line(0, {'stroke-width': w, 'marker-end': 'url(#rw-gs-arrow)'});
          break;
        case 'OPPOSING':
          line(0, {'stroke-width': w, 'stroke-dasharray': '12 5'}, 0, len - 2);
          bar(len - 2, 10, {'stroke-width': w + 1});
          break;
        case 'STUCK':
          line(0, {'stroke-width': w, 'stroke-dasharray': '2 5', 'stroke-linecap': 'round'});
          bar(mid - 4, 9, {'stroke-width': 2.4});
          bar(mid + 4, 9, {'stroke-width': 2.4});
          break;
        default:
          line(0);
      }
      return track;
    }

    // ---- legend ------------------------------------------------------------------------

    /** The legend as an SVG group of the shapes and lines that are in the drawing; returns its size. */
    legend(parent, width) {
      const items = [];
      const shapes = new Set();
      let deceased = false;
      let index = false;
      let household = false;
      this.persons.forEach(p => {
        if (!this.visible(p)) {
          return;
        }
        shapes.add(p.shape);
        deceased = deceased || p.deceased;
        index = index || p.index;
        household = household || !!p.household;
      });
      ['MALE', 'FEMALE', 'OTHER', 'PROFESSIONAL', 'ORGANISATION'].filter(s => shapes.has(s))
        .forEach(s => items.push({shape: s, label: this.labels.shapes ? this.labels.shapes[s] : s}));
      if (deceased) {
        items.push({shape: 'MALE', deceased: true, label: this.labels.deceased});
      }
      if (index) {
        items.push({shape: 'FEMALE', index: true, label: this.labels.index});
      }
      if (household) {
        items.push({household: true, label: this.labels.household});
      }
      const types = [];
      this.relations.forEach(r => {
        const a = this.persons.get(r.from);
        const b = this.persons.get(r.to);
        if (a && b && this.visible(a) && this.visible(b) && !types.includes(r.type)) {
          types.push(r.type);
        }
      });
      const order = Object.keys(this.labels.types || {});
      types.sort((x, y) => order.indexOf(x) - order.indexOf(y));
      types.forEach(t => items.push({type: t, label: this.labels.types ? this.labels.types[t] : t}));
      if (!items.length) {
        return {w: 0, h: 0};
      }
      const cellW = 212;
      const cellH = 26;
      const cols = Math.max(1, Math.floor((width - 16) / cellW));
      const g = el('g', {class: 'rw-gs-legend-items'}, parent);
      const withTitle = parent !== this.legendBox.firstChild;
      const top = withTitle ? 26 : 4;
      if (withTitle) {
        text(g, 8, 16, this.labels.legend || '', {'text-anchor': 'start', 'font-size': 12, 'font-weight': 700});
      }
      items.forEach((item, i) => {
        const cx = 8 + (i % cols) * cellW;
        const cy = top + Math.floor(i / cols) * cellH;
        const icon = el('g', {transform: `translate(${cx},${cy})`}, g);
        if (item.shape) {
          const pro = PROFESSIONAL.has(item.shape);
          const s = el('g', {transform: `translate(${pro ? 30 : 32},14) scale(${pro ? 0.4 : 0.45})`}, icon);
          this.drawShape(s, {shape: item.shape, deceased: item.deceased}, 0, true);
          if (item.index) {
            this.drawShape(s, {shape: item.shape}, 5, false);
          }
          if (item.deceased) {
            el('path', {d: `M${-HALF},${-HALF} L${HALF},${HALF} M${HALF},${-HALF} L${-HALF},${HALF}`, stroke: INK,
              'stroke-width': 2.5}, s);
          }
        } else if (item.household) {
          el('rect', {x: 2, y: 4, width: 52, height: 20, rx: 8, fill: 'none', stroke: MUTED, 'stroke-dasharray': '6 4'}, icon);
        } else {
          const fake = {id: 'legend', type: item.type, category: '', strength: 2};
          const a = {x: 2, y: 14, shape: 'LEGEND'};
          const b = {x: 58, y: 14, shape: 'LEGEND'};
          const lg = el('g', null, icon);
          if (item.type.startsWith('PARTNER')) {
            const d = `M4,6 V20 H56 V6`;
            el('path', {d, fill: 'none', stroke: INK, 'stroke-width': 2,
              'stroke-dasharray': item.type === 'PARTNER_COHABITING' ? '7 5' : null}, lg);
            const sl = item.type === 'PARTNER_SEPARATED' ? [0] : (item.type === 'PARTNER_DIVORCED' ? [-4, 4] : []);
            sl.forEach(o => el('path', {d: `M${30 + o - 4},26 L${30 + o + 4},14`, stroke: INK, 'stroke-width': 2}, lg));
          } else if (item.type.startsWith('PARENT')) {
            const dash = item.type === 'PARENT_FOSTER' ? '2 4' : (item.type === 'PARENT_ADOPTIVE' ? '7 5' : null);
            el('path', {d: 'M30,2 V26', stroke: INK, 'stroke-width': 2, 'stroke-dasharray': dash}, lg);
          } else if (item.type === 'TWIN') {
            el('path', {d: 'M8,26 L30,4 L52,26', fill: 'none', stroke: INK, 'stroke-width': 1.8}, lg);
          } else if (item.type === 'SIBLING') {
            el('path', {d: 'M8,26 V6 H52 V26', fill: 'none', stroke: INK, 'stroke-width': 1.5, 'stroke-dasharray': '2 3'}, lg);
          } else {
            this.styledLine(lg, {x: a.x, y: a.y}, {x: b.x, y: b.y}, fake.type, fake.strength);
          }
        }
        text(icon, 64, 18, shorten(item.label, 25), {'text-anchor': 'start', 'font-size': 11.5});
      });
      return {w: Math.min(items.length, cols) * cellW + 16, h: top + Math.ceil(items.length / cols) * cellH + 4};
    }

    drawLegend() {
      this.legendBox.replaceChildren();
      const width = Math.max(300, this.legendBox.clientWidth || this.canvas.clientWidth || 900);
      const svg = el('svg', {class: 'rw-gs-legend-svg', role: 'img', 'font-family': FONT});
      svg.appendChild(this.defs.cloneNode(true));
      this.legendBox.appendChild(svg);
      const size = this.legend(svg, width);
      this.legendSummary.textContent = this.labels.legend || '';
      svg.setAttribute('width', size.w);
      svg.setAttribute('height', size.h);
      svg.setAttribute('viewBox', `0 0 ${size.w} ${size.h}`);
      svg.setAttribute('aria-label', this.labels.legend || '');
    }

    // ---- pointer: drag persons, pan, pinch -------------------------------------------------

    toDiagram(clientX, clientY) {
      const r = this.svg.getBoundingClientRect();
      return {x: (clientX - r.left - this.view.tx) / this.view.k, y: (clientY - r.top - this.view.ty) / this.view.k};
    }

    installPointer() {
      const svg = this.svg;
      svg.addEventListener('pointerdown', e => {
        if (e.button !== 0 && e.pointerType === 'mouse') {
          return;
        }
        this.pointers.set(e.pointerId, {x: e.clientX, y: e.clientY});
        svg.setPointerCapture(e.pointerId);
        if (this.pointers.size === 2) {
          // a second finger: pinch to zoom, no drag
          this.drag = null;
          const [a, b] = [...this.pointers.values()];
          this.pinch = {d: Math.hypot(a.x - b.x, a.y - b.y), k: this.view.k};
          return;
        }
        const node = e.target.closest('.rw-gs-node');
        const line = e.target.closest('.rw-gs-line');
        if (node) {
          const p = this.persons.get(node.getAttribute('data-id'));
          const at = this.toDiagram(e.clientX, e.clientY);
          this.drag = {id: p.id, dx: at.x - p.x, dy: at.y - p.y, sx: e.clientX, sy: e.clientY, moving: false, lastSent: 0};
        } else if (line) {
          this.drag = {line: line.getAttribute('data-id'), sx: e.clientX, sy: e.clientY};
        } else {
          this.drag = {pan: true, sx: e.clientX, sy: e.clientY, tx: this.view.tx, ty: this.view.ty, moving: false};
          this.userView = true;
        }
      });
      svg.addEventListener('pointermove', e => {
        if (!this.pointers.has(e.pointerId)) {
          return;
        }
        this.pointers.set(e.pointerId, {x: e.clientX, y: e.clientY});
        if (this.pinch && this.pointers.size === 2) {
          const [a, b] = [...this.pointers.values()];
          const d = Math.hypot(a.x - b.x, a.y - b.y);
          const r = svg.getBoundingClientRect();
          this.zoomBy(this.pinch.k * d / this.pinch.d / this.view.k, (a.x + b.x) / 2 - r.left, (a.y + b.y) / 2 - r.top);
          return;
        }
        const drag = this.drag;
        if (!drag) {
          return;
        }
        const far = Math.hypot(e.clientX - drag.sx, e.clientY - drag.sy) > 4;
        if (drag.pan) {
          if (far || drag.moving) {
            drag.moving = true;
            this.userView = true;
            this.view.tx = drag.tx + e.clientX - drag.sx;
            this.view.ty = drag.ty + e.clientY - drag.sy;
            this.applyView();
          }
          return;
        }
        if (!drag.id || !this.editable) {
          return;
        }
        if (!drag.moving && far) {
          drag.moving = true;
          this.emit('rw-drag', {id: drag.id, dragging: true});
        }
        if (drag.moving) {
          const p = this.persons.get(drag.id);
          if (!p) {
            this.drag = null;
            return;
          }
          const at = this.toDiagram(e.clientX, e.clientY);
          p.x = Math.round(at.x - drag.dx);
          p.y = Math.round(at.y - drag.dy);
          this.placeNode(p);
          this.schedule();
          const now = Date.now();
          if (now - drag.lastSent > 250) {
            drag.lastSent = now;
            this.emit('rw-move', {id: p.id, x: p.x, y: p.y, final: false});
          }
        }
      });
      const end = e => {
        if (!this.pointers.has(e.pointerId)) {
          return;
        }
        this.pointers.delete(e.pointerId);
        if (this.pinch) {
          if (this.pointers.size < 2) {
            this.pinch = null;
          }
          this.drag = null;
          return;
        }
        const drag = this.drag;
        this.drag = null;
        if (!drag) {
          return;
        }
        if (drag.id && drag.moving) {
          const p = this.persons.get(drag.id);
          if (p) {
            this.emit('rw-move', {id: p.id, x: p.x, y: p.y, final: true});
          }
          this.emit('rw-drag', {id: drag.id, dragging: false});
        } else if (drag.id && e.type === 'pointerup') {
          this.emit('rw-select', {kind: 'person', id: drag.id});
        } else if (drag.line && e.type === 'pointerup') {
          this.emit('rw-select', {kind: 'relation', id: drag.line});
        }
      };
      svg.addEventListener('pointerup', end);
      svg.addEventListener('pointercancel', end);
      svg.addEventListener('wheel', e => {
        if (!e.ctrlKey && !e.metaKey) {
          return;
        }
        e.preventDefault();
        const r = svg.getBoundingClientRect();
        this.zoomBy(e.deltaY < 0 ? 1.12 : 1 / 1.12, e.clientX - r.left, e.clientY - r.top);
      }, {passive: false});
    }

    installKeys() {
      this.svg.addEventListener('keydown', e => {
        const node = e.target.closest && e.target.closest('.rw-gs-node');
        if (!node) {
          if (e.key === '+' || e.key === '=') {
            this.zoomBy(1.25);
          } else if (e.key === '-') {
            this.zoomBy(0.8);
          }
          return;
        }
        const id = node.getAttribute('data-id');
        const p = this.persons.get(id);
        if (!p) {
          return;
        }
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          this.emit('rw-select', {kind: 'person', id});
          return;
        }
        const step = e.shiftKey ? 50 : 10;
        const moves = {ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step]};
        const m = moves[e.key];
        if (!m || !this.editable) {
          return;
        }
        e.preventDefault();
        p.x += m[0];
        p.y += m[1];
        this.placeNode(p);
        this.schedule();
        clearTimeout(this.keyTimers.get(id));
        this.keyTimers.set(id, setTimeout(() => {
          this.keyTimers.delete(id);
          this.emit('rw-move', {id, x: p.x, y: p.y, final: true});
        }, 350));
      });
    }

    emit(name, detail) {
      this.dispatchEvent(new CustomEvent(name, {detail, bubbles: true}));
    }

    // ---- export ------------------------------------------------------------------------

    /** One standalone SVG: a title, the drawing as it is shown (layer shown or hidden) and its legend. */
    exportMarkup() {
      const box = this.contentBox(true) || {x: 0, y: 0, w: 300, h: 120};
      const pad = 24;
      const width = Math.max(box.w + 2 * pad, 640);
      const out = el('svg', {xmlns: NS, 'font-family': FONT});
      out.appendChild(this.defs.cloneNode(true));
      el('rect', {x: 0, y: 0, width: '100%', height: '100%', fill: '#ffffff'}, out);
      text(out, pad, 30, this.diagramTitle || '', {'text-anchor': 'start', 'font-size': 18, 'font-weight': 700});
      const drawing = el('g', {transform: `translate(${pad + (width - 2 * pad - box.w) / 2 - box.x},${48 - box.y})`}, out);
      this.drawHouseholds(el('g', null, drawing));
      this.drawAllLines(el('g', null, drawing), false);
      const nodes = el('g', null, drawing);
      this.persons.forEach(p => {
        if (!this.visible(p)) {
          return;
        }
        const g = this.nodeEls.get(p.id).cloneNode(true);
        g.removeAttribute('tabindex');
        g.removeAttribute('role');
        g.querySelectorAll('.rw-gs-hit, .rw-gs-drag-mark, .rw-gs-drag-label').forEach(x => x.remove());
        nodes.appendChild(g);
      });
      drawing.querySelectorAll('.rw-gs-hit').forEach(x => x.remove());
      const legend = el('g', {transform: `translate(${pad - 8},${48 + box.h + 16})`}, out);
      const size = this.legend(legend, width - 2 * pad);
      const height = 48 + box.h + 16 + size.h + pad;
      out.setAttribute('width', Math.round(width));
      out.setAttribute('height', Math.round(height));
      out.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
      return {markup: '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(out),
        width: Math.round(width), height: Math.round(height)};
    }

    fileName(ext) {
      const base = (this.diagramTitle || 'geno-sociogram').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      return (base || 'geno-sociogram') + '.' + ext;
    }

    download(blob, name) {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 5000);
    }

    exportSvg() {
      const {markup} = this.exportMarkup();
      this.download(new Blob([markup], {type: 'image/svg+xml'}), this.fileName('svg'));
    }

    exportPng() {
      const {markup, width, height} = this.exportMarkup();
      const img = new Image();
      const url = URL.createObjectURL(new Blob([markup], {type: 'image/svg+xml'}));
      img.onload = () => {
        const scale = 2;
        const canvas = document.createElement('canvas');
        canvas.width = width * scale;
        canvas.height = height * scale;
        const ctx = canvas.getContext('2d');
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.scale(scale, scale);
        ctx.drawImage(img, 0, 0, width, height);
        URL.revokeObjectURL(url);
        canvas.toBlob(blob => this.download(blob, this.fileName('png')), 'image/png');
      };
      img.src = url;
    }
  }

  customElements.define('rw-genogram', RwGenogram);
})();
