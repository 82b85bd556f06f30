// Connects a page to the live stream: shows the connection's state in #live-state and hands each
// indicator value to the page's own apply. Shared by the dashboard's pages; no build step.
(function () {
  'use strict';

  function showState(key) {
    var state = document.getElementById('live-state');
    if (state) {
      state.textContent = state.dataset[key];
      state.className = 'live-state ' + key;
    }
  }

  window.DxStream = {
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
