// Marsad's web UI: search, article view and event table over the JSON API.
// Plain JavaScript, no build step. Text from articles only ever enters the page as text nodes
// or attribute values (never as markup), so an article cannot inject anything.
'use strict';

(() => {
  const UI_LANGS = ['ar', 'ru', 'en'];
  const ARTICLE_LANGS = ['ar', 'ru', 'en'];
  const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
    'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
  const MODALITIES = ['asserted', 'planned', 'possible', 'negated', 'hypothetical'];
  const LIST_LIMIT = 50;
  const EVENT_LIMIT = 200;

  let labels = {};
  let uiLang = readUiLang();
  let routing = 0;

  // ---- small helpers -------------------------------------------------------------------

  function readUiLang() {
    try {
      const saved = window.localStorage.getItem('marsad.ui');
      if (UI_LANGS.includes(saved)) return saved;
    } catch (e) {
      // storage may be unavailable (private windows); fall through to the default
    }
    return 'en';
  }

  /** The interface label for a key in the chosen language, {name} placeholders filled in. */
  function t(key, vars) {
    const own = labels[uiLang] || {};
    const fallback = labels.en || {};
    const s = own[key] !== undefined ? own[key] : (fallback[key] !== undefined ? fallback[key] : key);
    return vars ? s.replace(/\{(\w+)\}/g, (_, k) => String(vars[k])) : s;
  }

  /** Builds an element; strings among the children become text nodes. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  function dirOf(lang) {
    return lang === 'ar' ? 'rtl' : 'ltr';
  }

  async function api(path, params) {
    const url = new URL(path, window.location.href);
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== null && v !== undefined && v !== '') url.searchParams.set(k, v);
    }
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      const error = new Error((body && body.error) || response.statusText);
      error.status = response.status;
      throw error;
    }
    return body;
  }

  /** Goes to a view; the hash holds the whole state, so links and reloads work. */
  function go(path, params) {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) {
      if (v) query.set(k, v);
    }
    const s = query.toString();
    const hash = '#' + path + (s ? '?' + s : '');
    if (window.location.hash === hash) route();
    else window.location.hash = hash;
  }

  function parseHash() {
    const h = window.location.hash.replace(/^#/, '') || '/';
    const at = h.indexOf('?');
    return {
      path: at < 0 ? h : h.slice(0, at),
      params: new URLSearchParams(at < 0 ? '' : h.slice(at + 1)),
    };
  }

  function setView(name, ...nodes) {
    const view = document.getElementById('view');
    view.replaceChildren(...nodes);
    document.body.dataset.view = name;
    for (const link of document.querySelectorAll('nav.views a')) {
      link.classList.toggle('current', link.id === 'nav-' + (name === 'article' ? 'search' : name));
    }
  }

  function showError(message) {
    const box = document.getElementById('error');
    box.textContent = t('error') + ': ' + message;
    box.hidden = false;
  }

  function hideError() {
    document.getElementById('error').hidden = true;
  }

  function langSelect(id, value) {
    return el('select', { id, name: 'lang', 'aria-label': t('events.lang') },
      el('option', { value: '' }, t('any')),
      ARTICLE_LANGS.map((l) => el('option', { value: l, selected: l === value }, t('lang.' + l))));
  }

  function summaryOf(event) {
    const s = event.summary || {};
    return s[uiLang] || s.en || s.ru || s.ar || '';
  }

  function actorsOf(participants) {
    return (participants || []).map((p) => (p.sector ? p.actor + '/' + p.sector : p.actor)).join(', ');
  }

  function dateOf(event) {
    if (event.time && event.time.value) return event.time.value;
    return (event.article && event.article.published) || '';
  }

  /** Text with some code-point stretches wrapped in <mark>, built from text nodes. */
  function marked(text, marks) {
    const cps = Array.from(text);
    const out = [];
    let at = 0;
    for (const m of marks || []) {
      if (m.start < at || m.end > cps.length || m.end <= m.start) continue;
      out.push(cps.slice(at, m.start).join(''));
      out.push(el('mark', {}, cps.slice(m.start, m.end).join('')));
      at = m.end;
    }
    out.push(cps.slice(at).join(''));
    return out;
  }

  // ---- search ------------------------------------------------------------------------

  async function showSearch(params) {
    const q = params.get('q') || '';
    const lang = params.get('lang') || '';
    const input = el('input', {
      id: 'q', type: 'search', name: 'q', dir: 'auto', autocomplete: 'off',
      placeholder: t('search.placeholder'), 'aria-label': t('search.placeholder'),
    });
    input.value = q;
    const langs = langSelect('search-lang', lang);
    const form = el('form', {
      id: 'search-form', class: 'search', role: 'search',
      onsubmit: (e) => {
        e.preventDefault();
        go('/', { q: input.value.trim(), lang: langs.value });
      },
    }, input, langs, el('button', { type: 'submit', id: 'search-button' }, t('search.button')));
    const results = el('section', { id: 'results', 'aria-live': 'polite' });
    setView('search', form, results);
    if (!q) {
      const data = await api('/api/articles', { limit: LIST_LIMIT, lang });
      results.append(el('h2', {}, t('search.latest')), hitList(data.articles.map((a) => ({ article: a }))));
      return;
    }
    const data = await api('/api/search', { q, lang, limit: LIST_LIMIT });
    results.append(el('p', { id: 'result-count', class: 'count' }, t('search.results', { n: data.total })));
    results.append(data.hits.length ? hitList(data.hits) : el('p', { class: 'none' }, t('search.none')));
  }

  function hitList(hits) {
    return el('ul', { class: 'hits' }, hits.map((h) => {
      const a = h.article;
      return el('li', { class: 'hit', 'data-id': a.id },
        el('a', { class: 'title', href: '#/article/' + encodeURIComponent(a.id), lang: a.lang, dir: 'auto' },
          a.title || a.id),
        el('span', { class: 'meta' }, [t('lang.' + a.lang), a.published].filter(Boolean).join(' · ')),
        h.snippet ? el('p', { class: 'snippet', lang: a.lang, dir: dirOf(a.lang) }, marked(h.snippet, h.marks)) : null);
    }));
  }

  // ---- article -----------------------------------------------------------------------

  async function showArticle(id, params) {
    let doc;
    try {
      doc = await api('/api/articles/' + encodeURIComponent(id));
    } catch (e) {
      if (e.status === 404) {
        setView('article', el('h1', { id: 'article-title' }, t('article.missing')));
        return;
      }
      throw e;
    }
    const a = doc.article;
    const dir = dirOf(a.lang);
    const meta = [t('lang.' + a.lang), a.published ? t('article.published') + ' ' + a.published : null]
      .filter(Boolean).join(' · ');
    const link = a.url && /^https?:\/\//i.test(a.url)
      ? el('a', { href: a.url, rel: 'noopener noreferrer', class: 'source', dir: 'ltr' }, a.url) : null;
    const text = el('div', { id: 'article-text', class: 'article-text', lang: a.lang, dir }, annotated(a.text, doc));
    const events = el('ol', { id: 'article-events', class: 'event-list' }, doc.events.map((e) =>
      el('li', {},
        el('button', { type: 'button', class: 'event', 'data-event': e.id, 'aria-pressed': 'false',
          onclick: () => selectEvent(e.id) },
        el('span', { class: 'summary', dir: 'auto' }, summaryOf(e)),
        el('span', { class: 'codes' }, [e.cameo, e.plover && e.plover.type, t('modality.' + e.modality),
          e.time && e.time.value].filter(Boolean).join(' · '))))));
    const aside = el('aside', { class: 'article-side' },
      el('h2', {}, t('article.events')),
      doc.events.length ? events : el('p', { class: 'none' }, t('article.none')),
      el('h2', {}, t('article.entities')),
      entityList(doc.mentions),
      el('h2', {}, t('article.dates')),
      dateList(doc.times));
    setView('article',
      el('h1', { id: 'article-title', lang: a.lang, dir: 'auto' }, a.title || a.id),
      el('p', { class: 'meta' }, meta, link ? ' · ' : null, link),
      el('p', { class: 'legend' }, t('article.legend')),
      el('div', { class: 'article-layout' }, text, aside));
    const wanted = params.get('event');
    if (wanted) selectEvent(wanted);
  }

  /**
   * The article's text with mentions, times, event words and event sentences as spans over it.
   * Offsets are code points, so the text is split into code points first.
   */
  function annotated(text, doc) {
    const cps = Array.from(text);
    const spans = [];
    const clamp = (n) => Math.max(0, Math.min(cps.length, n));
    const add = (start, end, info) => {
      const s = clamp(start);
      const e = clamp(end);
      if (e > s) spans.push(Object.assign({ start: s, end: e }, info));
    };
    for (const m of doc.mentions) {
      const name = (m.names && (m.names[uiLang] || m.names.en)) || '';
      add(m.start, m.end, { cls: 'ent ent-' + m.type, title: [t('type.' + m.type), m.actor, name].filter(Boolean).join(' · ') });
    }
    for (const x of doc.times) add(x.start, x.end, { cls: 'time', title: x.value || '' });
    for (const e of doc.events) {
      add(e.trigger.start, e.trigger.end, { cls: 'trigger', title: (e.cameo || '') + ' ' + summaryOf(e), trigger: e.id });
      add(e.evidence.start, e.evidence.end, { evidence: e.id });
    }
    const bounds = new Set([0, cps.length]);
    for (const s of spans) {
      bounds.add(s.start);
      bounds.add(s.end);
    }
    const cuts = [...bounds].sort((x, y) => x - y);
    const out = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const from = cuts[i];
      const to = cuts[i + 1];
      const piece = cps.slice(from, to).join('');
      const over = spans.filter((s) => s.start <= from && s.end >= to);
      if (!over.length) {
        out.push(piece);
        continue;
      }
      const classes = [];
      const titles = [];
      const evidence = [];
      let trigger = null;
      for (const s of over) {
        if (s.cls) classes.push(s.cls);
        if (s.title) titles.push(s.title);
        if (s.evidence) evidence.push(s.evidence);
        if (s.trigger) trigger = s.trigger;
      }
      const span = el('span', {
        class: classes.join(' ') || null,
        title: titles.join('\n') || null,
        'data-ev': evidence.join(' ') || null,
      }, piece);
      if (trigger) span.addEventListener('click', () => selectEvent(trigger));
      out.push(span);
    }
    return out;
  }

  function selectEvent(id) {
    for (const s of document.querySelectorAll('#article-text .sel')) s.classList.remove('sel');
    for (const b of document.querySelectorAll('#article-events button.event')) {
      b.setAttribute('aria-pressed', String(b.dataset.event === id));
    }
    const sentence = [...document.querySelectorAll('#article-text [data-ev]')]
      .filter((s) => s.dataset.ev.split(' ').includes(id));
    for (const s of sentence) s.classList.add('sel');
    if (sentence.length && sentence[0].scrollIntoView) sentence[0].scrollIntoView({ block: 'center' });
  }

  function entityList(mentions) {
    const seen = new Map();
    for (const m of mentions) {
      const key = m.type + '|' + (m.entity || m.text) + '|' + (m.actor || '');
      if (!seen.has(key)) seen.set(key, { m, count: 0 });
      seen.get(key).count++;
    }
    if (!seen.size) return el('p', { class: 'none' }, t('article.none'));
    return el('ul', { id: 'article-entities', class: 'plain' }, [...seen.values()].map(({ m, count }) => {
      const name = m.names && m.names[uiLang];
      return el('li', {},
        el('span', { class: 'ent ent-' + m.type, dir: 'auto' }, m.text),
        ' ', el('span', { class: 'codes' }, [t('type.' + m.type), m.actor, name && name !== m.text ? name : null,
          count > 1 ? '×' + count : null].filter(Boolean).join(' · ')));
    }));
  }

  function dateList(times) {
    if (!times.length) return el('p', { class: 'none' }, t('article.none'));
    return el('ul', { id: 'article-dates', class: 'plain' }, times.map((x) =>
      el('li', {}, el('span', { class: 'time', dir: 'auto' }, x.text), ' ', el('span', { class: 'codes', dir: 'ltr' }, x.value || ''))));
  }

  // ---- events ------------------------------------------------------------------------

  async function showEvents(params) {
    const field = (id, labelKey, control) => el('label', { for: id }, el('span', {}, t(labelKey)), control);
    const actor = el('input', { id: 'filter-actor', name: 'actor', size: 8, autocomplete: 'off', dir: 'ltr' });
    actor.value = params.get('actor') || '';
    const type = el('select', { id: 'filter-type', name: 'type' }, el('option', { value: '' }, t('any')),
      PLOVER_TYPES.map((x) => el('option', { value: x, selected: x === params.get('type') }, x)));
    const cameo = el('input', { id: 'filter-cameo', name: 'cameo', size: 4, inputmode: 'numeric', dir: 'ltr' });
    cameo.value = params.get('cameo') || '';
    const from = el('input', { id: 'filter-from', name: 'from', type: 'date' });
    from.value = params.get('from') || '';
    const to = el('input', { id: 'filter-to', name: 'to', type: 'date' });
    to.value = params.get('to') || '';
    const lang = langSelect('filter-lang', params.get('lang') || '');
    const modality = el('select', { id: 'filter-modality', name: 'modality' }, el('option', { value: '' }, t('any')),
      MODALITIES.map((x) => el('option', { value: x, selected: x === params.get('modality') }, t('modality.' + x))));
    const form = el('form', {
      id: 'events-form', class: 'filters',
      onsubmit: (e) => {
        e.preventDefault();
        go('/events', {
          actor: actor.value.trim().toUpperCase(), type: type.value, cameo: cameo.value.trim(), from: from.value,
          to: to.value, lang: lang.value, modality: modality.value,
        });
      },
    },
    field('filter-actor', 'events.actor', actor), field('filter-type', 'events.type', type),
    field('filter-cameo', 'events.cameo', cameo), field('filter-from', 'events.from', from),
    field('filter-to', 'events.to', to), field('filter-lang', 'events.lang', lang),
    field('filter-modality', 'events.modality', modality),
    el('button', { type: 'submit', id: 'filter-apply' }, t('events.apply')));
    const results = el('section', { id: 'event-results', 'aria-live': 'polite' });
    setView('events', form, results);
    const query = {};
    for (const k of ['actor', 'type', 'cameo', 'from', 'to', 'lang', 'modality']) query[k] = params.get(k);
    query.limit = EVENT_LIMIT;
    const data = await api('/api/events', query);
    results.append(el('p', { id: 'events-count', class: 'count' }, t('events.total', { n: data.total })));
    const columns = ['date', 'source', 'target', 'cameo', 'type', 'modality', 'summary', 'article'];
    results.append(el('table', { id: 'events-table' },
      el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col' }, t('col.' + c))))),
      el('tbody', {}, data.events.map((e) => {
        const a = e.article || {};
        return el('tr', { class: 'event-row', 'data-article': a.id, 'data-event': e.id },
          el('td', { class: 'date', dir: 'ltr' }, dateOf(e)),
          el('td', { class: 'source', dir: 'ltr' }, actorsOf(e.source)),
          el('td', { class: 'target', dir: 'ltr' }, actorsOf(e.target)),
          el('td', { class: 'cameo', dir: 'ltr' }, e.cameo || ''),
          el('td', { class: 'type', dir: 'ltr' }, (e.plover && e.plover.type) || ''),
          el('td', { class: 'modality' }, t('modality.' + e.modality)),
          el('td', { class: 'summary', lang: uiLang, dir: 'auto' }, summaryOf(e)),
          el('td', { class: 'article' }, el('a', {
            href: '#/article/' + encodeURIComponent(a.id) + '?event=' + encodeURIComponent(e.id),
            lang: a.lang, dir: 'auto',
          }, a.title || a.id)));
      }))));
  }

  // ---- routing and interface language -------------------------------------------------

  async function route() {
    const mine = ++routing;
    document.body.dataset.state = 'loading';
    hideError();
    const { path, params } = parseHash();
    try {
      if (path.startsWith('/article/')) await showArticle(decodeURIComponent(path.slice('/article/'.length)), params);
      else if (path === '/events') await showEvents(params);
      else await showSearch(params);
      if (mine === routing) document.body.dataset.state = 'ready';
    } catch (e) {
      if (mine === routing) {
        showError(e.message);
        document.body.dataset.state = 'error';
      }
    }
  }

  function applyUiLang() {
    document.documentElement.lang = uiLang;
    document.documentElement.dir = dirOf(uiLang);
    for (const node of document.querySelectorAll('[data-label]')) node.textContent = t(node.dataset.label);
    for (const b of document.querySelectorAll('[data-ui-lang]')) {
      b.setAttribute('aria-pressed', String(b.dataset.uiLang === uiLang));
    }
  }

  function setUiLang(lang) {
    uiLang = lang;
    try {
      window.localStorage.setItem('marsad.ui', lang);
    } catch (e) {
      // the choice then lasts for this page only
    }
    applyUiLang();
    route();
  }

  async function start() {
    for (const b of document.querySelectorAll('[data-ui-lang]')) {
      b.addEventListener('click', () => setUiLang(b.dataset.uiLang));
    }
    try {
      const response = await fetch('labels.json');
      labels = await response.json();
    } catch (e) {
      labels = {};
    }
    applyUiLang();
    window.addEventListener('hashchange', route);
    route();
  }

  start();
})();
