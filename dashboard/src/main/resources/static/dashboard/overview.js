// Keeps the overview current: a value of the province moves its bullet and numbers; a value of one
// of its units recounts the units by their worst status. Same number format as the server.
(function () {
  'use strict';

  var overview = document.getElementById('overview');
  if (!overview || !window.DxPage) {
    return;
  }
  var root = overview.dataset.root;
  var statuses = JSON.parse(overview.dataset.statuses);
  var unitStatuses = JSON.parse(overview.dataset.unitStatuses);
  // Worst first, as the server's UnitStanding ranks them.
  var ORDER = ['MISSED', 'UNREACHABLE', 'BEHIND', 'AT_RISK', 'ON_TRACK', 'ACHIEVED', 'NO_DATA'];
  var format = window.DxPage.format;
  var present = window.DxPage.present;

  function at(value, scale) {
    return present(value) ? Math.max(0, Math.min(100, value / scale * 100)) : null;
  }

  function field(element, name) {
    return element.querySelector('[data-field="' + name + '"]');
  }

  function mark(line, position) {
    var x = position === null ? -10 : position;
    line.setAttribute('x1', x);
    line.setAttribute('x2', x);
  }

  function applyToBullet(value) {
    var item = overview.querySelector('.indicator[data-indicator="' + value.indicator + '"]');
    if (!item || !value.targetId) {
      return;
    }
    var scale = parseFloat(item.dataset.scale);
    var largest = Math.max(value.value || 0, value.expected || 0, value.target || 0);
    if (largest > scale) {
      scale = largest * 1.15;
      item.dataset.scale = scale;
    }
    var status = statuses[value.status] ? value.status : 'NO_DATA';
    var barAt = at(value.value, scale);
    field(item, 'bar').setAttribute('width', barAt === null ? 0 : barAt);
    mark(field(item, 'expected-mark'), at(value.expected, scale));
    mark(field(item, 'target-mark'), at(value.target, scale));
    field(item, 'value').textContent = format(value.value);
    var suffix = field(item, 'suffix');
    suffix.textContent = present(value.value) ? suffix.dataset.suffix : '';
    field(item, 'expected').textContent = format(value.expected);
    field(item, 'target').textContent = (value.comparator ? value.comparator + ' ' : '')
        + format(value.target);
    field(item, 'status').textContent = statuses[status].label;
    item.className = 'indicator ' + statuses[status].statusClass + ' '
        + statuses[status].toneClass + ' updated';
    item.dataset.status = status;
  }

  function worst(byIndicator) {
    var rank = ORDER.length - 1;
    Object.keys(byIndicator).forEach(function (indicator) {
      var index = ORDER.indexOf(byIndicator[indicator]);
      if (index >= 0 && index < rank) {
        rank = index;
      }
    });
    return ORDER[rank];
  }

  function recount() {
    var counts = {};
    ORDER.forEach(function (status) { counts[status] = 0; });
    Object.keys(unitStatuses).forEach(function (unit) {
      counts[worst(unitStatuses[unit])] += 1;
    });
    ORDER.forEach(function (status) {
      var item = overview.querySelector('.count[data-status="' + status + '"]');
      if (item) {
        field(item, 'count').textContent = counts[status];
      }
    });
  }

  function apply(value) {
    if (value.unit === root) {
      applyToBullet(value);
    } else if (unitStatuses[value.unit]) {
      if (value.targetId && statuses[value.status]) {
        unitStatuses[value.unit][value.indicator] = value.status;
      } else {
        delete unitStatuses[value.unit][value.indicator];
      }
      recount();
    }
  }

  window.DxPage.connect(overview.dataset.stream, apply);
})();
