/*
 * fecunit report page: the four panels of fec_report.png as linked, zoomable uPlot charts, and the
 * per-burst tables made sortable, paged and clickable (a row zooms every chart to its burst).
 * The data is the JSON in #fecunit-chart-data (ChartData.java); nothing is fetched.
 * window.fecunit exposes the charts and zoomTo/reset, for people and for the browser test.
 */
(function () {
  'use strict';

  var BURST_SHADE = 'rgba(255,0,0,0.08)';
  var PAGE_ROWS = 50;

  var fecunit = window.fecunit = {charts: [], zoomTo: zoomTo, reset: reset, ready: false};
  var data = null;
  var syncing = false;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text != null) { e.textContent = text; }
    return e;
  }

  /* Merges each series' own x values into one ascending axis; a series holds undefined where it has no
     point, which uPlot spans with its line and skips when looking up a hover value. */
  function align(series) {
    var xs = [];
    series.forEach(function (s) { xs = xs.concat(s.x); });
    xs.sort(function (a, b) { return a - b; });
    var axis = [];
    for (var i = 0; i < xs.length; i++) {
      if (i === 0 || xs[i] !== xs[i - 1]) { axis.push(xs[i]); }
    }
    var index = new Map();
    axis.forEach(function (x, i) { index.set(x, i); });
    var aligned = [axis];
    series.forEach(function (s) {
      var ys = new Array(axis.length).fill(undefined);
      for (var k = 0; k < s.x.length; k++) { ys[index.get(s.x[k])] = s.y[k]; }
      aligned.push(ys);
    });
    return aligned;
  }

  function format(v) {
    if (v == null) { return '\u2013'; }
    return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
  }

  /* Burst shading on every panel, freeze bands on the fps panel, frame-id gaps on the latency panel:
     drawn behind the data, clipped to the plotting area. */
  function background(panel) {
    return function (u) {
      var ctx = u.ctx;
      var box = u.bbox;
      var ratio = window.devicePixelRatio || 1;
      ctx.save();
      ctx.beginPath();
      ctx.rect(box.left, box.top, box.width, box.height);
      ctx.clip();
      function band(from, to, colour, minPx) {
        var a = u.valToPos(from, 'x', true);
        var b = u.valToPos(to, 'x', true);
        if (b < box.left || a > box.left + box.width) { return; }
        if (b - a < minPx) {
          var middle = (a + b) / 2;
          a = middle - minPx / 2;
          b = middle + minPx / 2;
        }
        ctx.fillStyle = colour;
        ctx.fillRect(a, box.top, b - a, box.height);
      }
      var min = u.scales.x.min;
      var max = u.scales.x.max;
      var skipped = [];
      /* Marks closer than 4 px on average would cover the panel: they are left out until one zooms in. */
      function shown(items, what) {
        var n = 0;
        var end = what === 'gaps' ? 0 : 1;
        for (var i = 0; i < items.length; i++) {
          if (items[i][end] >= min && items[i][0] <= max) { n++; }
        }
        if (n > box.width / (4 * ratio)) {
          skipped.push(n + ' ' + what);
          return [];
        }
        return items;
      }
      shown(data.bursts, 'bursts').forEach(function (b) { band(b[0], b[1], BURST_SHADE, ratio); });
      shown(panel.bands || [], 'freezes').forEach(function (b) { band(b[0], b[1], b[2], 3 * ratio); });
      shown(panel.gaps || [], 'gaps').forEach(function (g) {
        var x = u.valToPos(g[0], 'x', true);
        if (x < box.left || x > box.left + box.width) { return; }
        ctx.strokeStyle = g[2];
        ctx.lineWidth = g[1] * 1.8 * ratio;
        ctx.beginPath();
        ctx.moveTo(x, box.top);
        ctx.lineTo(x, box.top + box.height);
        ctx.stroke();
      });
      /* A long run's series come as each column's mean (or median) with its lowest-to-highest range: shaded here. */
      panel.series.forEach(function (s) {
        if (!s.lo) { return; }
        ctx.fillStyle = s.fill;
        ctx.beginPath();
        for (var i = 0; i < s.x.length; i++) {
          var x = u.valToPos(s.x[i], 'x', true);
          var y = u.valToPos(s.hi[i], 'y', true);
          if (i === 0) { ctx.moveTo(x, y); } else { ctx.lineTo(x, y); }
        }
        for (var j = s.x.length - 1; j >= 0; j--) {
          ctx.lineTo(u.valToPos(s.x[j], 'x', true), u.valToPos(s.lo[j], 'y', true));
        }
        ctx.closePath();
        ctx.fill();
      });
      if (skipped.length > 0) {
        ctx.fillStyle = '#555';
        ctx.font = 'italic ' + Math.round(11 * ratio) + 'px sans-serif';
        ctx.textAlign = 'center';
        ctx.fillText(skipped.join(', ') + ' in view: too dense to mark at this zoom; zoom in to see them',
            box.left + box.width / 2, box.top + 14 * ratio);
      }
      ctx.restore();
    };
  }

  /* Every chart follows the x range of the one the user zoomed or panned. */
  function followed(u, key) {
    if (key !== 'x' || syncing) { return; }
    syncing = true;
    try {
      var min = u.scales.x.min;
      var max = u.scales.x.max;
      fecunit.charts.forEach(function (other) {
        if (other !== u) { other.setScale('x', {min: min, max: max}); }
      });
      showRange(min, max);
    } finally {
      syncing = false;
    }
  }

  function zoomTo(min, max) {
    min = Math.max(data.xMin, min);
    max = Math.min(data.xMax, max);
    if (!(max > min) || fecunit.charts.length === 0) { return; }
    fecunit.charts[0].setScale('x', {min: min, max: max});
  }

  function reset() {
    zoomTo(data.xMin, data.xMax);
  }

  function showRange(min, max) {
    var label = document.getElementById('fecunit-range');
    if (label) {
      label.textContent = 'showing ' + format(min) + '\u2013' + format(max) + ' s of ' + format(data.xMin) + '\u2013'
          + format(data.xMax) + ' s; data in ' + format(data.columnS) + ' s columns (the lowest and highest point of'
          + ' each, or where a column holds many, its mean or median with its range shaded)';
    }
  }

  /* Mouse wheel zooms around the cursor; shift + wheel (or a sideways wheel) pans. */
  function wheel(u) {
    u.over.addEventListener('wheel', function (e) {
      e.preventDefault();
      var min = u.scales.x.min;
      var max = u.scales.x.max;
      var span = max - min;
      var sideways = e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY);
      if (sideways) {
        var step = span * 0.1 * Math.sign(e.deltaX || e.deltaY);
        step = Math.max(data.xMin - min, Math.min(data.xMax - max, step));
        zoomTo(min + step, max + step);
        return;
      }
      var at = u.posToVal(e.offsetX, 'x');
      var factor = e.deltaY < 0 ? 0.75 : 1 / 0.75;
      var newSpan = Math.min(data.xMax - data.xMin, span * factor);
      var left = at - (at - min) * newSpan / span;
      left = Math.max(data.xMin, Math.min(data.xMax - newSpan, left));
      zoomTo(left, left + newSpan);
    }, {passive: false});
  }

  /* The y range of what is in view, shaded ranges included (uPlot knows only the lines), plus 5 % each side. */
  function yRange(panel) {
    return function (u, dataMin, dataMax) {
      var lo = dataMin == null ? Infinity : dataMin;
      var hi = dataMax == null ? -Infinity : dataMax;
      var min = u.scales.x.min == null ? -Infinity : u.scales.x.min;
      var max = u.scales.x.max == null ? Infinity : u.scales.x.max;
      panel.series.forEach(function (s) {
        if (!s.lo) { return; }
        for (var i = 0; i < s.x.length; i++) {
          if (s.x[i] >= min && s.x[i] <= max) {
            lo = Math.min(lo, s.lo[i]);
            hi = Math.max(hi, s.hi[i]);
          }
        }
      });
      if (!(hi >= lo)) { return [0, 1]; }
      var pad = hi > lo ? (hi - lo) * 0.05 : Math.max(1, Math.abs(hi) * 0.05);
      return [lo - pad, hi + pad];
    };
  }

  function chart(panel, root, last) {
    var series = [{label: 'time s', value: function (u, v) { return format(v); }}];
    panel.series.forEach(function (s) {
      var options = {
        label: s.label, stroke: s.colour, width: s.width, spanGaps: true,
        value: function (u, v) { return format(v); }
      };
      if (s.dash) { options.dash = [6, 3]; }
      if (s.points) {
        options.paths = function () { return null; };
        options.points = {show: true, space: 0, size: 3, width: 0, fill: s.colour, stroke: s.colour};
      } else {
        options.points = {show: false};
      }
      series.push(options);
    });
    var box = el('div', 'panel');
    box.id = 'fecunit-panel-' + panel.id;
    root.appendChild(box);
    if (panel.note) { box.appendChild(el('p', 'note', panel.note)); }
    var opts = {
      title: panel.title,
      width: Math.max(320, root.clientWidth - 8),
      height: panel.id === 'latency' ? 300 : 240,
      scales: {x: {time: false}, y: {range: yRange(panel)}},
      series: series,
      axes: [{label: last ? data.xLabel : null}, {label: panel.yLabel, size: 60}],
      legend: {live: true},
      cursor: {
        sync: {key: 'fecunit', setSeries: false},
        drag: {x: true, y: false, setScale: true},
        bind: {dblclick: function () { return function () { reset(); return null; }; }}
      },
      hooks: {drawClear: [background(panel)], setScale: [followed]},
      plugins: []
    };
    var u = new uPlot(opts, align(panel.series), box);
    wheel(u);
    return u;
  }

  function drawCharts() {
    var source = document.getElementById('fecunit-chart-data');
    var root = document.getElementById('fecunit-charts');
    if (!source || !root || typeof uPlot === 'undefined') { return; }
    data = JSON.parse(source.textContent);
    var controls = el('div', 'chart-controls');
    var button = el('button', null, 'Reset zoom');
    button.type = 'button';
    button.addEventListener('click', reset);
    controls.appendChild(button);
    controls.appendChild(el('span', 'hint',
        'Drag across a chart to zoom, wheel to zoom, shift + wheel to pan, double-click to reset;'
        + ' click a row of a per-burst table to zoom to that burst.'));
    var range = el('div', 'range');
    range.id = 'fecunit-range';
    root.appendChild(controls);
    root.appendChild(range);
    data.panels.forEach(function (panel, i) {
      fecunit.charts.push(chart(panel, root, i === data.panels.length - 1));
    });
    fecunit.drawnMs = Math.round(performance.now());
    // The whole window, the data's span plus 2.5 % each side, as on the PNG.
    reset();
    showRange(data.xMin, data.xMax);
    var resizing = null;
    window.addEventListener('resize', function () {
      clearTimeout(resizing);
      resizing = setTimeout(function () {
        fecunit.charts.forEach(function (u) {
          u.setSize({width: Math.max(320, root.clientWidth - 8), height: u.height});
        });
      }, 100);
    });
  }

  /* Per-burst tables: click a row to zoom to its burst; sort by a column; 50 rows a page. A long run's
     table holds its first page as HTML and every row as data (script.burst-rows right after the table). */
  function sortKey(text) {
    var number = parseFloat(String(text).trim().replace(/^longest /, ''));
    return isNaN(number) ? Infinity : number;
  }

  function rowNode(entry) {
    if (!entry.node) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-from', entry.from);
      tr.setAttribute('data-to', entry.to);
      entry.cells.forEach(function (text, i) {
        var td = el('td', i === 0 ? null : 'num', text);
        tr.appendChild(td);
      });
      entry.node = tr;
    }
    return entry.node;
  }

  function burstTable(table) {
    var body = table.tBodies[0];
    if (!body) { return; }
    var source = table.nextElementSibling;
    var entries;
    if (source && source.tagName === 'SCRIPT' && source.classList.contains('burst-rows')) {
      entries = JSON.parse(source.textContent).map(function (r) { return {from: r[0], to: r[1], cells: r.slice(2)}; });
    } else {
      entries = [];
    }
    var htmlRows = Array.prototype.filter.call(body.rows, function (r) { return r.hasAttribute('data-from'); });
    htmlRows.forEach(function (r, i) {
      if (i < entries.length) {
        entries[i].node = r;
      } else {
        entries.push({from: parseFloat(r.getAttribute('data-from')), to: parseFloat(r.getAttribute('data-to')),
          cells: Array.prototype.map.call(r.cells, function (c) { return c.textContent; }), node: r});
      }
    });
    var totals = Array.prototype.filter.call(body.rows, function (r) { return !r.hasAttribute('data-from'); });
    var selected = null;
    body.addEventListener('click', function (e) {
      var row = e.target.closest ? e.target.closest('tr[data-from]') : null;
      if (!row) { return; }
      var from = parseFloat(row.getAttribute('data-from'));
      var to = parseFloat(row.getAttribute('data-to'));
      var pad = Math.max(1, to - from);
      zoomTo(from - pad, to + 2 * pad);
      if (selected) { selected.classList.remove('selected'); }
      row.classList.add('selected');
      selected = row;
      var charts = document.getElementById('fecunit-charts');
      if (charts && charts.scrollIntoView) { charts.scrollIntoView({block: 'start'}); }
    });
    var page = 0;
    var pager = null;
    function show() {
      var pages = Math.max(1, Math.ceil(entries.length / PAGE_ROWS));
      page = Math.max(0, Math.min(pages - 1, page));
      Array.prototype.filter.call(body.rows, function (r) { return r.hasAttribute('data-from'); })
          .forEach(function (r) { body.removeChild(r); });
      var first = totals.length > 0 ? totals[0] : null;
      entries.slice(page * PAGE_ROWS, (page + 1) * PAGE_ROWS).forEach(function (entry) {
        var node = rowNode(entry);
        node.classList.add('zoomable');
        node.title = 'Zoom the charts to this burst';
        body.insertBefore(node, first);
      });
      if (pager) {
        pager.querySelector('.where').textContent = 'bursts ' + (page * PAGE_ROWS + 1) + '\u2013'
            + Math.min(entries.length, (page + 1) * PAGE_ROWS) + ' of ' + entries.length;
        pager.querySelector('.previous').disabled = page === 0;
        pager.querySelector('.next').disabled = page >= pages - 1;
      }
    }
    if (entries.length > PAGE_ROWS) {
      pager = el('div', 'pager');
      var previous = el('button', 'previous', '\u2190 previous');
      var next = el('button', 'next', 'next \u2192');
      previous.type = next.type = 'button';
      previous.addEventListener('click', function () { page--; show(); });
      next.addEventListener('click', function () { page++; show(); });
      pager.appendChild(previous);
      pager.appendChild(el('span', 'where'));
      pager.appendChild(next);
      table.parentNode.insertBefore(pager, table);
    }
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, column) {
      th.classList.add('sortable');
      th.title = 'Sort by ' + th.textContent;
      th.addEventListener('click', function () {
        var descending = th.getAttribute('data-sorted') === 'ascending';
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('data-sorted'); });
        th.setAttribute('data-sorted', descending ? 'descending' : 'ascending');
        entries.sort(function (a, b) {
          var d = sortKey(a.cells[column]) - sortKey(b.cells[column]);
          if (isNaN(d)) { d = 0; }
          return descending ? -d : d;
        });
        page = 0;
        show();
      });
    });
    show();
  }

  function burstTables() {
    Array.prototype.forEach.call(document.querySelectorAll('table.bursts'), burstTable);
  }

  function start() {
    drawCharts();
    burstTables();
    fecunit.ready = true;
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
