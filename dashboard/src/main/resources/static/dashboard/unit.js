// A unit's trend charts: for each indicator, the daily history, the trajectory to the target and
// the projection to the deadline, drawn by Chart.js from the data the server put on the canvas.
// The x axis counts days since 1970-01-01 and is labelled as dates in the page's language.
(function () {
  'use strict';

  var DAY = 86400000;
  var dates = new Intl.DateTimeFormat(document.documentElement.lang || 'vi',
      {day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC'});

  function points(pairs) {
    return pairs.map(function (pair) { return {x: pair[0], y: pair[1]}; });
  }

  function draw(canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var datasets = [{
      label: data.labels.history, data: points(data.history),
      borderColor: '#1f2933', backgroundColor: '#1f2933', pointRadius: 2, borderWidth: 2
    }];
    if (data.trajectory.length) {
      datasets.push({
        label: data.labels.trajectory, data: points(data.trajectory),
        borderColor: '#1565c0', borderDash: [6, 4], pointRadius: 3, borderWidth: 2
      });
    }
    if (data.projection.length) {
      datasets.push({
        label: data.labels.projection, data: points(data.projection),
        borderColor: '#8a5a00', borderDash: [2, 3], pointRadius: 0, borderWidth: 2
      });
    }
    // The axis spans exactly the drawn days, rather than a rounded range around them.
    var days = data.history.concat(data.trajectory, data.projection).map(function (pair) {
      return pair[0];
    });
    canvas.chart = new window.Chart(canvas, {
      type: 'line',
      data: {datasets: datasets},
      options: {
        animation: false,
        maintainAspectRatio: false,
        parsing: false,
        scales: {
          x: {
            type: 'linear',
            min: Math.min.apply(null, days),
            max: Math.max.apply(null, days),
            ticks: {maxTicksLimit: 6, callback: function (day) { return dates.format(new Date(day * DAY)); }}
          },
          y: {beginAtZero: true, max: data.max === null ? undefined : data.max}
        },
        plugins: {
          tooltip: {
            callbacks: {
              title: function (items) { return dates.format(new Date(items[0].parsed.x * DAY)); },
              label: function (item) {
                return item.dataset.label + ': ' + window.DxPage.format(item.parsed.y);
              }
            }
          }
        }
      }
    });
  }

  document.querySelectorAll('canvas.trend').forEach(function (canvas) {
    try {
      draw(canvas);
    } catch (e) {
      if (window.console) {
        window.console.warn('Could not draw a trend chart', e);
      }
    }
  });
})();
