// Sortable tables: a click on a column heading marked data-sort orders the rows by that column's
// data-sort-value (numbers, or text in the page's language); a second click reverses the order.
// Rows without a value sort last either way.
(function () {
  'use strict';

  var collator = new Intl.Collator(document.documentElement.lang || 'vi', {numeric: true});

  function valueOf(row, index) {
    var cell = row.children[index];
    return cell ? cell.getAttribute('data-sort-value') : '';
  }

  function sort(table, heading) {
    var index = Array.prototype.indexOf.call(heading.parentNode.children, heading);
    var numeric = heading.getAttribute('data-sort') === 'number';
    var ascending = heading.getAttribute('aria-sort') !== 'ascending';
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = valueOf(a, index);
      var y = valueOf(b, index);
      if (x === '' || x === null) { return y === '' || y === null ? 0 : 1; }
      if (y === '' || y === null) { return -1; }
      var order = numeric ? parseFloat(x) - parseFloat(y) : collator.compare(x, y);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(heading.parentNode.children, function (other) {
      other.removeAttribute('aria-sort');
    });
    heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }

  document.querySelectorAll('table.sortable').forEach(function (table) {
    table.querySelectorAll('thead th[data-sort]').forEach(function (heading) {
      heading.tabIndex = 0;
      heading.addEventListener('click', function () { sort(table, heading); });
      heading.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          sort(table, heading);
        }
      });
    });
  });
})();
