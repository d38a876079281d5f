// The style and the script inlined in the HTML report. The script builds every node with
// textContent and attributes, never from markup, so no article text can become HTML.

export const STYLE = `
:root{--fg:#1d2430;--dim:#5f6b7a;--line:#d8dde4;--bg:#fff;--panel:#f6f7f9;--accent:#2f5fb3}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header{padding:16px 24px;border-bottom:1px solid var(--line)}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:0 0 8px}
.summary,.meta,.hint{color:var(--dim);margin:0}
#figures{display:flex;flex-wrap:wrap;gap:16px;padding:16px 24px;border-bottom:1px solid var(--line)}
figure{margin:0;}.side{display:flex;flex-direction:column;gap:16px}figure{max-width:100%;overflow-x:auto}figcaption{color:var(--dim);font-size:12px;margin-bottom:4px}
svg .edge{fill:none;stroke:var(--accent);stroke-opacity:.35}svg .edge:hover{stroke-opacity:.8}
svg .node.speaker{fill:#c0504d}svg .node.about{fill:var(--accent)}svg .bar{fill:var(--accent)}svg text{fill:var(--fg)}
#errors{padding:8px 24px;color:#8a1f11}
main{display:grid;grid-template-columns:minmax(320px,1fr) minmax(360px,1.2fr);gap:0;min-height:60vh}
#speakers{padding:16px 24px;border-right:1px solid var(--line)}
#article{padding:16px 24px;position:sticky;top:0;align-self:start;max-height:100vh;overflow-y:auto}
#search{width:100%;padding:6px 8px;border:1px solid var(--line);border-radius:4px;margin-bottom:8px}
.pager{margin-bottom:8px;color:var(--dim)}
.card{border:1px solid var(--line);border-radius:6px;padding:10px 12px;margin-bottom:12px;background:var(--panel)}
.card h3{margin:0;font-size:15px}.card ol{margin:8px 0 0;padding-left:20px}
.card li{margin-bottom:8px}.card .what{display:block}.card .meta{font-size:12px}
.card a{color:var(--accent)}
.text{white-space:pre-wrap;font-family:Georgia,"Times New Roman",serif;font-size:15px;line-height:1.6}
.gap{color:var(--dim);display:block;margin:6px 0}
mark{border-radius:2px;padding:0 1px;color:inherit}
mark.target{outline:2px solid #c0504d;outline-offset:1px}
.legend{display:flex;flex-wrap:wrap;gap:6px 12px;margin:8px 0;font-size:12px}
.legend span::before{content:"";display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px;background:var(--swatch)}
@media (max-width:900px){main{grid-template-columns:1fr}#article{position:static;max-height:none}}
`;

// Plain ES5-style JavaScript, no template literals: it sits inside this TypeScript string.
export const APP = String.raw`
(function () {
  'use strict';
  var view = JSON.parse(document.getElementById('view').textContent);
  var chunks = document.querySelectorAll('script.docs');
  var cache = {};
  var PAGE = 20;
  var SHOWN = 10;
  var page = 0;
  var list = view.entities;

  function docAt(i) {
    var c = Math.floor(i / view.chunk);
    if (!cache[c]) cache[c] = JSON.parse(chunks[c].textContent);
    return cache[c][i - c * view.chunk];
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  // Each speaker of the open article its own hue, in the order they first speak (golden-angle steps
  // keep neighbours apart); no speaker is grey.
  var hues = {};
  function colour(key) {
    if (key === null) return 'hsl(0,0%,86%)';
    if (!(key in hues)) hues[key] = Math.round((Object.keys(hues).length * 137.508 + 200) % 360);
    return 'hsl(' + hues[key] + ',75%,84%)';
  }
  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many || one + 's');
  }
  // Code point offsets to UTF-16 indices: an emoji or any letter beyond the BMP is two units.
  function unitsOf(s) {
    var idx = [];
    for (var i = 0; i < s.length; ) {
      idx.push(i);
      var c = s.charCodeAt(i);
      var pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      i += pair ? 2 : 1;
    }
    idx.push(s.length);
    return idx;
  }

  // The cards: the speakers a page at a time, each with its quotes and claims.
  var search = document.getElementById('search');
  search.addEventListener('input', function () {
    var q = search.value.trim().toLowerCase();
    list = q
      ? view.entities.filter(function (e) {
          return e.name.toLowerCase().indexOf(q) >= 0 || e.id.indexOf(q) >= 0;
        })
      : view.entities;
    page = 0;
    renderCards();
  });
  document.getElementById('prev').addEventListener('click', function () {
    if (page > 0) { page--; renderCards(); }
  });
  document.getElementById('next').addEventListener('click', function () {
    if ((page + 1) * PAGE < list.length) { page++; renderCards(); }
  });
  function renderCards() {
    var box = document.getElementById('cards');
    box.textContent = '';
    var pages = Math.max(1, Math.ceil(list.length / PAGE));
    document.getElementById('page').textContent =
      'page ' + (page + 1) + ' of ' + pages + ' · ' + plural(list.length, 'speaker');
    list.slice(page * PAGE, (page + 1) * PAGE).forEach(function (e) { box.appendChild(card(e)); });
  }
  function card(e) {
    var c = el('article', 'card');
    c.setAttribute('data-entity', e.id);
    c.setAttribute('data-quotes', e.q);
    c.setAttribute('data-claims', e.c);
    c.appendChild(el('h3', null, e.name));
    c.appendChild(el('p', 'meta', [e.type + (e.listed ? '' : ', not in the lexicon'), plural(e.documents, 'document'),
      plural(e.q, 'quote'), plural(e.c, 'claim')].join(' · ')));
    var ol = el('ol');
    c.appendChild(ol);
    var fill = function (n) {
      ol.textContent = '';
      e.items.slice(0, n).forEach(function (it) { ol.appendChild(itemLine(it)); });
    };
    fill(SHOWN);
    if (e.items.length > SHOWN) {
      var more = el('button', 'more', 'show all ' + e.items.length);
      more.type = 'button';
      more.addEventListener('click', function () { fill(e.items.length); more.remove(); });
      c.appendChild(more);
    }
    return c;
  }
  function itemLine(it) {
    // [document, id, kind, text, cue, about ids, confidence, via]
    var li = el('li', 'item');
    li.setAttribute('data-item', it[1]);
    li.appendChild(el('span', 'what', '“' + it[3] + '”'));
    var d = view.docs[it[0]] || [null, null, null, null];
    var about = it[5].map(function (a) { return view.names[a] || a; });
    var meta = [it[2], it[4], about.length ? 'about ' + about.join(', ') : null, d[2], d[3] ? d[3].slice(0, 10) : null]
      .filter(function (x) { return x; }).join(' · ');
    var p = el('span', 'meta', meta + ' · ');
    if (it[0] >= 0) {
      var a = el('a', null, (d[0] || 'document') + ' ' + it[1]);
      a.href = '#d' + it[0] + '/' + it[1];
      p.appendChild(a);
    }
    li.appendChild(p);
    return li;
  }

  // The article: its text with each quote and claim marked in its speaker's colour.
  function showDoc(i, target) {
    var box = document.getElementById('doc');
    var d = docAt(i);
    if (!d) return;
    box.textContent = '';
    hues = {};
    var m = d.m; // path, title, outlet, published, author, dateline, url, language
    box.setAttribute('data-doc', i);
    box.appendChild(el('h3', null, m[1] || m[0] || 'Document'));
    box.appendChild(el('p', 'meta', [m[0], m[2], m[5], m[4], m[3]].filter(function (x) { return x; }).join(' · ')));
    if (m[6] && /^https?:\/\//.test(m[6])) {
      var link = el('a', 'meta', m[6]);
      link.href = m[6];
      link.rel = 'noreferrer';
      box.appendChild(link);
    }
    var valid = d.i.filter(function (it) { return it[1] >= 0 && it[1] < it[2] && it[2] <= d.n; });
    var legend = el('div', 'legend');
    var seen = {};
    valid.forEach(function (it) {
      var key = it[5] === null ? '(unattributed)' : it[5];
      if (seen[key]) return;
      seen[key] = true;
      var s = el('span', null, it[4] || '(unattributed)');
      s.style.setProperty('--swatch', colour(it[5]));
      legend.appendChild(s);
    });
    box.appendChild(el('p', 'meta', plural(valid.length, 'item') + ' marked' + (view.excerpt ? ' · the sentences around them' : '')));
    box.appendChild(legend);
    var text = el('div', 'text');
    d.x.forEach(function (seg, k) {
      if (k > 0 || seg[0] > 0) text.appendChild(el('span', 'gap', '…'));
      segment(text, i, seg[0], seg[1], valid);
    });
    if (d.x.length && d.x[d.x.length - 1][0] + unitsOf(d.x[d.x.length - 1][1]).length - 1 < d.n)
      text.appendChild(el('span', 'gap', '…'));
    box.appendChild(text);
    if (target) {
      var anchor = document.getElementById('m' + i + '-' + target);
      if (anchor) {
        text.querySelectorAll('mark').forEach(function (mk) {
          if ((' ' + mk.getAttribute('data-items') + ' ').indexOf(' ' + target + ' ') >= 0) mk.classList.add('target');
        });
        anchor.scrollIntoView({ block: 'center' });
      }
    }
  }
  function describe(it) {
    return [it[0], it[3], it[4] || 'no speaker', it[6] ? 'cue: ' + it[6] : null,
      it[7].length ? 'about ' + it[7].join(', ') : null, 'confidence ' + it[8]]
      .filter(function (x) { return x; }).join(' · ');
  }
  // One stretch of text, cut where any item starts or ends; each piece is marked by the items over it.
  function segment(parent, doc, base, s, items) {
    var units = unitsOf(s);
    var n = units.length - 1;
    var inside = items.filter(function (it) { return it[2] > base && it[1] < base + n; });
    var cuts = [0, n];
    inside.forEach(function (it) { cuts.push(Math.max(0, it[1] - base), Math.min(n, it[2] - base)); });
    cuts = cuts.sort(function (a, b) { return a - b; }).filter(function (c, k, all) { return k === 0 || c !== all[k - 1]; });
    var starts = {};
    inside.forEach(function (it) {
      if (it[1] >= base) (starts[it[1] - base] = starts[it[1] - base] || []).push(it);
    });
    for (var k = 0; k + 1 < cuts.length; k++) {
      var a = cuts[k];
      var b = cuts[k + 1];
      (starts[a] || []).forEach(function (it) {
        var anchor = el('span', 'anchor');
        anchor.id = 'm' + doc + '-' + it[0];
        anchor.setAttribute('data-item', it[0]);
        parent.appendChild(anchor);
      });
      var piece = s.slice(units[a], units[b]);
      var over = inside.filter(function (it) { return it[1] - base <= a && it[2] - base >= b; });
      if (over.length === 0) { parent.appendChild(document.createTextNode(piece)); continue; }
      // The innermost item (the shortest) gives the colour: a partial quote inside its claim shows.
      over.sort(function (x, y) { return (x[2] - x[1]) - (y[2] - y[1]); });
      var mk = el('mark', null, piece);
      mk.style.background = colour(over[0][5]);
      mk.setAttribute('data-items', over.map(function (it) { return it[0]; }).join(' '));
      mk.title = over.map(describe).join('\n');
      parent.appendChild(mk);
    }
  }

  function route() {
    var m = /^#d(\d+)(?:\/([qc]\d+))?$/.exec(location.hash);
    if (m) showDoc(Number(m[1]), m[2]);
    else if (view.docs.length === 1) showDoc(0);
  }
  var n = view.docs.length;
  document.title = n === 1 ? (view.docs[0][1] || view.docs[0][0] || 'extract report') : 'extract: ' + plural(n, 'document');
  renderCards();
  window.addEventListener('hashchange', route);
  route();
})();
`;
