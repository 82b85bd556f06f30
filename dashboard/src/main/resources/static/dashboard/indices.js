// The official indices' charts: on a unit's page, each group's points earned and lost as one
// stacked bar; there and on the provinces' page, units by score (canvas.score-chart); each with a
// points axis up to the maximum.
(function () {
  'use strict';

  function draw(canvas, build) {
    if (!canvas || !window.Chart) {
      return;
    }
    canvas.chart = new window.Chart(canvas, build(JSON.parse(canvas.getAttribute('data-chart'))));
  }

  function axis(title, max, stacked) {
    return {
      x: {beginAtZero: true, max: max, stacked: stacked, title: {display: true, text: title}},
      y: {stacked: stacked}
    };
  }

  function tooltip() {
    return {callbacks: {label: function (item) {
      return item.dataset.label + ': ' + window.DxPage.format(item.parsed.x);
    }}};
  }

  draw(document.getElementById('groups-chart'), function (data) {
    var most = 0;
    data.earned.forEach(function (earned, i) { most = Math.max(most, earned + data.lost[i]); });
    return {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [
          {label: data.earnedLabel, data: data.earned, backgroundColor: '#2f7d4f'},
          {label: data.lostLabel, data: data.lost, backgroundColor: '#d9534f'}
        ]
      },
      options: {
        indexAxis: 'y', animation: false, maintainAspectRatio: false,
        scales: axis(data.axis, most, true),
        plugins: {legend: {display: true}, tooltip: tooltip()}
      }
    };
  });

  function scores(data) {
    return {
      type: 'bar',
      data: {labels: data.labels, datasets: [{label: data.label, data: data.scores, backgroundColor: '#2b6cb0'}]},
      options: {
        indexAxis: 'y', animation: false, maintainAspectRatio: false,
        scales: axis(data.axis, data.max, false),
        plugins: {legend: {display: false}, tooltip: tooltip()}
      }
    };
  }

  Array.prototype.forEach.call(document.querySelectorAll('canvas.score-chart'), function (canvas) {
    draw(canvas, scores);
  });
})();
