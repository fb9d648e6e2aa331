/*
 * Verbatim web app. Every string from the server is page-derived and untrusted: the DOM is built with
 * createElement and textContent only (never innerHTML), links to other sites are kept only when they are http(s),
 * and search-hit highlights arrive as {text, hit} spans, so no markup from the data is ever parsed.
 */
(function () {
  'use strict';

  var PALETTE = 8;
  var main = document.getElementById('main');

  /** Creates an element; attrs are set with setAttribute (event-handler names refused), children appended. */
  function el(tag, attrs, children) {
    var n = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (/^on/i.test(k)) throw new Error('event attributes are not allowed');
        if (k === 'text') n.textContent = String(v);
        else n.setAttribute(k, String(v));
      });
    }
    append(n, children);
    return n;
  }

  function append(parent, children) {
    if (children === null || children === undefined) return parent;
    if (!Array.isArray(children)) children = [children];
    children.forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    });
    return parent;
  }

  /** An absolute http(s) URL, or null: javascript:, data: and the like never become links. */
  function externalHref(u) {
    if (typeof u !== 'string' || u === '') return null;
    try {
      var x = new URL(u);
      return x.protocol === 'http:' || x.protocol === 'https:' ? x.href : null;
    } catch (e) {
      return null;
    }
  }

  function articleHref(id) { return '/articles/' + encodeURIComponent(id); }
  function speakerHref(id) { return '/speakers/' + encodeURIComponent(id); }
  function colour(i) { return 'c' + (((i | 0) % PALETTE) + PALETTE) % PALETTE; }

  function api(path, options) {
    return fetch(path, options || { headers: { Accept: 'application/json' } }).then(function (r) {
      return r.json().catch(function () { return null; }).then(function (body) {
        if (!r.ok) {
          var msg = body && body.detail ? body.detail : 'HTTP ' + r.status;
          throw new Error(msg);
        }
        return body;
      });
    });
  }

  function setPage(title, nodes) {
    document.title = title ? title + ' · Verbatim' : 'Verbatim';
    main.textContent = '';
    append(main, nodes);
  }

  function showError(err) {
    setPage('Error', [el('h1', { text: 'Something went wrong' }),
      el('p', { 'class': 'error', role: 'alert', text: err && err.message ? err.message : String(err) })]);
  }

  function dateText(s) { return s ? String(s).slice(0, 10) : ''; }

  function metaLine(parts) {
    return el('p', { 'class': 'meta', text: parts.filter(function (p) { return p; }).join(' · ') });
  }

  /* ---------- search ---------- */

  function searchPage() {
    var params = new URLSearchParams(location.search);
    var q = params.get('q') || '';
    var form = el('form', { 'class': 'search', role: 'search', action: '/', method: 'get' }, [
      field('q', 'Search articles', el('input', { id: 'q', name: 'q', type: 'search', value: q,
        placeholder: 'e.g. bridge, "water levels", site:…' }), 'grow'),
      field('from', 'From', el('input', { id: 'from', name: 'from', type: 'date', value: params.get('from') || '' })),
      field('to', 'To', el('input', { id: 'to', name: 'to', type: 'date', value: params.get('to') || '' })),
      hidden('site', params.get('site')), hidden('lang', params.get('lang')),
      el('button', { type: 'submit', text: 'Search' })
    ]);
    var results = el('section', { 'aria-label': 'Results', 'aria-live': 'polite' }, el('p', { 'class': 'muted', text: 'Searching…' }));
    var facets = el('aside', { 'class': 'facets', 'aria-label': 'Filters' });
    setPage(q ? q : 'Search', [el('h1', { text: 'Search the archive' }), form,
      el('div', { 'class': 'layout' }, [facets, results])]);
    var qs = new URLSearchParams();
    ['q', 'site', 'lang', 'from', 'to', 'offset'].forEach(function (k) { if (params.get(k)) qs.set(k, params.get(k)); });
    qs.set('limit', '20');
    api('/api/search?' + qs.toString()).then(function (r) {
      renderFacets(facets, r.facets || {}, params);
      renderHits(results, r, params);
    }).catch(function (e) {
      results.textContent = '';
      append(results, el('p', { 'class': 'error', role: 'alert', text: e.message }));
    });
  }

  function field(id, label, input, cls) {
    return el('div', { 'class': 'field' + (cls ? ' ' + cls : '') }, [el('label', { 'for': id, text: label }), input]);
  }

  function hidden(name, value) {
    return value ? el('input', { type: 'hidden', name: name, value: value }) : null;
  }

  function withParam(params, key, value) {
    var p = new URLSearchParams(params.toString());
    p.delete('offset');
    if (key === 'month') {
      if (value === null) { p.delete('from'); p.delete('to'); } else { p.set('from', value); p.set('to', value); }
    } else if (value === null) {
      p.delete(key);
    } else {
      p.set(key, value);
    }
    return '/?' + p.toString();
  }

  function renderFacets(box, facets, params) {
    box.textContent = '';
    var names = { site: 'Site', lang: 'Language', month: 'Month' };
    Object.keys(names).forEach(function (dim) {
      var values = facets[dim] || [];
      if (!values.length) return;
      var current = dim === 'month' ? (params.get('from') && params.get('from') === params.get('to') ? params.get('from') : null)
        : params.get(dim);
      var list = el('ul');
      values.forEach(function (v) {
        var active = current !== null && String(current).toLowerCase() === String(v.value).toLowerCase();
        var a = el('a', { href: withParam(params, dim, active ? null : v.value), 'aria-current': active ? 'true' : null },
          [active ? el('strong', { text: v.value }) : v.value]);
        list.appendChild(el('li', null, [a, el('span', { 'class': 'count', text: v.count })]));
      });
      append(box, [el('h2', { text: names[dim] }), list]);
    });
    if (params.get('site') || params.get('lang') || params.get('from') || params.get('to')) {
      var clear = new URLSearchParams();
      if (params.get('q')) clear.set('q', params.get('q'));
      append(box, el('p', null, el('a', { href: '/?' + clear.toString(), text: 'Clear filters' })));
    }
  }

  function renderHits(box, r, params) {
    box.textContent = '';
    var offset = r.offset || 0;
    append(box, el('p', { 'class': 'muted', id: 'result-count',
      text: r.total + (r.total === 1 ? ' article' : ' articles') + ' (one line per story; copies counted)' }));
    var list = el('ol', { 'class': 'hits' });
    r.hits.forEach(function (h) {
      var snippet = el('p', { 'class': 'snippet' });
      (h.snippet || []).forEach(function (s) {
        snippet.appendChild(s.hit ? el('mark', { text: s.text }) : document.createTextNode(s.text));
      });
      var title = el('a', { 'class': 'hit-title', href: articleHref(h.id), text: h.title || h.url || h.id });
      list.appendChild(el('li', null, [
        el('h2', { 'class': 'hit-heading' }, [title,
          h.copies > 1 ? el('span', { 'class': 'badge', text: h.copies + ' copies' }) : null]),
        metaLine([h.site_name || h.site, dateText(h.published), h.lang]),
        snippet]));
    });
    append(box, list);
    var nav = el('nav', { 'aria-label': 'Pages' });
    if (offset > 0) {
      var prev = new URLSearchParams(params.toString());
      prev.set('offset', String(Math.max(0, offset - 20)));
      nav.appendChild(el('a', { href: '/?' + prev.toString(), text: '← Previous' }));
    }
    if (offset + r.hits.length < r.total && r.hits.length === 20) {
      var next = new URLSearchParams(params.toString());
      next.set('offset', String(offset + 20));
      nav.appendChild(el('a', { href: '/?' + next.toString(), text: 'Next →' }));
    }
    append(box, nav);
  }

  /* ---------- article ---------- */

  function articlePage(id) {
    api('/api/articles/' + encodeURIComponent(id)).then(function (a) {
      setPage(a.title || 'Article', renderArticle(a, true));
    }).catch(showError);
  }

  /** The article with its quotes marked in speaker colours; linked = speakers link to their corpus pages. */
  function renderArticle(a, linked) {
    var speakers = a.speakers || [];
    var quotes = a.quotes || [];
    var article = el('article', { 'class': 'article', 'aria-labelledby': 'article-title' });
    append(article, el('h1', { id: 'article-title', text: a.title || '(untitled)' }));
    var source = externalHref(a.canonical_url) || externalHref(a.url);
    append(article, metaLine([(a.authors || []).join(', '), dateText(a.published), a.site_name, a.language]));
    if (source) {
      append(article, el('p', { 'class': 'meta' }, ['Source: ',
        el('a', { href: source, rel: 'noopener noreferrer nofollow', target: '_blank', id: 'source-link', text: source })]));
    }
    if (a.standfirst) append(article, el('p', { 'class': 'standfirst', text: a.standfirst }));
    if (speakers.length) {
      var chips = el('ul', { 'class': 'chips', 'aria-label': 'Speakers' });
      speakers.forEach(function (s) {
        var label = s.name + (s.quote_count ? ' (' + s.quote_count + ')' : '');
        var chip = linked ? el('a', { 'class': 'chip ' + colour(s.index), href: speakerHref(s.id), text: label })
          : el('span', { 'class': 'chip ' + colour(s.index), text: label });
        chips.appendChild(el('li', null, chip));
      });
      append(article, chips);
    }
    var body = el('div', { 'class': 'body' });
    (a.blocks || []).forEach(function (b, i) {
      var tag = b.type === 'heading' ? 'h' + Math.min(6, Math.max(2, (b.level || 2))) : b.type === 'quote' ? 'blockquote'
        : b.type === 'preformatted' ? 'pre' : 'p';
      var node = el(tag);
      var spans = (a.segments || [])[i] || [{ text: b.text }];
      spans.forEach(function (s) {
        if (s.quote === undefined || s.quote === null) { node.appendChild(document.createTextNode(s.text)); return; }
        var q = quotes[s.quote] || {};
        var sp = q.speaker;
        var who = sp && sp.name ? sp.name : 'unknown speaker';
        node.appendChild(el('span', { 'class': 'q ' + (sp && sp.index >= 0 ? colour(sp.index) : 'q-none'),
          title: who + (q.cue ? ' — ' + q.cue : ''), 'data-quote': s.quote, text: s.text }));
      });
      body.appendChild(node);
    });
    append(article, body);
    var side = el('aside', { 'class': 'side', 'aria-label': 'Quotes and entities' });
    append(side, el('h2', { text: 'Quotes (' + quotes.length + ')' }));
    var ql = el('ul', { 'class': 'quote-list', id: 'quote-list' });
    quotes.forEach(function (q) {
      var sp = q.speaker;
      var who = sp && sp.name ? sp.name : (sp && sp.mention ? sp.mention : 'unknown speaker');
      var whoNode = linked && sp && sp.id ? el('a', { href: speakerHref(sp.id), text: who }) : el('span', { text: who });
      ql.appendChild(el('li', { 'class': sp && sp.index >= 0 ? colour(sp.index) : null }, [
        el('blockquote', { text: q.text }),
        el('p', { 'class': 'meta' }, ['— ', whoNode, q.cue ? ', ' + q.cue : '', ' (' + q.kind + ')'])]));
    });
    append(side, ql);
    var ents = a.entities || [];
    if (ents.length) {
      append(side, el('h2', { text: 'Entities' }));
      var el2 = el('ul', { 'class': 'entities' });
      ents.forEach(function (e) {
        el2.appendChild(el('li', null, [e.name, el('span', { 'class': 'count', text: e.type })]));
      });
      append(side, el2);
    }
    var copies = a.copies || [];
    if (copies.length) {
      append(side, el('h2', { text: 'Also published as' }));
      var cl = el('ul');
      copies.forEach(function (c) {
        cl.appendChild(el('li', null, [el('a', { href: articleHref(c.id), text: c.title || c.url || c.id }),
          el('span', { 'class': 'count', text: [c.site_name || c.host, dateText(c.published)].filter(Boolean).join(', ') })]));
      });
      append(side, cl);
    }
    return el('div', { 'class': 'two' }, [article, side]);
  }

  /* ---------- speakers ---------- */

  function speakersPage() {
    var params = new URLSearchParams(location.search);
    var q = params.get('q') || '';
    var form = el('form', { 'class': 'search', role: 'search', action: '/speakers', method: 'get' }, [
      field('sq', 'Find a speaker', el('input', { id: 'sq', name: 'q', type: 'search', value: q }), 'grow'),
      el('button', { type: 'submit', text: 'Find' })]);
    var list = el('section', { 'aria-label': 'Speakers' });
    setPage('Speakers', [el('h1', { text: 'Speakers' }), form, list]);
    api('/api/speakers?limit=500' + (q ? '&q=' + encodeURIComponent(q) : '')).then(function (r) {
      var t = el('table', null, [el('caption', { 'class': 'sr-only', text: 'Speakers by number of quotes' }),
        el('thead', null, el('tr', null, [el('th', { scope: 'col', text: 'Speaker' }), el('th', { scope: 'col', text: 'Role' }),
          el('th', { scope: 'col', text: 'Quotes' }), el('th', { scope: 'col', text: 'Articles' })]))]);
      var tb = el('tbody');
      r.speakers.forEach(function (s) {
        tb.appendChild(el('tr', null, [el('td', null, el('a', { href: speakerHref(s.id), text: s.name })),
          el('td', { text: s.title || '' }), el('td', { text: s.quotes }), el('td', { text: s.articles })]));
      });
      t.appendChild(tb);
      append(list, [el('p', { 'class': 'muted', text: r.total + ' speakers' }), t]);
    }).catch(showError);
  }

  function speakerPage(id) {
    api('/api/speakers/' + encodeURIComponent(id)).then(function (r) {
      var s = r.speaker;
      var list = el('ul', { 'class': 'quote-list', id: 'speaker-quotes' });
      r.quotes.forEach(function (q) {
        list.appendChild(el('li', { 'class': colour(0) }, [el('blockquote', { text: q.text }),
          el('p', { 'class': 'meta' }, [dateText(q.date) + ' · ', el('a', { href: articleHref(q.article.id),
            text: q.article.title || q.article.url || q.article.id }),
            q.article.site_name ? ' · ' + q.article.site_name : '', q.cue ? ' · ' + q.cue : ''])]));
      });
      setPage(s.name, [el('h1', { text: s.name }),
        metaLine([s.title, s.quotes + (s.quotes === 1 ? ' quote' : ' quotes'), s.articles + (s.articles === 1 ? ' article' : ' articles')]),
        el('h2', { id: 'chart-heading', text: 'Quotes per month' }), chart(r.per_month || []),
        el('h2', { text: 'Everything ' + s.name + ' said' }), list]);
    }).catch(showError);
  }

  var SVG = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, text) {
    var n = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { n.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) n.textContent = String(text);
    return n;
  }

  /** Every month from the first to the last, with zero where nothing was said. */
  function fillMonths(perMonth) {
    if (!perMonth.length) return [];
    var counts = {};
    perMonth.forEach(function (m) { counts[m.month] = m.count; });
    var first = perMonth[0].month.split('-').map(Number);
    var last = perMonth[perMonth.length - 1].month.split('-').map(Number);
    var out = [];
    for (var y = first[0], mo = first[1]; y < last[0] || (y === last[0] && mo <= last[1]); mo++) {
      if (mo > 12) { mo = 1; y++; if (y > last[0]) break; }
      var key = y + '-' + (mo < 10 ? '0' : '') + mo;
      out.push({ month: key, count: counts[key] || 0 });
      if (out.length > 600) break;
    }
    return out;
  }

  /** A bar chart of quotes per month, drawn as inline SVG, with a data table for screen readers. */
  function chart(perMonth) {
    var months = fillMonths(perMonth);
    if (!months.length) return el('p', { 'class': 'muted', text: 'No dated quotes.' });
    var W = 640, H = 220, left = 36, bottom = 40, top = 12;
    var max = Math.max.apply(null, months.map(function (m) { return m.count; }));
    var bw = (W - left - 10) / months.length;
    var root = svg('svg', { 'class': 'chart', id: 'chart', viewBox: '0 0 ' + W + ' ' + H, role: 'img',
      'aria-labelledby': 'chart-title' });
    root.appendChild(svg('title', { id: 'chart-title' }, 'Quotes per month, ' + months[0].month + ' to '
      + months[months.length - 1].month + ', at most ' + max + ' in a month'));
    root.appendChild(svg('line', { 'class': 'axis', x1: left, y1: H - bottom, x2: W - 5, y2: H - bottom }));
    root.appendChild(svg('text', { x: left - 6, y: top + 10, 'text-anchor': 'end' }, max));
    root.appendChild(svg('text', { x: left - 6, y: H - bottom, 'text-anchor': 'end' }, 0));
    var every = Math.max(1, Math.ceil(months.length / 12));
    months.forEach(function (m, i) {
      var h = max ? (H - bottom - top) * m.count / max : 0;
      var x = left + i * bw + bw * 0.15;
      var bar = svg('rect', { 'class': 'bar', x: x.toFixed(1), y: (H - bottom - h).toFixed(1), width: (bw * 0.7).toFixed(1),
        height: h.toFixed(1) });
      bar.appendChild(svg('title', null, m.month + ': ' + m.count));
      root.appendChild(bar);
      if (m.count) root.appendChild(svg('text', { x: (x + bw * 0.35).toFixed(1), y: (H - bottom - h - 3).toFixed(1),
        'text-anchor': 'middle' }, m.count));
      if (i % every === 0) root.appendChild(svg('text', { x: (x + bw * 0.35).toFixed(1), y: H - bottom + 16,
        'text-anchor': 'middle' }, m.month));
    });
    var table = el('table', null, [el('thead', null, el('tr', null, [el('th', { scope: 'col', text: 'Month' }),
      el('th', { scope: 'col', text: 'Quotes' })]))]);
    var tb = el('tbody');
    months.forEach(function (m) { tb.appendChild(el('tr', null, [el('td', { text: m.month }), el('td', { text: m.count })])); });
    table.appendChild(tb);
    return el('figure', null, [root, el('details', null, [el('summary', { text: 'Data table' }), table])]);
  }

  /* ---------- extract ---------- */

  function extractPage() {
    var input = el('textarea', { id: 'extract-input', name: 'page', spellcheck: 'false',
      placeholder: 'https://… or <html>… or plain text', 'aria-describedby': 'extract-help' });
    var out = el('section', { id: 'extract-result', 'aria-label': 'Result', 'aria-live': 'polite' });
    var form = el('form', { id: 'extract-form' }, [
      el('label', { 'for': 'extract-input', text: 'Paste a URL, an HTML page or plain text' }),
      el('p', { 'class': 'muted', id: 'extract-help', text: 'A URL is fetched by this server when it runs with --allow-fetch; HTML and text are extracted as they are.' }),
      input, el('p', null, el('button', { type: 'submit', id: 'extract-button', text: 'Extract' }))]);
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var v = input.value.trim();
      if (!v) { out.textContent = ''; append(out, el('p', { 'class': 'error', role: 'alert', text: 'Paste something first.' })); return; }
      var isUrl = /^https?:\/\/\S+$/i.test(v);
      var req = isUrl ? { method: 'POST', headers: { Accept: 'application/json' } }
        : { method: 'POST', headers: { Accept: 'application/json', 'Content-Type': (/^\s*</.test(v) ? 'text/html' : 'text/plain') + '; charset=utf-8' }, body: input.value };
      out.textContent = '';
      append(out, el('p', { 'class': 'muted', text: 'Extracting…' }));
      api('/api/extract' + (isUrl ? '?url=' + encodeURIComponent(v) : ''), req).then(function (a) {
        out.textContent = '';
        var info = el('dl', { 'class': 'kv' });
        [['Title', a.title], ['Authors', (a.authors || []).join(', ')], ['Published', a.published], ['Site', a.site_name],
          ['Language', a.language], ['Blocks', (a.blocks || []).length], ['Quotes', (a.quotes || []).length]].forEach(function (kv) {
          append(info, [el('dt', { text: kv[0] }), el('dd', { text: kv[1] === null || kv[1] === undefined || kv[1] === '' ? '—' : kv[1] })]);
        });
        append(out, [el('h2', { text: 'Structured result' }), info, renderArticle(a, false),
          el('details', null, [el('summary', { text: 'JSON' }), el('pre', { text: JSON.stringify(a, null, 2) })])]);
      }).catch(function (e) {
        out.textContent = '';
        append(out, el('p', { 'class': 'error', role: 'alert', text: e.message }));
      });
    });
    setPage('Extract', [el('h1', { text: 'Extract a page' }), form, out]);
  }

  /* ---------- router ---------- */

  function route() {
    var p = location.pathname;
    var m;
    if (p === '/' || p === '') return searchPage();
    if ((m = /^\/articles\/([^/]+)$/.exec(p))) return articlePage(decodeURIComponent(m[1]));
    if (p === '/speakers') return speakersPage();
    if ((m = /^\/speakers\/([^/]+)$/.exec(p))) return speakerPage(decodeURIComponent(m[1]));
    if (p === '/extract') return extractPage();
    showError(new Error('No such page: ' + p));
  }

  route();
}());
