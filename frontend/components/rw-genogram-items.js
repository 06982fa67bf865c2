/*
 * <rw-genogram-items>: one list of the geno-sociogram's list view (its persons or its
 * lines), the accessible way to read and pick them. The server sends the whole list as
 * one JSON property (items: [{id, text, name}], empty: the text for no items) instead
 * of a component per line; this element draws it as a plain <ul> in its own (light)
 * DOM, with a "Bewerken" button per line for whoever may change the diagram
 * (editLabel set), and reports a click as rw-edit {id}.
 * Every user text is set with textContent.
 */
(() => {
  if (customElements.get('rw-genogram-items')) {
    return;
  }

  class RwGenogramItems extends HTMLElement {
    constructor() {
      super();
      this._items = '[]';
      this._empty = '';
      this._editLabel = '';
      this._kind = 'person';
      this._list = document.createElement('ul');
      this._list.addEventListener('click', e => {
        const button = e.target.closest('vaadin-button');
        const item = button && button.closest('li');
        if (item && this._list.contains(item)) {
          this.dispatchEvent(new CustomEvent('rw-edit', {detail: {id: item.dataset.id}}));
        }
      });
    }

    connectedCallback() {
      if (!this._list.isConnected) {
        this.appendChild(this._list);
      }
      // a property set before this element was defined shadows the setter: take it over
      for (const name of ['items', 'empty', 'editLabel', 'kind']) {
        if (Object.prototype.hasOwnProperty.call(this, name)) {
          const value = this[name];
          delete this[name];
          this[name] = value;
        }
      }
      this._render();
    }

    set items(json) {
      this._items = json || '[]';
      this._render();
    }

    get items() {
      return this._items;
    }

    set empty(text) {
      this._empty = text || '';
      this._render();
    }

    get empty() {
      return this._empty;
    }

    set editLabel(text) {
      this._editLabel = text || '';
      this._render();
    }

    get editLabel() {
      return this._editLabel;
    }

    set kind(kind) {
      this._kind = kind || 'person';
      this._render();
    }

    get kind() {
      return this._kind;
    }

    _render() {
      if (!this._list) {
        return;
      }
      const items = JSON.parse(this._items);
      const idAttribute = this._kind === 'relation' ? 'data-relation-id' : 'data-person-id';
      const lines = document.createDocumentFragment();
      for (const item of items) {
        const li = document.createElement('li');
        li.dataset.id = item.id;
        li.setAttribute(idAttribute, item.id);
        const label = document.createElement('span');
        label.className = 'rw-genogram-item';
        label.textContent = item.text;
        li.appendChild(label);
        if (this._editLabel) {
          const button = document.createElement('vaadin-button');
          button.setAttribute('theme', 'small tertiary');
          button.setAttribute('aria-label', this._editLabel + ': ' + item.name);
          button.textContent = this._editLabel;
          li.appendChild(button);
        }
        lines.appendChild(li);
      }
      if (items.length === 0) {
        const li = document.createElement('li');
        const label = document.createElement('span');
        label.textContent = this._empty;
        li.appendChild(label);
        lines.appendChild(li);
      }
      this._list.replaceChildren(lines);
    }
  }

  customElements.define('rw-genogram-items', RwGenogramItems);
})();
