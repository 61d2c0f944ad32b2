// silang web page. Every piece of article text is untrusted: it is only ever
// inserted with document.createTextNode / textContent, never as HTML.
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const GROUP_COLORS = ["#2757c4", "#c0262d", "#17803d", "#a15c07", "#7c3aed", "#0e7490", "#be185d", "#4d7c0f"];

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

async function api(path) {
  const res = await fetch(path, { headers: { Accept: "application/json" } });
  if (!res.ok) {
    let msg = res.status + " " + res.statusText;
    try { msg = (await res.json()).detail || msg; } catch (e) { /* not JSON */ }
    throw new Error(typeof msg === "string" ? msg : JSON.stringify(msg));
  }
  return res.json();
}

const view = () => document.getElementById("view");
function show(...nodes) { view().replaceChildren(...nodes.filter((n) => n)); window.scrollTo(0, 0); }
function fail(err) { show(el("p", { class: "err" }, "Could not load: " + err.message)); }
// Only web links are followed; a stored "url" such as javascript:… is shown as plain text.
function safeUrl(u) { return typeof u === "string" && /^https?:\/\//i.test(u) ? u : null; }
function plural(n, word) {
  return n + " " + (n === 1 ? word : word.endsWith("y") ? word.slice(0, -1) + "ies" : word + "s");
}

// ---- evidence panel -------------------------------------------------------

let state = { articles: {}, selected: null };

function articleLabel(id) {
  const a = state.articles[id];
  if (!a) return id;
  return [a.outlet || a.id, a.published].filter(Boolean).join(", ");
}

// The article's original text with the given [start, end) ranges wrapped in <mark>.
function highlighted(text, spans, cls) {
  const ranges = spans.map((s) => [s.start, s.end]).sort((a, b) => a[0] - b[0]);
  const frag = document.createDocumentFragment();
  let pos = 0;
  for (const [start, end] of ranges) {
    if (end <= pos) continue;
    const s = Math.max(start, pos);
    frag.append(document.createTextNode(text.slice(pos, s)));
    frag.append(el("mark", { class: cls || "on" }, text.slice(s, end)));
    pos = end;
  }
  frag.append(document.createTextNode(text.slice(pos)));
  return frag;
}

function excerpt(text, spans, pad) {
  const start = Math.max(0, Math.min(...spans.map((s) => s.start)) - pad);
  const end = Math.min(text.length, Math.max(...spans.map((s) => s.end)) + pad);
  const shifted = spans.map((s) => ({ start: s.start - start, end: s.end - start }));
  return el("p", { class: "excerpt" }, start > 0 ? "…" : "", highlighted(text.slice(start, end), shifted, "on"),
    end < text.length ? "…" : "");
}

function showEvidence(title, spans, source) {
  if (state.selected) state.selected.classList.remove("selected");
  state.selected = source || null;
  if (source) source.classList.add("selected");
  const panel = document.getElementById("evidence");
  document.getElementById("evidence-title").textContent = title;
  const body = document.getElementById("evidence-body");
  const byArticle = new Map();
  for (const s of spans || []) {
    if (!byArticle.has(s.article)) byArticle.set(s.article, []);
    byArticle.get(s.article).push(s);
  }
  const parts = [];
  for (const [id, list] of byArticle) {
    const a = state.articles[id];
    parts.push(el("div", { class: "doc-head" }, articleLabel(id), a && a.title ? " — " + a.title : ""));
    const text = a ? a.source_text : "";
    const ok = a && list.every((s) => text.slice(s.start, s.end) === s.text);
    parts.push(el("div", { class: "doc-text", "data-article": id }, ok ? highlighted(text, list, "on")
      : list.map((s) => el("mark", { class: "on" }, s.text))));
  }
  if (!parts.length) parts.push(el("p", { class: "muted" }, "No evidence spans."));
  body.replaceChildren(...parts);
  panel.hidden = false;
  const first = body.querySelector("mark");
  if (first) first.scrollIntoView({ block: "center" });
}

// ---- story list ------------------------------------------------------------

async function storiesView(offset, minSize) {
  const page = await api(`/api/stories?limit=50&offset=${offset}&min_size=${minSize}`);
  const q = (o) => `#/?offset=${o}&min=${minSize}`;
  const items = page.items.map((s) => el("li", { "data-testid": "story" },
    el("a", { class: "title", href: "#/story/" + encodeURIComponent(s.id) }, s.title || s.id),
    el("div", { class: "small muted" },
      el("span", { class: "pill" }, plural(s.size, "article")),
      s.independent_sources ? el("span", { class: "pill" }, plural(s.independent_sources, "independent source")) : "",
      s.facts ? el("span", { class: "pill" }, plural(s.facts, "fact")) : "",
      s.conflicts ? el("span", { class: "pill" }, plural(s.conflicts, "conflict")) : "",
      s.newest || "undated")));
  const nav = el("p", {},
    offset > 0 ? el("a", { href: q(Math.max(0, offset - 50)) }, "← newer") : "", " ",
    offset + 50 < page.total ? el("a", { href: q(offset + 50) }, "older →") : "");
  const filter = minSize > 1 ? el("a", { href: "#/?min=1" }, "show single-article stories too")
    : el("a", { href: "#/?min=2" }, "only stories told by 2+ articles");
  show(el("h1", {}, "Stories"), el("p", { class: "muted" }, plural(page.total, "story") + ", newest and largest first · ", filter),
    el("ul", { class: "story-list" }, items), nav);
}

// ---- story page ------------------------------------------------------------

function factsSection(story) {
  const rows = story.facts.map((f, i) => {
    const row = el("tr", { class: "clickable", "data-testid": "fact", "data-index": i },
      el("td", {}, el("span", { class: "badge " + f.status }, f.status)),
      el("td", {}, f.statement),
      el("td", { class: "small" }, plural(f.independent_sources, "independent source")));
    row.addEventListener("click", () => showEvidence("Fact: " + f.statement, f.evidence, row));
    return row;
  });
  return el("section", { class: "card", id: "facts" }, el("h2", {}, "Fact sheet"),
    rows.length ? el("table", {}, el("tbody", {}, rows)) : el("p", { class: "muted" }, "No facts extracted."));
}

function conflictsSection(story) {
  if (!story.conflicts.length) return null;
  const items = story.conflicts.map((c, i) => {
    const all = c.sides.flatMap((s) => s.evidence);
    const box = el("div", { class: "conflict clickable", "data-testid": "conflict", "data-index": i },
      el("h3", {}, c.about, " ", el("span", { class: "badge contradicted" }, "contradicted")),
      el("div", { class: "sides" }, c.sides.map((side) => el("div", { class: "side", "data-testid": "side" },
        el("div", { class: "value" }, side.value),
        el("div", { class: "small muted" }, side.articles.map(articleLabel).join("; ")),
        side.evidence.map((s) => {
          const a = state.articles[s.article];
          return a ? excerpt(a.source_text, [s], 160) : el("p", { class: "excerpt" }, el("mark", {}, s.text));
        })))));
    box.addEventListener("click", () => showEvidence("Conflict: " + c.about, all, box));
    return box;
  });
  return el("section", { class: "card", id: "conflicts" }, el("h2", {}, "Conflicts"), items);
}

function quotesSection(story) {
  if (!story.quotes.length) return null;
  const bySpeaker = new Map();
  story.quotes.forEach((q) => {
    const who = q.speaker || "(unattributed)";
    if (!bySpeaker.has(who)) bySpeaker.set(who, []);
    bySpeaker.get(who).push(q);
  });
  const parts = [];
  for (const [who, groups] of bySpeaker) {
    parts.push(el("div", { class: "speaker" }, who));
    for (const g of groups) {
      parts.push(el("ul", { class: "variants", "data-testid": "quote" }, g.variants.map((v) => {
        const li = el("li", { class: "clickable" }, "“" + v.text + "”", " ", el("span", { class: "src" }, articleLabel(v.article)));
        li.addEventListener("click", (ev) => { ev.stopPropagation(); showEvidence("Quote: " + who, g.variants, li); });
        return li;
      })));
    }
  }
  return el("section", { class: "card", id: "quotes" }, el("h2", {}, "Quotes by speaker"), parts);
}

function checksSection(story) {
  if (!story.checks.length) return null;
  const items = story.checks.map((c) => {
    const a = state.articles[c.article];
    const span = { article: c.article, start: c.start, end: c.end, text: a ? a.source_text.slice(c.start, c.end) : c.text };
    const li = el("li", { class: "clickable", "data-testid": "check" }, el("span", { class: "badge contradicted" }, c.kind), " ",
      el("b", {}, c.text), " — ", c.message, " ", el("span", { class: "small muted" }, articleLabel(c.article)));
    li.addEventListener("click", () => showEvidence("Check: " + c.message, [span], li));
    return li;
  });
  return el("section", { class: "card", id: "checks" }, el("h2", {}, "Problems inside articles"), el("ul", {}, items));
}

function parseDay(value) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value || "");
  return m ? Date.UTC(+m[1], (+m[2] || 1) - 1, +m[3] || 1) : null;
}

function timelineChart(story) {
  const dated = story.timeline.map((t, i) => ({ t, i, x: parseDay(t.date) })).filter((d) => d.x !== null);
  if (!dated.length) return null;
  const W = 760, H = 60 + 22 * dated.length, L = 20, R = 20;
  const min = Math.min(...dated.map((d) => d.x)), max = Math.max(...dated.map((d) => d.x));
  const xOf = (x) => (max === min ? W / 2 : L + ((x - min) / (max - min)) * (W - L - R));
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", role: "img", "aria-label": "Timeline", "data-testid": "timeline" },
    svg("line", { x1: L, y1: 30, x2: W - R, y2: 30, stroke: "#98a2b3" }),
    svg("text", { x: L, y: 16, "font-size": 11, fill: "#667085" }, new Date(min).toISOString().slice(0, 10)),
    svg("text", { x: W - R, y: 16, "font-size": 11, fill: "#667085", "text-anchor": "end" },
      new Date(max).toISOString().slice(0, 10)));
  dated.forEach((d, k) => {
    const x = xOf(d.x), y = 52 + 22 * k;
    const label = d.t.date + " — " + d.t.text;
    const g = svg("g", { class: "dot", "data-index": d.i },
      svg("line", { x1: x, y1: 30, x2: x, y2: y - 5, stroke: "#d0d5dd" }),
      svg("circle", { cx: x, cy: 30, r: 6, fill: "#2757c4" }),
      svg("text", { x: x > W / 2 ? x - 6 : x + 6, y: y, "font-size": 12, fill: "#1d2430",
        "text-anchor": x > W / 2 ? "end" : "start" }, label.length > 60 ? label.slice(0, 59) + "…" : label),
      svg("title", {}, label));
    g.addEventListener("click", () => showEvidence("Timeline: " + d.t.date, d.t.evidence, null));
    chart.append(g);
  });
  return chart;
}

function timelineSection(story) {
  if (!story.timeline.length) return null;
  const chart = timelineChart(story);
  const list = el("ol", { class: "small" }, story.timeline.map((t) => {
    const li = el("li", { class: "clickable" }, el("b", {}, t.date), " ", t.text);
    li.addEventListener("click", () => showEvidence("Timeline: " + t.date, t.evidence, li));
    return li;
  }));
  return el("section", { class: "card", id: "timeline" }, el("h2", {}, "Timeline"), chart, list);
}

function graphSection(story) {
  const ids = story.articles;
  if (ids.length < 2) return null;
  const group = {};
  story.independent_groups.forEach((g, k) => g.forEach((id) => { group[id] = k; }));
  const W = 520, H = 340, cx = W / 2, cy = H / 2, r = Math.min(W, H) / 2 - 50;
  const pos = {};
  ids.forEach((id, k) => {
    const a = (2 * Math.PI * k) / ids.length - Math.PI / 2;
    pos[id] = [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", role: "img", "aria-label": "Copies and independence groups", "data-testid": "graph" });
  for (const d of story.derivations) {
    const [a, b] = d.articles;
    if (!pos[a] || !pos[b]) continue;
    const line = svg("line", { x1: pos[a][0], y1: pos[a][1], x2: pos[b][0], y2: pos[b][1], stroke: "#667085",
      "stroke-width": 1 + 3 * (d.score || 0), "stroke-dasharray": d.kind === "copy" ? "" : "6 4", class: "node" },
      svg("title", {}, `${d.kind} (${(d.score || 0).toFixed(2)})`));
    const [first, second] = d.direction ? d.direction.split("->") : [a, b];
    const arrow = d.direction ? "→" : "↔";
    line.addEventListener("click", () => showEvidence(`${d.kind}: ${articleLabel(first)} ${arrow} ${articleLabel(second)}`, d.evidence, null));
    chart.append(line);
  }
  for (const id of ids) {
    const [x, y] = pos[id];
    const color = id in group ? GROUP_COLORS[group[id] % GROUP_COLORS.length] : "#98a2b3";
    const label = articleLabel(id);
    chart.append(svg("g", { class: "node", "data-article": id },
      svg("circle", { cx: x, cy: y, r: 11, fill: color }),
      svg("text", { x: x, y: y + 26, "font-size": 11, "text-anchor": "middle", fill: "#1d2430" },
        label.length > 28 ? label.slice(0, 27) + "…" : label),
      svg("title", {}, label)));
  }
  const legend = el("p", { class: "legend muted" },
    el("span", {}, plural(story.independent_groups.length, "independence group") + " (node colour)"),
    el("span", {}, "solid line: copy"), el("span", {}, "dashed: rewrite / shared source / update"));
  return el("section", { class: "card", id: "graph" }, el("h2", {}, "Copies and independent sources"), chart, legend);
}

function articlesSection(story, briefing) {
  const cards = briefing.articles.map((a) => {
    const body = el("div", { class: "doc-text", hidden: true }, a.body);
    const chrome = el("div", { hidden: true }, a.boilerplate.map((b) => el("div", { class: "chrome" }, b)));
    const toggle = el("button", { type: "button", "data-testid": "chrome-toggle" }, `Show removed chrome (${a.boilerplate.length})`);
    toggle.addEventListener("click", () => {
      chrome.hidden = !chrome.hidden;
      toggle.textContent = (chrome.hidden ? "Show" : "Hide") + ` removed chrome (${a.boilerplate.length})`;
    });
    const open = el("button", { type: "button" }, "Read");
    open.addEventListener("click", () => { body.hidden = !body.hidden; open.textContent = body.hidden ? "Read" : "Close"; });
    return el("div", { class: "article", "data-testid": "article", "data-article": a.id },
      el("div", { class: "doc-head" }, a.title || a.id),
      el("div", { class: "small muted" }, [a.outlet, a.published, a.dateline, a.wires.length ? "via " + a.wires.join(", ") : ""]
        .filter(Boolean).join(" · "), " ", safeUrl(a.url) ? el("a", { href: safeUrl(a.url), rel: "noopener noreferrer nofollow", target: "_blank" }, "source")
          : a.url ? el("span", { class: "muted" }, a.url) : ""),
      el("p", {}, open, " ", a.boilerplate.length ? toggle : el("span", { class: "small muted" }, "no chrome removed")),
      chrome, body);
  });
  return el("section", { class: "card", id: "articles" }, el("h2", {}, "Articles"), cards);
}

async function storyView(id) {
  const briefing = await api("/api/stories/" + encodeURIComponent(id));
  const story = briefing.stories[0];
  state.articles = Object.fromEntries(briefing.articles.map((a) => [a.id, a]));
  const days = briefing.articles.map((a) => a.published).filter(Boolean).sort();
  const summary = story.summary ? el("p", { class: "summary clickable", "data-testid": "summary" }, story.summary) : null;
  if (summary) summary.addEventListener("click", () => showEvidence("Summary", story.summary_evidence, summary));
  const md = el("a", { href: `/api/stories/${encodeURIComponent(id)}/markdown` }, "Markdown");
  const json = el("a", { href: `/api/stories/${encodeURIComponent(id)}` }, "JSON");
  show(el("p", { class: "small" }, el("a", { href: "#/" }, "← all stories")),
    el("h1", {}, story.title || story.id),
    el("p", { class: "muted small" }, plural(story.articles.length, "article"), " · ",
      plural(story.independent_groups.length, "independent source group"),
      days.length ? ` · ${days[0]} – ${days[days.length - 1]}` : "", " · ", md, " · ", json),
    summary, factsSection(story), conflictsSection(story), checksSection(story), quotesSection(story), timelineSection(story),
    graphSection(story), articlesSection(story, briefing));
}

// ---- search ----------------------------------------------------------------

function snippet(text) {
  // Hits come marked with « »; split on them and mark the words, as text.
  return text.split(/(«[^»]*»)/).map((p) => (p.startsWith("«") ? el("mark", {}, p.slice(1, -1)) : p));
}

async function searchView(q) {
  document.getElementById("q").value = q;
  const [arts, quotes] = await Promise.all([
    api("/api/search?kind=articles&limit=30&q=" + encodeURIComponent(q)),
    api("/api/search?kind=quotes&limit=30&q=" + encodeURIComponent(q))]);
  show(el("h1", {}, "Search: ", q),
    el("section", { class: "card" }, el("h2", {}, "Articles"), arts.items.length ? el("ul", { class: "story-list" }, arts.items.map((a) =>
      el("li", { "data-testid": "hit" }, el("a", { href: "#/article/" + encodeURIComponent(a.id) }, a.title || a.id),
        el("div", { class: "small muted" }, [a.outlet, a.published].filter(Boolean).join(" · ")),
        el("p", { class: "excerpt" }, snippet(a.snippet || ""))))) : el("p", { class: "muted" }, "No articles match.")),
    el("section", { class: "card" }, el("h2", {}, "Quotes"), quotes.items.length ? el("ul", { class: "story-list" }, quotes.items.map((x) =>
      el("li", {}, el("b", {}, x.speaker || "(unattributed)"), " ", snippet(x.snippet || x.text), " ",
        el("a", { href: "#/story/" + encodeURIComponent(x.story_id) }, "story")))) : el("p", { class: "muted" }, "No quotes match.")));
}

async function articleView(id) {
  const a = await api("/api/articles/" + encodeURIComponent(id));
  state.articles = { [a.id]: a };
  show(el("p", { class: "small" }, a.story ? el("a", { href: "#/story/" + encodeURIComponent(a.story) }, "← its story") : ""),
    el("h1", {}, a.title || a.id), el("p", { class: "small muted" }, [a.outlet, a.published].filter(Boolean).join(" · ")),
    el("div", { class: "doc-text" }, a.body),
    a.boilerplate.length ? el("details", {}, el("summary", {}, `Removed chrome (${a.boilerplate.length})`),
      a.boilerplate.map((b) => el("div", { class: "chrome" }, b))) : "");
}

// ---- routing ---------------------------------------------------------------

async function route() {
  delete document.body.dataset.ready;
  document.getElementById("evidence").hidden = true;
  const raw = location.hash.slice(1) || "/";
  const cut = raw.indexOf("?");
  const path = decodeURIComponent(cut < 0 ? raw : raw.slice(0, cut));
  const params = new URLSearchParams(cut < 0 ? "" : raw.slice(cut + 1));
  try {
    if (path.startsWith("/story/")) await storyView(path.slice(7));
    else if (path.startsWith("/article/")) await articleView(path.slice(9));
    else if (path === "/search") await searchView(params.get("q") || "");
    else await storiesView(Math.max(0, parseInt(params.get("offset") || "0", 10) || 0),
      Math.max(1, parseInt(params.get("min") || "1", 10) || 1));
    document.body.dataset.ready = "1";
  } catch (err) { fail(err); }
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("search").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = document.getElementById("q").value.trim();
    if (q) location.hash = "#/search?q=" + encodeURIComponent(q);
  });
  document.getElementById("evidence-close").addEventListener("click", () => { document.getElementById("evidence").hidden = true; });
  window.addEventListener("hashchange", route);
  route();
});
