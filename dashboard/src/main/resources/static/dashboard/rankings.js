// The ranking's scores as horizontal bars in rank order, each in its band's colour.
(function () {
  'use strict';

  var canvas = document.getElementById('ranking-chart');
  if (!canvas || !window.Chart) {
    return;
  }
  var data = JSON.parse(canvas.getAttribute('data-chart'));
  canvas.chart = new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: [{label: data.label, data: data.scores, backgroundColor: data.colours}]
    },
    options: {
      indexAxis: 'y',
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: {beginAtZero: true, suggestedMax: 100, title: {display: true, text: data.axis}},
        y: {title: {display: true, text: data.units}}
      },
      plugins: {
        legend: {display: false},
        tooltip: {callbacks: {label: function (item) { return window.DxPage.format(item.parsed.x); }}}
      }
    }
  });
})();
