// Keeps the dashboard's cells current: each indicator value the server streams replaces the cell
// of its unit and indicator, in the page's language and number format. No build step, no library.
(function () {
  'use strict';

  var board = document.getElementById('board');
  if (!board || !window.DxPage) {
    return;
  }
  var statuses = JSON.parse(board.dataset.statuses);
  var format = window.DxPage.format;
  var NONE = window.DxPage.NONE;

  function formatDate(isoDate) {
    if (!isoDate) {
      return '';
    }
    var parts = isoDate.split('-');
    return parts.length === 3 ? parts[2] + '/' + parts[1] + '/' + parts[0] : isoDate;
  }

  function setField(cell, field, text) {
    var element = cell.querySelector('[data-field="' + field + '"]');
    if (element) {
      element.textContent = text;
    }
  }

  function findCell(unit, indicator) {
    var cells = board.querySelectorAll('td[data-unit]');
    for (var i = 0; i < cells.length; i++) {
      if (cells[i].dataset.unit === unit && cells[i].dataset.indicator === indicator) {
        return cells[i];
      }
    }
    return null;
  }

  function apply(value) {
    var cell = findCell(value.unit, value.indicator);
    if (!cell) {
      return;
    }
    var status = statuses[value.status] ? value.status
        : (value.targetId ? 'NO_DATA' : 'NO_TARGET');
    var meta = statuses[status];
    setField(cell, 'value', format(value.value));
    setField(cell, 'expected', format(value.expected));
    setField(cell, 'target', value.target === null || value.target === undefined
        ? NONE : (value.comparator ? value.comparator + ' ' : '') + format(value.target));
    setField(cell, 'deadline', formatDate(value.deadline));
    setField(cell, 'status', meta.label);
    cell.className = 'cell ' + meta.statusClass + ' ' + meta.toneClass;
    cell.dataset.status = status;
    // Restart the highlight even when the same cell changes twice in a row.
    void cell.offsetWidth;
    cell.classList.add('updated');
  }

  window.DxPage.connect(board.dataset.stream, apply);
})();
