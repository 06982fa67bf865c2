/*
 * <rw-timeline>: the picture of a case's timeline (werkkaart 3). A horizontal time
 * axis that scales honestly (empty years stay visible, and can be folded), two lanes
 * around one line, zoom from years to weeks, today marked. The events stay on the
 * server: it sends them as JSON (setData, then upsert/remove deltas) and this element
 * reports what the user did as DOM events (rw-open, rw-move, rw-span, rw-gap,
 * rw-gap-open, rw-period-open). All user text is set with textContent.
 *
 * Drawing follows the server's deltas: the background (lanes, periods, the scale, gaps)
 * is drawn again only when it changed, and an event's mark only when what it shows or
 * where it stands changed. A change on a timeline of 100 events touches one mark, not
 * 100, in every open page.
 */
(() => {
  if (customElements.get('rw-timeline')) {
    return;
  }
  const SVG = 'http://www.w3.org/2000/svg';
  const DAY = 86400000;
  const ZOOMS = [0.015, 0.03, 0.06, 0.12, 0.25, 0.5, 1, 2, 4, 8, 16];
  const ROW = 26;
  /** How long an event someone else added stays lit (a class, taken off by a timer: no animation frames). */
  const JUST_ADDED_MS = 4000;
  const AXIS_GAP = 42;
  const FOLD_MIN_DAYS = 365;
  const FOLD_WIDTH = 46;
  const PAD_DAYS = 60;
  /** The shortest stretch a fitted picture shows: a nearly empty timeline is not zoomed to weeks. */
  const FIT_MIN_DAYS = 730;
  const KINDS = ['DECISION', 'CONTACT', 'FAMILY_FACT', 'NEED_STATEMENT', 'EXPERIENCE'];

  const dayOf = (iso) => {
    const [y, m, d] = iso.split('-').map(Number);
    return Math.floor(Date.UTC(y, m - 1, d) / DAY);
  };
  const isoOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);
  const el = (name, attrs, parent) => {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs || {})) {
      node.setAttribute(k, v);
    }
    if (parent) {
      parent.appendChild(node);
    }
    return node;
  };

  /** The shape of a kind, centred on 0,0, about 14px across: told apart by shape as well as colour. */
  function shape(kind, parent, scale = 1) {
    const s = 7 * scale;
    let node;
    switch (kind) {
      case 'DECISION':
        node = el('polygon', {points: `0,${-s - 1} ${s + 1},0 0,${s + 1} ${-s - 1},0`}, parent);
        break;
      case 'CONTACT':
        node = el('circle', {r: s}, parent);
        break;
      case 'FAMILY_FACT':
        node = el('rect', {x: -s + 0.5, y: -s + 0.5, width: 2 * s - 1, height: 2 * s - 1, rx: 1.5}, parent);
        break;
      case 'NEED_STATEMENT':
        node = el('polygon', {points: `0,${-s - 1} ${s + 1},${s} ${-s - 1},${s}`}, parent);
        break;
      default: // EXPERIENCE: a speech bubble
        node = el('path', {d: `M${-s},${-s * 0.8} h${2 * s} v${s * 1.3} h${-s * 0.9} l${-s * 0.6},${s * 0.6} v${-s * 0.6} h${-s * 0.5} z`}, parent);
    }
    node.setAttribute('class', 'rw-tl-shape rw-tl-kind-' + kind);
    return node;
  }

  class RwTimeline extends HTMLElement {
    constructor() {
      super();
      this.events = new Map();
      this.periods = new Map();
      this.gaps = new Map();
      this.labels = {kinds: {}};
      this.canEdit = false;
      this.highlight = null;
      this.folded = false;
      this.zoom = -1;
      this.ppd = 0.1;
      this.tool = null;
      this.today = isoOf(Math.floor(Date.now() / DAY));
      this.built = false;
      this.pendingFrame = 0;
      // fitted: every render fits everything, until the person zooms; then what lands
      // outside the visible frame gets a "nieuw: …" marker that brings it into view
      this.fitted = true;
      this.fresh = [];
      this.recent = new Map();
      this.revealId = null;
      /** Event id → {g, sig}: the drawn mark and what it was drawn from. */
      this.marks = new Map();
      /** Bumped by whatever changes the background (periods, gaps, labels): it is then drawn again. */
      this.backgroundVersion = 0;
      this.backgroundKey = null;
    }

    connectedCallback() {
      if (!this.built) {
        this.build();
      }
      this.scheduleRender();
    }

    // ---- API for the server

    setData(json) {
      const data = typeof json === 'string' ? JSON.parse(json) : json;
      this.labels = data.labels || this.labels;
      this.canEdit = !!data.canEdit;
      this.highlight = data.highlight || null;
      this.today = data.today || this.today;
      this.lanes = data.lanes || {upper: '', lower: ''};
      this.events = new Map((data.events || []).map(e => [e.id, this.prepare(e)]));
      this.periods = new Map((data.periods || []).map(p => [p.id, p]));
      this.gaps = new Map((data.gaps || []).map(g => [g.id, g]));
      this.backgroundVersion++;
      this.marks.clear();
      if (!this.built) {
        this.build();
      }
      this.fillToolbar();
      this.zoom = -1; // fit on first show
      this.fitted = true;
      this.fresh = [];
      this.scheduleRender();
    }

    /**
     * A new or changed event. Someone else's (other = true) that is new or moved is
     * noticed: brought into view while the picture is fitted, else marked "nieuw: …".
     */
    upsert(json, other) {
      const e = this.prepare(JSON.parse(json));
      const before = this.events.get(e.id);
      this.events.set(e.id, e);
      if (other && (!before || before.start !== e.start)) {
        this.noteFresh({kind: 'event', id: e.id, title: e.title, day: e.start});
        this.recent.set(e.id, Date.now());
      }
      this.scheduleRender();
    }

    /** Brings an event into view (after the person's own add or change). */
    reveal(id) {
      this.revealId = id;
      this.fresh = this.fresh.filter(f => f.id !== id);
      this.scheduleRender();
    }

    noteFresh(item) {
      this.fresh = this.fresh.filter(f => f.id !== item.id);
      this.fresh.push(item);
    }

    remove(id) {
      this.events.delete(id);
      this.scheduleRender();
    }

    upsertPeriod(json, other) {
      this.backgroundVersion++;
      const p = JSON.parse(json);
      const before = this.periods.get(p.id);
      this.periods.set(p.id, p);
      if (other && !before) {
        this.noteFresh({kind: 'period', id: p.id, title: p.name, day: dayOf(p.start)});
      }
      this.scheduleRender();
    }

    removePeriod(id) {
      this.backgroundVersion++;
      this.periods.delete(id);
      this.scheduleRender();
    }

    upsertGap(json, other) {
      this.backgroundVersion++;
      const g = JSON.parse(json);
      const before = this.gaps.get(g.id);
      this.gaps.set(g.id, g);
      if (other && !before) {
        this.noteFresh({kind: 'gap', id: g.id, title: g.question || (this.labels.gap || '?'), day: dayOf(g.at)});
      }
      this.scheduleRender();
    }

    removeGap(id) {
      this.backgroundVersion++;
      this.gaps.delete(id);
      this.scheduleRender();
    }

    /** New lane split: each event says which lane it is in, in the new split. */
    setLanes(json) {
      const data = JSON.parse(json);
      this.lanes = data.lanes;
      for (const [id, above] of Object.entries(data.above)) {
        const e = this.events.get(id);
        if (e) {
          e.above = above;
        }
      }
      this.scheduleRender();
    }

    setCanEdit(canEdit) {
      this.canEdit = !!canEdit;
      this.setAttribute('data-can-edit', String(this.canEdit));
    }

    setHighlight(id) {
      this.highlight = id || null;
      this.scheduleRender();
      if (this.highlight) {
        requestAnimationFrame(() => this.scrollToEvent(this.highlight));
      }
    }

    /** 'period' (drag a span), 'gap' (tap a point) or '' for none. */
    setTool(tool) {
      this.tool = tool || null;
      this.setAttribute('data-tool', this.tool || '');
    }

    focusEvent(id) {
      this.scrollToEvent(id);
      const node = this.svg.querySelector(`[data-id="${CSS.escape(id)}"]`);
      if (node) {
        node.focus();
      }
    }

    // ---- building

    prepare(e) {
      e.start = dayOf(e.date);
      e.stop = dayOf(e.end || e.date);
      return e;
    }

    build() {
      this.built = true;
      this.classList.add('rw-tl');
      this.toolbar = document.createElement('div');
      this.toolbar.className = 'rw-tl-toolbar';
      this.legend = document.createElement('div');
      this.legend.className = 'rw-tl-legend';
      this.frame = document.createElement('div');
      this.frame.className = 'rw-tl-frame';
      this.scroller = document.createElement('div');
      this.scroller.className = 'rw-tl-scroller';
      this.scroller.tabIndex = 0;
      this.svg = el('svg', {class: 'rw-tl-svg', role: 'group'});
      this.scroller.appendChild(this.svg);
      this.laneUpper = document.createElement('div');
      this.laneUpper.className = 'rw-tl-lane-label rw-tl-lane-upper';
      this.laneLower = document.createElement('div');
      this.laneLower.className = 'rw-tl-lane-label rw-tl-lane-lower';
      this.freshMarker = document.createElement('button');
      this.freshMarker.type = 'button';
      this.freshMarker.className = 'rw-tl-fresh-marker';
      this.freshMarker.hidden = true;
      this.freshMarker.addEventListener('click', () => this.showFresh());
      this.frame.append(this.scroller, this.laneUpper, this.laneLower, this.freshMarker);
      this.scroller.addEventListener('scroll', () => this.updateFresh(), {passive: true});
      this.append(this.toolbar, this.frame, this.legend);

      this.scroller.addEventListener('wheel', (ev) => {
        if (ev.ctrlKey || ev.metaKey) {
          ev.preventDefault();
          this.zoomBy(ev.deltaY < 0 ? 1 : -1, ev.clientX);
        }
      }, {passive: false});
      this.scroller.addEventListener('keydown', (ev) => {
        if (ev.target !== this.scroller) {
          return;
        }
        if (ev.key === '+' || ev.key === '=') {
          this.zoomBy(1);
        } else if (ev.key === '-') {
          this.zoomBy(-1);
        } else if (ev.key === 'Home') {
          this.scroller.scrollLeft = 0;
        } else if (ev.key === 'End') {
          this.scroller.scrollLeft = this.scroller.scrollWidth;
        } else if (ev.key === 'ArrowRight' || ev.key === 'ArrowLeft') {
          const first = this.sorted()[ev.key === 'ArrowRight' ? 0 : this.sorted().length - 1];
          if (first) {
            ev.preventDefault();
            this.focusEvent(first.id);
          }
        }
      });
      this.svg.addEventListener('pointerdown', (ev) => this.onBackgroundDown(ev));
      if (typeof ResizeObserver !== 'undefined') {
        let lastWidth = 0;
        new ResizeObserver(() => {
          const w = this.scroller.clientWidth;
          if (Math.abs(w - lastWidth) > 40) {
            lastWidth = w;
            this.scheduleRender();
          }
        }).observe(this.scroller);
      }
    }

    fillToolbar() {
      const l = this.labels;
      this.toolbar.replaceChildren();
      const button = (text, title, onClick, cls) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'rw-tl-button' + (cls ? ' ' + cls : '');
        b.textContent = text;
        b.title = title;
        b.setAttribute('aria-label', text.length > 2 ? text : title);
        b.addEventListener('click', onClick);
        this.toolbar.appendChild(b);
        return b;
      };
      button('−', l.zoomOut || 'Uitzoomen', () => this.zoomBy(-1));
      button('+', l.zoomIn || 'Inzoomen', () => this.zoomBy(1));
      button(l.fit || 'Alles', l.fit || 'Alles', () => {
        this.zoom = -1;
        this.fitted = true;
        this.scheduleRender();
      });
      button(l.today || 'Vandaag', l.today || 'Vandaag', () => this.scrollToDay(dayOf(this.today)));
      this.foldButton = button(l.fold || 'Lege perioden inklappen', l.foldHelp || '', () => {
        this.folded = !this.folded;
        this.foldButton.textContent = this.folded ? (l.unfold || 'Lege perioden tonen') : (l.fold || 'Lege perioden inklappen');
        this.foldButton.setAttribute('aria-label', this.foldButton.textContent);
        this.foldButton.setAttribute('aria-pressed', String(this.folded));
        this.scheduleRender();
      }, 'rw-tl-fold-toggle');
      this.foldButton.setAttribute('aria-pressed', 'false');
      this.count = document.createElement('span');
      this.count.className = 'rw-tl-count';
      this.toolbar.appendChild(this.count);

      this.legend.replaceChildren();
      for (const kind of KINDS) {
        const item = document.createElement('span');
        item.className = 'rw-tl-legend-item';
        const icon = el('svg', {width: 18, height: 18, viewBox: '-9 -9 18 18', 'aria-hidden': 'true'});
        shape(kind, icon);
        const text = document.createElement('span');
        text.textContent = (l.kinds || {})[kind] || kind;
        item.append(icon, text);
        this.legend.appendChild(item);
      }
      if (l.linked) {
        const item = document.createElement('span');
        item.className = 'rw-tl-legend-item';
        const icon = el('svg', {width: 18, height: 18, viewBox: '-9 -9 18 18', 'aria-hidden': 'true'});
        el('circle', {r: 7.5, class: 'rw-tl-linked-ring'}, icon);
        const text = document.createElement('span');
        text.textContent = l.linked;
        item.append(icon, text);
        this.legend.appendChild(item);
      }
    }

    sorted() {
      if (!this.sortedCache) {
        this.sortedCache = [...this.events.values()].sort((a, b) => a.start - b.start || (a.title < b.title ? -1 : 1));
      }
      return this.sortedCache;
    }

    scheduleRender() {
      this.sortedCache = null;
      if (this.dragging) {
        // a change from someone else waits until this person lets go
        this.renderAfterDrag = true;
        return;
      }
      if (this.pendingFrame) {
        return;
      }
      this.pendingFrame = requestAnimationFrame(() => {
        this.pendingFrame = 0;
        this.render();
      });
    }

    // ---- the time scale: linear in days, with optional folded empty stretches

    computeScale(width) {
      const todayDay = dayOf(this.today);
      const points = [todayDay];
      for (const e of this.events.values()) {
        points.push(e.start, e.stop);
      }
      for (const p of this.periods.values()) {
        points.push(dayOf(p.start), dayOf(p.end));
      }
      for (const g of this.gaps.values()) {
        points.push(dayOf(g.at));
      }
      points.sort((a, b) => a - b);
      const min = points[0] - PAD_DAYS;
      const max = points[points.length - 1] + PAD_DAYS;
      // covered stretches: periods and precise spans count as not empty
      const covered = [];
      for (const p of this.periods.values()) {
        covered.push([dayOf(p.start), dayOf(p.end)]);
      }
      const segments = [];
      let cursor = min;
      if (this.folded) {
        for (let i = 1; i < points.length; i++) {
          const a = points[i - 1] + PAD_DAYS;
          const b = points[i] - PAD_DAYS;
          if (b - a > FOLD_MIN_DAYS && !covered.some(([s, t]) => s < b && t > a)) {
            segments.push({t0: cursor, t1: a, folded: false});
            segments.push({t0: a, t1: b, folded: true});
            cursor = b;
          }
        }
      }
      segments.push({t0: cursor, t1: max, folded: false});
      const openDays = segments.filter(s => !s.folded).reduce((n, s) => n + s.t1 - s.t0, 0);
      const foldedPx = segments.filter(s => s.folded).length * FOLD_WIDTH;
      if (this.zoom < 0 || this.fitted) {
        // fit: everything fits the width (within the zoom range from years to weeks);
        // a short or empty timeline shows at least two years, not weeks
        const fit = (width - 40 - foldedPx) / Math.max(openDays, FIT_MIN_DAYS);
        this.ppd = Math.max(ZOOMS[0], Math.min(ZOOMS[ZOOMS.length - 1], fit));
        this.zoom = 0;
      }
      const ppd = this.ppd;
      let x = 20;
      for (const s of segments) {
        s.x0 = x;
        x += s.folded ? FOLD_WIDTH : (s.t1 - s.t0) * ppd;
        s.x1 = x;
      }
      this.scale = {segments, ppd, width: x + 20, min, max};
    }

    x(day) {
      const segs = this.scale.segments;
      let lo = 0;
      let hi = segs.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (segs[mid].t1 < day) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      const s = segs[lo];
      if (s.folded) {
        return s.x0 + (day - s.t0) / Math.max(1, s.t1 - s.t0) * FOLD_WIDTH;
      }
      return s.x0 + (Math.max(s.t0, Math.min(s.t1, day)) - s.t0) * this.scale.ppd;
    }

    dayAt(x) {
      for (const s of this.scale.segments) {
        if (x <= s.x1) {
          if (s.folded) {
            return Math.round(s.t0 + (x - s.x0) / FOLD_WIDTH * (s.t1 - s.t0));
          }
          return Math.round(s.t0 + (x - s.x0) / this.scale.ppd);
        }
      }
      return this.scale.max;
    }

    zoomBy(step, clientX) {
      const rect = this.scroller.getBoundingClientRect();
      const anchorPx = clientX === undefined ? rect.width / 2 : clientX - rect.left;
      const anchorDay = this.dayAt(this.scroller.scrollLeft + anchorPx);
      const next = step > 0 ? ZOOMS.find(z => z > this.ppd * 1.01) : [...ZOOMS].reverse().find(z => z < this.ppd * 0.99);
      if (next === undefined) {
        return;
      }
      this.fitted = false;
      this.ppd = next;
      this.render();
      this.scroller.scrollLeft = this.x(anchorDay) - anchorPx;
    }

    scrollToDay(day) {
      this.scroller.scrollLeft = this.x(day) - this.scroller.clientWidth / 2;
    }

    scrollToEvent(id) {
      const e = this.events.get(id);
      if (e) {
        const x = this.x(e.start);
        if (x < this.scroller.scrollLeft + 40 || x > this.scroller.scrollLeft + this.scroller.clientWidth - 200) {
          this.scrollToDay(e.start);
        }
      }
    }

    // ---- what someone else just added, outside the visible frame

    /** Where a fresh item stands relative to the visible frame: -1 left of it, 1 right of it, 0 in view. */
    sideOf(item) {
      const x = this.x(item.day);
      const left = this.scroller.scrollLeft;
      const right = left + this.scroller.clientWidth;
      return x < left + 10 ? -1 : (x > right - 30 ? 1 : 0);
    }

    /** Drops what is in view now; shows a marker for the latest that is not. */
    updateFresh() {
      if (!this.scale || !this.freshMarker) {
        return;
      }
      this.fresh = this.fresh.filter(f => this.exists(f) && this.sideOf(f) !== 0);
      const latest = this.fresh[this.fresh.length - 1];
      if (!latest) {
        this.freshMarker.hidden = true;
        this.removeAttribute('data-fresh');
        return;
      }
      const side = this.sideOf(latest);
      const more = this.fresh.length > 1 ? ' ' + (this.labels.freshMore || '(+{0})').replace('{0}', String(this.fresh.length - 1)) : '';
      const title = latest.title.length > 40 ? latest.title.slice(0, 39) + '…' : latest.title;
      const text = (this.labels.fresh || 'nieuw: {0}').replace('{0}', title) + more;
      this.freshMarker.textContent = side < 0 ? '← ' + text : text + ' →';
      this.freshMarker.title = this.labels.freshHelp || '';
      this.freshMarker.classList.toggle('rw-tl-fresh-left', side < 0);
      this.freshMarker.classList.toggle('rw-tl-fresh-right', side > 0);
      this.freshMarker.hidden = false;
      this.setAttribute('data-fresh', latest.id);
    }

    exists(f) {
      return f.kind === 'event' ? this.events.has(f.id) : f.kind === 'period' ? this.periods.has(f.id) : this.gaps.has(f.id);
    }

    /** The marker's action: scroll the latest fresh item into view (and light up an event briefly). */
    showFresh() {
      const latest = this.fresh[this.fresh.length - 1];
      if (!latest) {
        return;
      }
      this.scrollToDay(latest.day);
      if (latest.kind === 'event') {
        const node = this.svg.querySelector(`[data-id="${CSS.escape(latest.id)}"]`);
        if (node) {
          node.classList.add('rw-tl-just-added');
          setTimeout(() => node.classList.remove('rw-tl-just-added'), JUST_ADDED_MS);
          node.focus();
        }
      }
      this.updateFresh();
    }

    // ---- drawing

    render() {
      if (!this.built) {
        return;
      }
      const started = performance.now();
      const width = Math.max(320, this.scroller.clientWidth || this.clientWidth || 900);
      this.computeScale(width);
      const height = Math.max(300, this.frame.clientHeight || 440);
      const axisY = Math.round(height / 2);
      const maxRows = Math.max(2, Math.floor((axisY - AXIS_GAP - 44) / ROW) + 1);
      const svg = this.svg;
      const segments = this.scale.segments.map(g => `${g.t0},${g.t1},${g.folded ? 1 : 0}`).join(';');
      const backgroundKey = [this.scale.width, height, this.scale.ppd, segments, this.backgroundVersion, this.today].join('|');
      if (backgroundKey !== this.backgroundKey || !this.items) {
        // the scale or the background changed: everything is drawn again
        this.backgroundKey = backgroundKey;
        this.marks.clear();
        this.drawBackground(svg, height, axisY);
      }
      const items = this.items;

      // events: greedy rows per lane; what does not fit gets a compact mark near the line
      const rows = {upper: [], lower: []};
      const list = this.sorted();
      // one event is in the tab order (roving tabindex); the arrow keys walk the others
      if (!this.activeId || !this.events.has(this.activeId)) {
        this.activeId = list.length ? list[0].id : null;
      }
      let compact = 0;
      const drawn = new Set();
      for (const e of list) {
        const lane = e.above ? 'upper' : 'lower';
        const x = this.x(e.start);
        const x2 = this.x(e.stop + 1);
        const labelWidth = 22 + Math.min(e.title.length, 30) * 6.6;
        const laneRows = rows[lane];
        let row = laneRows.findIndex(end => end < x);
        if (row < 0 && laneRows.length < maxRows) {
          row = laneRows.length;
          laneRows.push(0);
        }
        if (row >= 0) {
          laneRows[row] = x + labelWidth;
        } else {
          compact++;
        }
        drawn.add(e.id);
        // what the mark shows and where: drawn again only when one of these changed
        const sig = [lane, row, x, x2, e.version, e.date, e.end, e.label, e.title, e.who, e.kind, e.approx, e.source,
          e.id === this.highlight, this.recent.get(e.id) || 0].join('\u0001');
        const mark = this.marks.get(e.id);
        if (mark && mark.sig === sig) {
          const tabindex = e.id === this.activeId ? '0' : '-1';
          if (mark.g.getAttribute('tabindex') !== tabindex) {
            mark.g.setAttribute('tabindex', tabindex);
          }
          continue;
        }
        const g = this.drawEvent(items, e, lane, row, x, x2, axisY);
        if (mark) {
          // in place: a changed mark keeps its place among the others (and keyboard focus comes back below)
          mark.g.replaceWith(g);
        }
        this.marks.set(e.id, {g, sig});
      }
      for (const [id, mark] of this.marks) {
        if (!drawn.has(id)) {
          mark.g.remove();
          this.marks.delete(id);
        }
      }
      if (this.count) {
        this.count.textContent = (list.length === 1 ? (this.labels.countOne || '1 gebeurtenis')
          : (this.labels.count || '{0} gebeurtenissen').replace('{0}', String(list.length)))
          + (compact > 0 ? ' · ' + (this.labels.compact || '{0} klein getoond, zoom in').replace('{0}', String(compact)) : '');
      }
      this.laneUpper.textContent = this.lanes ? this.lanes.upper : '';
      this.laneLower.textContent = this.lanes ? this.lanes.lower : '';
      this.setAttribute('data-count', String(list.length));
      this.setAttribute('data-ppd', String(this.ppd));
      this.renders = (this.renders || 0) + 1;
      this.setAttribute('data-renders', String(this.renders));
      this.setAttribute('data-render-ms', String(Math.round(performance.now() - started)));
      this.setAttribute('data-fitted', String(this.fitted));
      if (this.revealId) {
        const id = this.revealId;
        this.revealId = null;
        this.scrollToEvent(id);
      }
      this.updateFresh();
      if (this.refocus) {
        const node = this.svg.querySelector(`[data-id="${CSS.escape(this.refocus)}"]`);
        this.refocus = null;
        if (node) {
          node.focus();
        }
      }
    }

    /** Lanes, periods, grid, axis, folds, today and gaps; and an empty layer for the event marks. */
    drawBackground(svg, height, axisY) {
      svg.replaceChildren();
      svg.setAttribute('width', this.scale.width);
      svg.setAttribute('height', height);
      svg.setAttribute('viewBox', `0 0 ${this.scale.width} ${height}`);
      svg.setAttribute('aria-label', this.labels.title || 'Tijdlijn');

      const bands = el('g', {class: 'rw-tl-bands'}, svg);
      const grid = el('g', {class: 'rw-tl-grid'}, svg);
      const axis = el('g', {class: 'rw-tl-axis'}, svg);
      const gapLayer = el('g', {class: 'rw-tl-gaps'}, svg);
      this.items = el('g', {class: 'rw-tl-items'}, svg);

      el('rect', {x: 0, y: 0, width: this.scale.width, height: axisY, class: 'rw-tl-lane-bg rw-tl-lane-bg-upper'}, bands);
      el('rect', {x: 0, y: axisY, width: this.scale.width, height: height - axisY, class: 'rw-tl-lane-bg rw-tl-lane-bg-lower'}, bands);

      // marked periods: a band over both lanes with its name
      let periodRow = 0;
      for (const p of [...this.periods.values()].sort((a, b) => a.start < b.start ? -1 : 1)) {
        const x0 = this.x(dayOf(p.start));
        const x1 = Math.max(x0 + 4, this.x(dayOf(p.end)));
        const g = el('g', {class: 'rw-tl-period', 'data-period-id': p.id, tabindex: 0, role: 'button'}, bands);
        g.setAttribute('aria-label', `${p.name} (${p.label || ''})`);
        el('rect', {x: x0, y: 0, width: x1 - x0, height, class: 'rw-tl-period-band'}, g);
        const label = el('text', {x: x0 + 4, y: 12 + (periodRow % 2) * 13, class: 'rw-tl-period-name'}, g);
        label.textContent = p.name;
        const tip = el('title', {}, g);
        tip.textContent = `${p.name} (${p.label || ''})`;
        periodRow++;
        const open = () => this.emit('rw-period-open', {id: p.id});
        g.addEventListener('click', open);
        g.addEventListener('keydown', ev => {
          if (ev.key === 'Enter' || ev.key === ' ') {
            ev.preventDefault();
            open();
          }
        });
      }

      // the line, ticks and folds
      el('line', {x1: 0, x2: this.scale.width, y1: axisY, y2: axisY, class: 'rw-tl-line'}, axis);
      this.drawTicks(grid, axis, axisY, height);
      for (const s of this.scale.segments.filter(s => s.folded)) {
        const g = el('g', {class: 'rw-tl-fold'}, axis);
        el('rect', {x: s.x0 + 4, y: axisY - 14, width: FOLD_WIDTH - 8, height: 28, rx: 4}, g);
        el('path', {d: `M${s.x0 + 14},${axisY + 8} l6,-16 M${s.x0 + 24},${axisY + 8} l6,-16`, class: 'rw-tl-fold-mark'}, g);
        const years = ((s.t1 - s.t0) / 365.25).toFixed(1).replace('.0', '').replace('.', ',');
        const t = el('title', {}, g);
        t.textContent = (this.labels.foldedYears || '{0} jaar zonder gebeurtenissen').replace('{0}', years);
      }

      // today
      const tx = this.x(dayOf(this.today));
      el('line', {x1: tx, x2: tx, y1: 8, y2: height - 8, class: 'rw-tl-today'}, grid);
      const todayLabel = el('text', {x: tx - 4, y: height - 10, 'text-anchor': 'end', class: 'rw-tl-today-label'}, grid);
      todayLabel.textContent = this.labels.today || 'Vandaag';

      // gaps: a question mark on the line
      for (const gap of this.gaps.values()) {
        if (gap.filled) {
          continue;
        }
        const gx = this.x(dayOf(gap.at));
        const g = el('g', {class: 'rw-tl-gap', transform: `translate(${gx},${axisY})`, tabindex: 0, role: 'button',
          'data-gap-id': gap.id}, gapLayer);
        g.setAttribute('aria-label', `${this.labels.gap || 'Ontbreekt er iets?'} ${gap.label || ''} ${gap.question || ''}`);
        el('circle', {r: 10}, g);
        const q = el('text', {y: 5, 'text-anchor': 'middle'}, g);
        q.textContent = '?';
        const tip = el('title', {}, g);
        tip.textContent = `${this.labels.gap || 'Ontbreekt er iets?'} ${gap.label || ''}${gap.question ? ' — ' + gap.question : ''}`;
        const open = () => this.emit('rw-gap-open', {id: gap.id});
        g.addEventListener('click', (ev) => {
          ev.stopPropagation();
          open();
        });
        g.addEventListener('keydown', ev => {
          if (ev.key === 'Enter' || ev.key === ' ') {
            ev.preventDefault();
            open();
          }
        });
      }
    }

    drawTicks(grid, axis, axisY, height) {
      const ppd = this.scale.ppd;
      const months = this.labels.months || ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
      const yearPx = ppd * 365;
      let unit;
      if (yearPx < 45) {
        unit = 'year5';
      } else if (ppd * 30 < 34) {
        unit = 'year';
      } else if (ppd * 7 < 44) {
        unit = 'month';
      } else {
        unit = 'week';
      }
      this.setAttribute('data-unit', unit);
      for (const s of this.scale.segments) {
        if (s.folded) {
          continue;
        }
        const start = new Date(s.t0 * DAY);
        let y = start.getUTCFullYear();
        let m = start.getUTCMonth();
        const ticks = [];
        if (unit === 'year5' || unit === 'year') {
          for (let year = y; ; year++) {
            const d = Math.floor(Date.UTC(year, 0, 1) / DAY);
            if (d > s.t1) {
              break;
            }
            if (d >= s.t0) {
              const major = unit === 'year' || year % 5 === 0;
              ticks.push({d, major, text: major ? String(year) : ''});
            }
            if (unit === 'year' && ppd * 30 >= 6) {
              for (let mm = 3; mm < 12; mm += 3) {
                const md = Math.floor(Date.UTC(year, mm, 1) / DAY);
                if (md >= s.t0 && md <= s.t1) {
                  ticks.push({d: md, major: false, text: ''});
                }
              }
            }
          }
        } else if (unit === 'month') {
          for (let i = 0; ; i++) {
            const d = Math.floor(Date.UTC(y, m + i, 1) / DAY);
            if (d > s.t1) {
              break;
            }
            if (d >= s.t0) {
              const date = new Date(d * DAY);
              const jan = date.getUTCMonth() === 0;
              ticks.push({d, major: true, text: jan ? String(date.getUTCFullYear()) : months[date.getUTCMonth()], strong: jan});
            }
          }
        } else {
          // weeks: Mondays
          let d = s.t0 + ((8 - new Date(s.t0 * DAY).getUTCDay()) % 7);
          for (; d <= s.t1; d += 7) {
            const date = new Date(d * DAY);
            ticks.push({d, major: true, text: `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCMonth() === 0 && date.getUTCDate() <= 7 ? date.getUTCFullYear() : ''}`.trim()});
          }
        }
        for (const t of ticks) {
          const x = this.x(t.d);
          el('line', {x1: x, x2: x, y1: 0, y2: height, class: t.major ? 'rw-tl-grid-major' : 'rw-tl-grid-minor'}, grid);
          if (t.text) {
            el('line', {x1: x, x2: x, y1: axisY - 5, y2: axisY + 5, class: 'rw-tl-tick'}, axis);
            const label = el('text', {x: x + 3, y: axisY + 26, class: 'rw-tl-tick-label' + (t.strong ? ' rw-tl-tick-strong' : '')}, axis);
            label.textContent = t.text;
          }
        }
      }
    }

    drawEvent(parent, e, lane, row, x, x2, axisY) {
      const justAdded = JUST_ADDED_MS - (Date.now() - (this.recent.get(e.id) || 0));
      const dir = lane === 'upper' ? -1 : 1;
      const compact = row < 0;
      const y = compact ? axisY + dir * 9 : axisY + dir * (AXIS_GAP + row * ROW);
      const g = el('g', {
        class: 'rw-tl-event rw-tl-kind-' + e.kind + (compact ? ' rw-tl-compact' : '') + (e.id === this.highlight ? ' rw-tl-highlight' : '')
          + (justAdded > 0 ? ' rw-tl-just-added' : ''),
        transform: `translate(${x},${y})`, tabindex: e.id === this.activeId ? 0 : -1, role: 'button',
        'data-id': e.id, 'data-lane': lane, 'data-date': e.date, 'data-kind': e.kind
      }, parent);
      if (justAdded > 0) {
        setTimeout(() => g.classList.remove('rw-tl-just-added'), justAdded);
      }
      const kindName = (this.labels.kinds || {})[e.kind] || e.kind;
      g.setAttribute('aria-label', `${e.label}: ${e.title}. ${kindName}${e.who ? '. ' + e.who : ''}${e.source ? '. ' + e.source : ''}`);
      // the span the date stands for (a month, a year) as a bar on the line
      if (x2 - x > 3) {
        el('rect', {x: 0, y: axisY - y - 2, width: x2 - x, height: 4, rx: 2, class: 'rw-tl-span' + (e.approx ? ' rw-tl-approx' : '')}, g);
      }
      el('line', {x1: 0, x2: 0, y1: 0, y2: axisY - y, class: 'rw-tl-stem' + (e.approx ? ' rw-tl-approx' : '')}, g);
      if (e.id === this.highlight) {
        el('circle', {r: 13, class: 'rw-tl-halo'}, g);
      }
      if (e.source) {
        el('circle', {r: compact ? 7 : 10, class: 'rw-tl-linked-ring'}, g);
      }
      shape(e.kind, g, compact ? 0.6 : 1);
      if (!compact) {
        const text = el('text', {x: 12, y: 4, class: 'rw-tl-title'}, g);
        text.textContent = e.title.length > 30 ? e.title.slice(0, 29) + '…' : e.title;
      }
      const tip = el('title', {}, g);
      tip.textContent = `${e.label} — ${e.title}\n${kindName}${e.who ? ' · ' + e.who : ''}${e.source ? '\n' + e.source : ''}`;

      const open = () => this.emit('rw-open', {id: e.id});
      g.addEventListener('focus', () => {
        if (this.activeId !== e.id) {
          const previous = this.svg.querySelector(`[data-id="${CSS.escape(this.activeId || '')}"]`);
          if (previous) {
            previous.setAttribute('tabindex', '-1');
          }
          this.activeId = e.id;
          g.setAttribute('tabindex', '0');
        }
      });
      g.addEventListener('keydown', (ev) => this.onEventKey(ev, e, open));
      g.addEventListener('pointerdown', (ev) => this.onEventDown(ev, e, g, x, y, open));
      return g;
    }

    onEventKey(ev, e, open) {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        open();
        return;
      }
      if (ev.key !== 'ArrowLeft' && ev.key !== 'ArrowRight') {
        return;
      }
      ev.preventDefault();
      const step = ev.key === 'ArrowRight' ? 1 : -1;
      if (ev.altKey || ev.shiftKey) {
        if (!this.canEdit) {
          return;
        }
        // move the event by one unit of its precision
        const d = new Date(e.start * DAY);
        if (e.precision === 'YEAR') {
          d.setUTCFullYear(d.getUTCFullYear() + step);
        } else if (e.precision === 'MONTH') {
          d.setUTCMonth(d.getUTCMonth() + step);
        } else {
          d.setUTCDate(d.getUTCDate() + step);
        }
        this.emit('rw-move', {id: e.id, date: d.toISOString().slice(0, 10), version: e.version});
        this.refocus = e.id;
        return;
      }
      const list = this.sorted();
      const i = list.findIndex(o => o.id === e.id);
      const next = list[i + step];
      if (next) {
        this.focusEvent(next.id);
      }
    }

    onEventDown(ev, e, g, x, y, open) {
      if (ev.button !== 0) {
        return;
      }
      ev.stopPropagation();
      const startX = ev.clientX;
      let dragging = false;
      const move = (mv) => {
        const dx = mv.clientX - startX;
        if (!dragging && Math.abs(dx) > 5 && this.canEdit) {
          dragging = true;
          this.dragging = true;
          g.classList.add('rw-tl-dragging');
          // the mark is moved by hand now: the next drawing puts it where the data says
          const mark = this.marks.get(e.id);
          if (mark) {
            mark.sig = null;
          }
          g.setPointerCapture(ev.pointerId);
        }
        if (dragging) {
          g.setAttribute('transform', `translate(${x + dx},${y})`);
        }
      };
      const up = (uv) => {
        g.removeEventListener('pointermove', move);
        g.removeEventListener('pointerup', up);
        g.removeEventListener('pointercancel', up);
        if (!dragging) {
          if (uv.type !== 'pointercancel') {
            open();
          }
          return;
        }
        const day = this.dayAt(x + uv.clientX - startX);
        g.classList.remove('rw-tl-dragging');
        this.dragging = false;
        if (this.renderAfterDrag) {
          this.renderAfterDrag = false;
          this.scheduleRender();
        }
        if (uv.type === 'pointercancel') {
          this.scheduleRender();
          return;
        }
        this.emit('rw-move', {id: e.id, date: isoOf(day), version: e.version});
      };
      g.addEventListener('pointermove', move);
      g.addEventListener('pointerup', up);
      g.addEventListener('pointercancel', up);
    }

    onBackgroundDown(ev) {
      if (!this.tool || ev.button !== 0) {
        return;
      }
      const rect = this.svg.getBoundingClientRect();
      const x0 = ev.clientX - rect.left;
      if (this.tool === 'gap') {
        this.emit('rw-gap', {date: isoOf(this.dayAt(x0))});
        return;
      }
      ev.preventDefault();
      const height = this.svg.getAttribute('height');
      const band = el('rect', {x: x0, y: 0, width: 1, height, class: 'rw-tl-selecting'}, this.svg);
      this.svg.setPointerCapture(ev.pointerId);
      const move = (mv) => {
        const x1 = mv.clientX - rect.left;
        band.setAttribute('x', Math.min(x0, x1));
        band.setAttribute('width', Math.max(1, Math.abs(x1 - x0)));
      };
      const up = (uv) => {
        this.svg.removeEventListener('pointermove', move);
        this.svg.removeEventListener('pointerup', up);
        band.remove();
        const x1 = uv.clientX - rect.left;
        const a = this.dayAt(Math.min(x0, x1));
        const b = this.dayAt(Math.max(x0, x1));
        this.emit('rw-span', {from: isoOf(a), to: isoOf(Math.max(a, b))});
      };
      this.svg.addEventListener('pointermove', move);
      this.svg.addEventListener('pointerup', up);
    }

    emit(name, detail) {
      this.dispatchEvent(new CustomEvent(name, {detail, bubbles: true}));
    }
  }

  customElements.define('rw-timeline', RwTimeline);
})();
