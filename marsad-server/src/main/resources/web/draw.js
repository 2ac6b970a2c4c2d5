// Marsad's drawing: SVG elements, a TopoJSON reader, the Natural Earth projection, a force layout
// and the time scale of the timeline. No data from articles passes through here as markup: every
// label is a text node, every number an attribute.
'use strict';

window.MarsadDraw = (() => {
  const SVG_NS = 'http://www.w3.org/2000/svg';

  /** Builds an SVG element; strings among the children become text nodes. */
  function svg(tag, attrs, ...children) {
    const e = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  const round = (n) => Math.round(n * 10) / 10;

  // ---- maps ----------------------------------------------------------------------------

  /** The Natural Earth projection (Šavrič et al.'s polynomial) of degrees, in units of the sphere's radius. */
  function naturalEarth(lon, lat) {
    const l = (lon * Math.PI) / 180;
    const p = (lat * Math.PI) / 180;
    const p2 = p * p;
    const p4 = p2 * p2;
    return [
      l * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4))),
      p * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4))),
    ];
  }

  const [MAX_X] = naturalEarth(180, 0);
  const [, MAX_Y] = naturalEarth(0, 90);

  /** A projection onto an SVG of the given width: degrees to pixels, and the height it takes. */
  function projection(width) {
    const scale = width / (2 * MAX_X);
    const height = Math.ceil(2 * MAX_Y * scale);
    return {
      width,
      height,
      point(lon, lat) {
        const [x, y] = naturalEarth(lon, lat);
        return [width / 2 + x * scale, height / 2 - y * scale];
      },
    };
  }

  /** The arcs of a TopoJSON topology in degrees (quantised positions are deltas from the previous one). */
  function arcsOf(topology) {
    const t = topology.transform;
    return topology.arcs.map((arc) => {
      let x = 0;
      let y = 0;
      return arc.map(([dx, dy]) => {
        x += dx;
        y += dy;
        return t ? [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] : [x, y];
      });
    });
  }

  /** A ring's points from arc indices; a negative index ~i is arc i backwards. */
  function ringOf(arcs, indices) {
    const out = [];
    for (const i of indices) {
      const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      arc.forEach((p, k) => {
        if (k > 0 || !out.length) out.push(p);
      });
    }
    return out;
  }

  /**
   * A ring cut where it jumps across the antimeridian: its stretches on either side become rings
   * of their own (the first and last stretch are one). A ring that jumps once circles a pole
   * (Antarctica) and is closed along the pole's line.
   */
  function splitAtAntimeridian(ring) {
    const pieces = [[]];
    for (let i = 0; i < ring.length; i++) {
      if (i > 0 && Math.abs(ring[i][0] - ring[i - 1][0]) > 180) pieces.push([]);
      pieces[pieces.length - 1].push(ring[i]);
    }
    if (pieces.length === 1) return pieces;
    if (pieces.length === 2) {
      const [a, b] = pieces;
      const last = a[a.length - 1];
      const pole = Math.sign(a.reduce((s, p) => s + p[1], 0)) * 90;
      return [[...a, [last[0], pole], [b[0][0], pole], ...b]];
    }
    const first = pieces.shift();
    pieces[pieces.length - 1].push(...first);
    return pieces;
  }

  /** The countries of a world-atlas topology: their names and rings in degrees. */
  function countries(topology) {
    const arcs = arcsOf(topology);
    return topology.objects.countries.geometries.filter((g) => g.arcs).map((g) => {
      const polygons = g.type === 'Polygon' ? [g.arcs] : g.arcs;
      const rings = [];
      for (const polygon of polygons) {
        for (const ring of polygon) rings.push(...splitAtAntimeridian(ringOf(arcs, ring)));
      }
      return { id: g.id, name: (g.properties && g.properties.name) || '', rings };
    });
  }

  function pathOf(rings, proj) {
    return rings.map((ring) => 'M' + ring.map(([lon, lat]) => proj.point(lon, lat).map(round).join(',')).join('L') + 'Z')
      .join('');
  }

  /** The world map: the sphere's outline and every country as a path; returns the SVG and its projection. */
  function worldMap(topology, width) {
    const proj = projection(width);
    const outline = [];
    for (let lat = -90; lat <= 90; lat += 5) outline.push([-180, lat]);
    for (let lat = 90; lat >= -90; lat -= 5) outline.push([180, lat]);
    const land = svg('g', { class: 'land' }, countries(topology).map((c) =>
      svg('path', { d: pathOf(c.rings, proj), 'data-id': c.id }, svg('title', {}, c.name))));
    const root = svg('svg', { viewBox: `0 0 ${proj.width} ${proj.height}`, class: 'world', role: 'img' },
      svg('path', { class: 'sphere', d: pathOf([outline], proj) }), land);
    return { root, proj };
  }

  // ---- networks ------------------------------------------------------------------------

  /**
   * Positions for a graph in a width × height box: nodes start on a circle (in the given order,
   * so the layout is the same every time) and move under repulsion between near nodes, springs
   * along the edges and a pull to the centre, with a step that cools down; the result is then
   * stretched to fill the box less a margin for labels.
   */
  function forceLayout(nodes, edges, width, height) {
    const n = nodes.length;
    const pos = nodes.map((_, i) => [Math.cos((2 * Math.PI * i) / n), Math.sin((2 * Math.PI * i) / n)]);
    const index = new Map(nodes.map((node, i) => [node, i]));
    const links = edges.map((e) => [index.get(e.source), index.get(e.target)]).filter(([a, b]) => a !== undefined && b !== undefined);
    const ideal = 1 / Math.sqrt(Math.max(n, 1));
    let step = 0.1;
    for (let round = 0; round < 300 && n > 2; round++) {
      const move = pos.map(() => [0, 0]);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const dx = pos[i][0] - pos[j][0];
          const dy = pos[i][1] - pos[j][1];
          const d = Math.max(Math.hypot(dx, dy), 1e-3);
          if (d > 3 * ideal) continue; // far nodes don't push: parts of the graph stay near each other
          const f = (ideal * ideal) / d / d;
          move[i][0] += dx * f;
          move[i][1] += dy * f;
          move[j][0] -= dx * f;
          move[j][1] -= dy * f;
        }
      }
      for (const [a, b] of links) {
        const dx = pos[a][0] - pos[b][0];
        const dy = pos[a][1] - pos[b][1];
        const f = Math.hypot(dx, dy) / ideal;
        move[a][0] -= dx * f;
        move[a][1] -= dy * f;
        move[b][0] += dx * f;
        move[b][1] += dy * f;
      }
      for (let i = 0; i < n; i++) {
        move[i][0] -= pos[i][0] * 0.3;
        move[i][1] -= pos[i][1] * 0.3;
        const len = Math.max(Math.hypot(move[i][0], move[i][1]), 1e-9);
        const s = Math.min(len, step) / len;
        pos[i][0] += move[i][0] * s;
        pos[i][1] += move[i][1] * s;
      }
      step = Math.max(step * 0.98, 0.002);
    }
    const fit = (axis, size, margin) => {
      const values = pos.map((p) => p[axis]);
      const lo = Math.min(...values);
      const span = Math.max(...values) - lo;
      return (v) => (span < 1e-9 ? size / 2 : margin + ((v - lo) / span) * (size - 2 * margin));
    };
    const fx = fit(0, width, 80);
    const fy = fit(1, height, 40);
    return pos.map(([x, y]) => [fx(x), fy(y)]);
  }

  // ---- time ----------------------------------------------------------------------------

  const DAY_MS = 86400000;

  /** Days (YYYY-MM-DD) onto [left, right] linearly, with the years between them as ticks. */
  function timeScale(days, left, right) {
    const ms = days.map((d) => Date.parse(d + 'T00:00:00Z'));
    const first = Math.min(...ms);
    const last = Math.max(...ms) + DAY_MS;
    const span = Math.max(last - first, DAY_MS);
    const x = (day) => left + ((Date.parse(day + 'T00:00:00Z') - first) / span) * (right - left);
    const ticks = [];
    const firstYear = new Date(first).getUTCFullYear();
    const lastYear = new Date(last).getUTCFullYear();
    const everyYears = Math.max(1, Math.ceil((lastYear - firstYear) / 10));
    for (let y = firstYear; y <= lastYear; y += everyYears) {
      const day = `${String(y).padStart(4, '0')}-01-01`;
      if (Date.parse(day + 'T00:00:00Z') >= first) ticks.push({ day, label: String(y) });
    }
    if (!ticks.length) {
      const earliest = days.reduce((a, b) => (a < b ? a : b));
      ticks.push({ day: earliest, label: earliest });
    }
    return { x, ticks, dayWidth: ((right - left) * DAY_MS) / span };
  }

  return { svg, worldMap, forceLayout, timeScale };
})();
