// Marsad's web UI: search, article view, event table, timeline, network and map over the JSON API.
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

  /**
   * The interface label for a key in the chosen language, {name} placeholders filled in. Each value
   * is a bidi isolate, so that a code or date keeps its order inside Arabic text (PAK, 2014-01-01).
   */
  function t(key, vars) {
    const own = labels[uiLang] || {};
    const fallback = labels.en || {};
    const s = own[key] !== undefined ? own[key] : (fallback[key] !== undefined ? fallback[key] : key);
    return vars ? s.replace(/\{(\w+)\}/g, (_, k) => '\u2068' + String(vars[k]) + '\u2069') : s;
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

  /** Label keys of the filter controls. */
  const FILTER_LABELS = {
    actor: 'events.actor', a: 'timeline.a', b: 'timeline.b', type: 'events.type', cameo: 'events.cameo',
    from: 'events.from', to: 'events.to', lang: 'events.lang', modality: 'events.modality',
  };

  /** A form of filter controls (ids filter-NAME); applying it goes to `path` with their values in the hash. */
  function filterForm(path, params, names) {
    const field = (name, attrs) => {
      const input = el('input', Object.assign({ id: 'filter-' + name, name }, attrs));
      input.value = params.get(name) || '';
      return input;
    };
    const code = (name) => field(name, { size: 8, autocomplete: 'off', dir: 'ltr' });
    const date = (name) => field(name, { type: 'date' });
    const make = {
      actor: code,
      a: code,
      b: code,
      type: () => el('select', { id: 'filter-type', name: 'type' }, el('option', { value: '' }, t('any')),
        PLOVER_TYPES.map((x) => el('option', { value: x, selected: x === params.get('type') }, x))),
      cameo: (name) => field(name, { size: 4, inputmode: 'numeric', dir: 'ltr' }),
      from: date,
      to: date,
      lang: () => langSelect('filter-lang', params.get('lang') || ''),
      modality: () => el('select', { id: 'filter-modality', name: 'modality' }, el('option', { value: '' }, t('any')),
        MODALITIES.map((x) => el('option', { value: x, selected: x === params.get('modality') }, t('modality.' + x)))),
    };
    const controls = Object.fromEntries(names.map((n) => [n, make[n](n)]));
    return el('form', {
      id: 'filter-form', class: 'filters',
      onsubmit: (e) => {
        e.preventDefault();
        const values = {};
        for (const [n, c] of Object.entries(controls)) {
          values[n] = ['actor', 'a', 'b'].includes(n) ? c.value.trim().toUpperCase() : c.value.trim();
        }
        go(path, values);
      },
    },
    names.map((n) => el('label', { for: 'filter-' + n }, el('span', {}, t(FILTER_LABELS[n])), controls[n])),
    el('button', { type: 'submit', id: 'filter-apply' }, t('events.apply')));
  }

  /** The filters of the hash that an API call takes. */
  function queryOf(params, names) {
    return Object.fromEntries(names.map((n) => [n, params.get(n)]));
  }

  async function showEvents(params) {
    const names = ['actor', 'type', 'cameo', 'from', 'to', 'lang', 'modality'];
    const form = filterForm('/events', params, names);
    const results = el('section', { id: 'event-results', 'aria-live': 'polite' });
    setView('events', form, results);
    const query = queryOf(params, names);
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

  // ---- views over many events: timeline, network, map --------------------------------

  const D = window.MarsadDraw;
  const QUADS = ['1', '2', '3', '4'];

  function quadLegend() {
    return el('p', { class: 'legend quad-legend' }, QUADS.map((q) =>
      el('span', { class: 'quad-key' }, el('span', { class: 'swatch quad-' + q }), t('quad.' + q))));
  }

  /** The quad class most of an item's events have (their counts by class given). */
  function mainQuad(quads) {
    let best = null;
    for (const q of QUADS) if ((quads[q] || 0) > ((best && quads[best]) || 0)) best = q;
    return best || 'none';
  }

  function articleLink(e) {
    const a = e.article || {};
    return el('a', {
      class: 'article', href: '#/article/' + encodeURIComponent(a.id) + '?event=' + encodeURIComponent(e.id),
      lang: a.lang, dir: 'auto',
    }, a.title || a.id);
  }

  /** An event as a list item: day and codes, summary, its evidence sentence when known, its article. */
  function eventItem(e) {
    const a = e.article || {};
    return el('li', { class: 'event-item', 'data-event': e.id, 'data-article': a.id },
      el('span', { class: 'codes', dir: 'ltr' }, [e.day || dateOf(e), e.cameo, e.plover && e.plover.type,
        actorsOf(e.source) + ' → ' + actorsOf(e.target)].filter(Boolean).join(' · ')),
      el('span', { class: 'summary', dir: 'auto' }, summaryOf(e)),
      e.sentence ? el('blockquote', { class: 'evidence', lang: a.lang, dir: dirOf(a.lang) }, e.sentence) : null,
      articleLink(e));
  }

  async function showTimeline(params) {
    const names = ['a', 'b', 'type', 'from', 'to', 'lang'];
    const results = el('section', { id: 'timeline-results', 'aria-live': 'polite' });
    setView('timeline', filterForm('/timeline', params, names), results);
    if (!params.get('a') || !params.get('b')) {
      results.append(el('p', { class: 'none' }, t('timeline.pick')));
      return;
    }
    const data = await api('/api/timeline', queryOf(params, names));
    results.append(el('p', { id: 'timeline-count', class: 'count' },
      t('timeline.total', { n: data.total, a: data.a, b: data.b })));
    if (!data.events.length) return;
    const day = params.get('day');
    const hrefOf = (d) => {
      const q = new URLSearchParams(params);
      q.set('day', d);
      return '#/timeline?' + q.toString();
    };
    const shown = day ? data.events.filter((e) => e.day === day) : data.events;
    results.append(quadLegend(), timelineChart(data.days.filter((d) => d.day), day, hrefOf),
      el('h2', { id: 'timeline-day' }, day ? t('timeline.day', { day }) : t('timeline.all')),
      el('ol', { id: 'timeline-events', class: 'event-items' }, shown.map(eventItem)));
  }

  /** Bars on a time scale, one per day, stacked by quad class; each bar links to its day's events. */
  function timelineChart(days, selected, hrefOf) {
    const width = 1000;
    const height = 200;
    const left = 36;
    const right = width - 16;
    const top = 12;
    const bottom = height - 28;
    const scale = D.timeScale(days.map((d) => d.day), left + 6, right - 6);
    const max = Math.max(1, ...days.map((d) => d.events));
    const barWidth = Math.max(8, scale.dayWidth);
    const y = (n) => bottom - ((bottom - top) * n) / max;
    const bars = days.map((d) => {
      const x = scale.x(d.day) + scale.dayWidth / 2 - barWidth / 2;
      let at = 0;
      const parts = [];
      const counted = QUADS.reduce((sum, q) => sum + (d.quads[q] || 0), 0);
      for (const q of [...QUADS, 'none']) {
        const n = q === 'none' ? d.events - counted : d.quads[q] || 0;
        if (n <= 0) continue;
        parts.push(D.svg('rect', { class: 'quad-' + q, x: x.toFixed(1), width: barWidth.toFixed(1),
          y: y(at + n).toFixed(1), height: (y(at) - y(at + n)).toFixed(1) }));
        at += n;
      }
      return D.svg('a', { href: hrefOf(d.day), class: 'day' + (d.day === selected ? ' sel' : ''), 'data-day': d.day },
        D.svg('title', {}, t('timeline.bar', { day: d.day, n: d.events })), parts);
    });
    return D.svg('svg', { id: 'timeline-chart', class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img',
      'aria-label': t('nav.timeline'), direction: 'ltr' },
    D.svg('line', { class: 'axis', x1: left, x2: right, y1: bottom, y2: bottom }),
    D.svg('text', { class: 'tick', x: left - 6, y: top + 4, 'text-anchor': 'end' }, String(max)),
    D.svg('text', { class: 'tick', x: left - 6, y: bottom, 'text-anchor': 'end' }, '0'),
    scale.ticks.map((tick) => D.svg('g', { class: 'tick' },
      D.svg('line', { x1: scale.x(tick.day), x2: scale.x(tick.day), y1: bottom, y2: bottom + 5 }),
      D.svg('text', { x: scale.x(tick.day), y: bottom + 18, 'text-anchor': 'middle' }, tick.label))),
    bars);
  }

  function nodeName(node) {
    return (node.names && (node.names[uiLang] || node.names.en)) || node.actor;
  }

  async function showNetwork(params) {
    const names = ['actor', 'type', 'from', 'to', 'lang'];
    const results = el('section', { id: 'network-results', 'aria-live': 'polite' });
    setView('network', filterForm('/network', params, names), results);
    const data = await api('/api/network', queryOf(params, names));
    results.append(el('p', { id: 'network-count', class: 'count' },
      t('network.total', { n: data.events, m: data.edges.length, k: data.nodes.length })));
    if (!data.edges.length) {
      results.append(el('p', { class: 'none' }, t('network.none')));
      return;
    }
    const byActor = new Map(data.nodes.map((n) => [n.actor, n]));
    const typesOf = (e) => Object.entries(e.types).map(([k, n]) => k + ' ' + n).join(', ');
    results.append(el('p', { class: 'legend' }, t('network.legend')), quadLegend(), networkChart(data, typesOf),
      el('table', { id: 'network-edges' },
        el('thead', {}, el('tr', {}, ['source', 'target', 'events', 'type'].map((c) => el('th', { scope: 'col' }, t('col.' + c))))),
        el('tbody', {}, data.edges.map((e) => el('tr', { 'data-source': e.source, 'data-target': e.target },
          el('td', { class: 'source' }, nodeName(byActor.get(e.source)), ' ', el('span', { class: 'codes', dir: 'ltr' }, e.source)),
          el('td', { class: 'target' }, nodeName(byActor.get(e.target)), ' ', el('span', { class: 'codes', dir: 'ltr' }, e.target)),
          el('td', { class: 'count' }, el('a', { href: '#/timeline?a=' + encodeURIComponent(e.source) + '&b='
            + encodeURIComponent(e.target) }, String(e.events))),
          el('td', { class: 'types', dir: 'ltr' }, typesOf(e)))))));
  }

  /** Actors as circles sized by their events, pairs as bent arrows weighted by theirs (a→b and b→a apart). */
  function networkChart(data, typesOf) {
    const width = 1000;
    const height = 560;
    const actors = data.nodes.map((n) => n.actor);
    const pos = D.forceLayout(actors, data.edges, width, height);
    const at = new Map(actors.map((a, i) => [a, pos[i]]));
    const maxNode = Math.max(1, ...data.nodes.map((n) => n.events));
    const maxEdge = Math.max(1, ...data.edges.map((e) => e.events));
    const radius = new Map(data.nodes.map((n) => [n.actor, 7 + 16 * Math.sqrt(n.events / maxNode)]));
    const edges = data.edges.map((e) => {
      const [x1, y1] = at.get(e.source);
      const [x2, y2] = at.get(e.target);
      const len = Math.max(Math.hypot(x2 - x1, y2 - y1), 1);
      // the control point lies to the right of the direction of travel, so the two directions part
      const cx = (x1 + x2) / 2 + ((y2 - y1) / len) * len * 0.12;
      const cy = (y1 + y2) / 2 - ((x2 - x1) / len) * len * 0.12;
      const back = Math.max(Math.hypot(x2 - cx, y2 - cy), 1);
      const r = radius.get(e.target) + 3;
      const ex = x2 - ((x2 - cx) / back) * r;
      const ey = y2 - ((y2 - cy) / back) * r;
      const names = nodeName(data.nodes.find((n) => n.actor === e.source)) + ' → '
        + nodeName(data.nodes.find((n) => n.actor === e.target));
      return D.svg('a', { href: '#/timeline?a=' + encodeURIComponent(e.source) + '&b=' + encodeURIComponent(e.target),
        class: 'edge quad-' + mainQuad(e.quads), 'data-source': e.source, 'data-target': e.target },
      D.svg('title', {}, names + ': ' + e.events + ' (' + typesOf(e) + ')'),
      D.svg('path', { d: `M${x1.toFixed(1)},${y1.toFixed(1)}Q${cx.toFixed(1)},${cy.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
        'stroke-width': (1.5 + 6 * Math.sqrt(e.events / maxEdge)).toFixed(1), 'marker-end': 'url(#arrow)' }));
    });
    const nodes = data.nodes.map((n) => {
      const [x, y] = at.get(n.actor);
      const r = radius.get(n.actor);
      return D.svg('a', { href: '#/events?actor=' + encodeURIComponent(n.actor), class: 'node', 'data-actor': n.actor },
        D.svg('title', {}, nodeName(n) + ' (' + n.actor + '): ' + t('events.total', { n: n.events })),
        D.svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1) }),
        D.svg('text', { x: x.toFixed(1), y: (y + r + 14).toFixed(1), 'text-anchor': 'middle' }, nodeName(n)));
    });
    return D.svg('svg', { id: 'network-chart', class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img',
      'aria-label': t('nav.network'), direction: 'ltr' },
    D.svg('defs', {}, D.svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 8, refY: 5, markerWidth: 12,
      markerHeight: 12, orient: 'auto', markerUnits: 'userSpaceOnUse' },
    D.svg('path', { d: 'M0,0L10,5L0,10Z', class: 'arrow' }))),
    D.svg('g', { class: 'edges' }, edges), D.svg('g', { class: 'nodes' }, nodes));
  }

  let atlas = null;

  /** The world's shapes (world-atlas, bundled at build time), loaded once. */
  function worldAtlas() {
    if (!atlas) {
      atlas = fetch('vendor/world-atlas/countries-110m.json').then((r) => {
        if (!r.ok) throw new Error('vendor/world-atlas/countries-110m.json: ' + r.status);
        return r.json();
      });
      atlas.catch(() => {
        atlas = null;
      });
    }
    return atlas;
  }

  /** A state by its name in the interface language; a city as the articles named it, with its state. */
  function placeName(p) {
    const state = p.countryNames[uiLang] || p.countryNames.en || p.country;
    return p.precision === 'city' && p.names.length ? p.names.join(' · ') + ' (' + state + ')' : state;
  }

  async function showMap(params) {
    const names = ['actor', 'type', 'from', 'to', 'lang'];
    const results = el('section', { id: 'map-results', 'aria-live': 'polite' });
    setView('map', filterForm('/map', params, names), results);
    const [topology, data] = await Promise.all([worldAtlas(), api('/api/places', queryOf(params, names))]);
    results.append(el('p', { id: 'map-count', class: 'count' },
      t('map.total', { n: data.places.length, e: data.events, u: data.unplaced })));
    const { root, proj } = D.worldMap(topology, 1000);
    root.id = 'map-chart';
    root.setAttribute('aria-label', t('nav.map'));
    const detail = el('section', { id: 'place-detail', 'aria-live': 'polite' });
    const max = Math.max(1, ...data.places.map((p) => p.events));
    const choose = (i) => {
      for (const c of root.querySelectorAll('.place')) c.classList.toggle('sel', c.dataset.place === String(i));
      const p = data.places[i];
      detail.replaceChildren(
        el('h2', { id: 'place-name', dir: 'auto' }, placeName(p)),
        el('p', { class: 'count' }, t('map.place', { n: p.events, country: p.country, kind: t('map.' + p.precision) })),
        el('ol', { id: 'place-events', class: 'event-items' }, p.latest.map(eventItem)));
    };
    // the smaller places last, so that they stay clickable above the larger ones
    const order = data.places.map((_, i) => i).sort((x, y) => data.places[y].events - data.places[x].events);
    root.append(D.svg('g', { class: 'places' }, order.map((i) => {
      const p = data.places[i];
      const [x, y] = proj.point(p.lon, p.lat);
      return D.svg('circle', {
        class: 'place ' + p.precision, 'data-place': i, 'data-country': p.country, tabindex: 0, role: 'button',
        cx: x.toFixed(1), cy: y.toFixed(1), r: (4 + 12 * Math.sqrt(p.events / max)).toFixed(1),
        onclick: () => choose(i),
        onkeydown: (e) => {
          if (e.key === 'Enter' || e.key === ' ') choose(i);
        },
      }, D.svg('title', {}, placeName(p) + ': ' + p.events));
    })));
    results.append(el('p', { class: 'legend' }, t('map.legend')), el('div', { class: 'map-frame' }, root), detail,
      el('table', { id: 'places-table' },
        el('thead', {}, el('tr', {}, ['place', 'country', 'precision', 'events'].map((c) => el('th', { scope: 'col' }, t('col.' + c))))),
        el('tbody', {}, data.places.map((p, i) => el('tr', { 'data-place': i },
          el('td', { class: 'place' }, el('button', { type: 'button', class: 'link', dir: 'auto', onclick: () => choose(i) },
            placeName(p))),
          el('td', { class: 'country', dir: 'ltr' }, p.country),
          el('td', { class: 'precision' }, t('map.' + p.precision)),
          el('td', { class: 'count' }, String(p.events)))))));
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
      else if (path === '/timeline') await showTimeline(params);
      else if (path === '/network') await showNetwork(params);
      else if (path === '/map') await showMap(params);
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
