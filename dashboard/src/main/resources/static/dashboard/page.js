// What the dashboard's pages share, with no build step: the live stream, whose state shows in
// #live-state and whose indicator values go to the page's own apply, and numbers written as the
// server writes them (one decimal, in the page's language).
(function () {
  'use strict';

  var number = new Intl.NumberFormat(document.documentElement.lang || 'vi',
      {minimumFractionDigits: 1, maximumFractionDigits: 1});

  function showState(key) {
    var state = document.getElementById('live-state');
    if (state) {
      state.textContent = state.dataset[key];
      state.className = 'live-state ' + key;
    }
  }

  window.DxPage = {
    NONE: '\u2014',

    present: function (value) {
      return value !== null && value !== undefined && !isNaN(value);
    },

    format: function (value) {
      return window.DxPage.present(value) ? number.format(value) : window.DxPage.NONE;
    },

    connect: function (url, apply) {
      if (!window.EventSource) {
        return;
      }
      var source = new EventSource(url);
      source.addEventListener('open', function () { showState('connected'); });
      source.addEventListener('error', function () { showState('disconnected'); });
      source.addEventListener('indicator-value', function (event) {
        try {
          apply(JSON.parse(event.data));
        } catch (e) {
          if (window.console) {
            window.console.warn('Ignored an indicator value the page could not apply', e);
          }
        }
      });
    }
  };
})();
