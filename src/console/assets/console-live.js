/*
 * Saheli counsellor console: live updates over server-sent events (the queue, and the open conversation's
 * messages), with a fetch of what was missed after a reconnect.
 */
(() => {
  'use strict';

  const C = window.SaheliConsole;
  const { API, t, state, api, announce } = C;
  const { renderQueue, refreshQueue, queueSoon } = C;
  const { isMessage, appendMessages, reloadCase } = C;

  // ---- Live updates ----

  const SSE_RETRY_MS = 5_000;

  function connectEvents() {
    if (state.events) state.events.close();
    const source = new EventSource(`${API}/events`);
    state.events = source;
    // After a reconnect, fetch what may have happened while the stream was down.
    source.addEventListener('ready', () => {
      refreshQueue();
      reloadCase();
    });
    source.addEventListener('queue', (e) => {
      queueSoon();
      const data = parse(e.data);
      if (data && state.current && data.caseId === state.current.caseId) reloadCase();
    });
    source.addEventListener('message', (e) => {
      const data = parse(e.data);
      if (!data || !isMessage(data.message)) return;
      if (state.opening && data.caseId === state.opening.caseId) state.opening.early.push(data.message);
      if (state.current && data.caseId === state.current.caseId) {
        appendMessages([data.message]);
        return;
      }
      if (state.opening && data.caseId === state.opening.caseId) return;
      const c = state.cases.find((x) => x.caseId === data.caseId);
      if (c && data.message.direction === 'in') {
        state.unread.set(c.caseId, (state.unread.get(c.caseId) || 0) + 1);
        announce(t('newMessage', { ref: c.ref }));
        renderQueue();
      }
    });
    source.addEventListener('error', () => {
      // EventSource retries by itself unless the server refused the stream (e.g. the session ended).
      if (source.readyState !== EventSource.CLOSED || state.events !== source) return;
      setTimeout(async () => {
        if (state.events !== source || !state.user) return;
        try {
          await api('GET', '/me');
          connectEvents();
        } catch (err) {
          if (err.status !== 401 && state.events === source) setTimeout(connectEvents, SSE_RETRY_MS);
        }
      }, SSE_RETRY_MS);
    });
  }

  function parse(s) {
    try {
      return JSON.parse(s);
    } catch {
      return null;
    }
  }

  Object.assign(C, {
    connectEvents,
  });
})();
