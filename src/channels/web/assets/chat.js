/*
 * Saheli web chat. Plain ES2019, no modules, no dependencies: it must run on old Android browsers
 * under a strict CSP (no inline script or style). Bot text is rendered with textContent only.
 */
(function () {
  'use strict';

  var SID_KEY = 'saheli.sid';
  var API = '/api/chat/messages';
  var POLL_VISIBLE_MS = 4000;
  var POLL_HIDDEN_MS = 15000;
  var REQUEST_TIMEOUT_MS = 20000;
  var ESCAPE_WINDOW_MS = 1500;
  var EXIT_URL = 'https://www.google.com/search?q=weather+today';

  var state = {
    sid: null,
    cursor: null,
    seen: Object.create(null),
    sending: false,
    polling: false,
    pollTimer: null,
    exited: false,
    lastEscape: 0,
    retryTimer: null,
  };

  var els = {};

  // ---- Quick exit: first, so it works even if anything below fails. ----

  function quickExit() {
    state.exited = true;
    clearTimeout(state.pollTimer);
    clearTimeout(state.retryTimer);
    try {
      sessionStorage.clear();
    } catch (e) {
      /* storage may be disabled; leave anyway */
    }
    // Blank the page before navigating so nothing lingers on screen or in a tab thumbnail.
    document.title = '';
    while (document.body && document.body.firstChild) document.body.removeChild(document.body.firstChild);
    // replace(): the chat leaves the history, so Back does not return to it.
    location.replace(EXIT_URL);
  }

  var exitButton = document.getElementById('quick-exit');
  if (exitButton) exitButton.addEventListener('click', quickExit);
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape' && e.key !== 'Esc') return;
    var now = Date.now();
    if (now - state.lastEscape <= ESCAPE_WINDOW_MS) quickExit();
    else state.lastEscape = now;
  });

  // ---- Session ----

  function uuid() {
    if (window.crypto && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
    // crypto.randomUUID needs a secure context; keep working over plain http on a LAN test box.
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  /** Returns true when this tab had no session yet. */
  function loadSession() {
    var sid = null;
    try {
      sid = sessionStorage.getItem(SID_KEY);
    } catch (e) {
      sid = null;
    }
    if (sid) {
      state.sid = sid;
      return false;
    }
    state.sid = uuid();
    try {
      sessionStorage.setItem(SID_KEY, state.sid);
    } catch (e) {
      /* private mode without storage: the session lives as long as the page */
    }
    return true;
  }

  // ---- Rendering (text only; never innerHTML) ----

  // 10-digit numbers and 3-5 digit short codes, in ASCII, Devanagari or Arabic-Indic digits.
  var DIGIT = '[0-9\u0966-\u096F\u0660-\u0669\u06F0-\u06F9]';
  var NUMBER_RE = new RegExp('(1800[- ]?[0-9]{3}[- ]?[0-9]{4}|' + DIGIT + '{10}|' + DIGIT + '{3,5})', 'g');
  var LETTER_OR_DIGIT_RE = /[0-9A-Za-z\u0900-\u097F\u0600-\u06FF]/;
  // Numbers after these words are sections of an Act or amounts, not phone numbers.
  var NOT_PHONE_BEFORE_RE = /(section|sections|sec\.?|s\.|article|rs\.?|inr|₹|धारा|दफा|دفعہ|دفعات)\s*$/i;
  var HELPLINE_YEARS = { '1930': true }; // national cyber-crime helpline, which looks like a year

  function asciiDigits(s) {
    return s.replace(/[\u0966-\u096F\u0660-\u0669\u06F0-\u06F9]/g, function (d) {
      var c = d.charCodeAt(0);
      if (c >= 0x0966 && c <= 0x096f) return String(c - 0x0966);
      if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660);
      return String(c - 0x06f0);
    });
  }

  function isPhone(digits, text, start, end) {
    var before = text.charAt(start - 1);
    var after = text.charAt(end);
    if ((before && LETTER_OR_DIGIT_RE.test(before)) || (after && LETTER_OR_DIGIT_RE.test(after))) return false;
    // Part of a longer figure: +91..., 1,000, 2.500, 98-76...
    if (before === '+' || before === ',' || before === '.' || before === '-' || before === '/') return false;
    if ((after === '.' || after === ',' || after === '-' || after === '/') && /[0-9]/.test(text.charAt(end + 1))) return false;
    if (NOT_PHONE_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start))) return false;
    // Years (the Acts of 2005, 2006, 2012) are not numbers to dial.
    if (digits.length === 4 && +digits >= 1800 && +digits <= 2099 && !HELPLINE_YEARS[digits]) return false;
    return true;
  }

  /** Appends text to parent, turning helpline and phone numbers into tel: links. */
  function appendLinkedText(parent, text) {
    var last = 0;
    var m;
    NUMBER_RE.lastIndex = 0;
    while ((m = NUMBER_RE.exec(text)) !== null) {
      var start = m.index;
      var end = start + m[0].length;
      var digits = asciiDigits(m[0]).replace(/[- ]/g, '');
      if (!isPhone(digits, text, start, end)) continue;
      if (start > last) parent.appendChild(document.createTextNode(text.slice(last, start)));
      var a = document.createElement('a');
      a.href = 'tel:' + digits;
      a.textContent = m[0];
      parent.appendChild(a);
      last = end;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function scrollToEnd() {
    els.log.scrollTop = els.log.scrollHeight;
  }

  function bubble(who, dir, lang) {
    var div = document.createElement('div');
    div.className = 'msg ' + who;
    div.setAttribute('dir', dir || 'auto');
    if (lang) div.setAttribute('lang', lang);
    return div;
  }

  function showOwn(text) {
    var div = bubble('me', 'auto', null);
    var p = document.createElement('p');
    p.className = 'msg-text';
    p.textContent = text;
    div.appendChild(p);
    els.log.appendChild(div);
    scrollToEnd();
  }

  function isValidMessage(m) {
    return m && typeof m.id === 'string' && typeof m.text === 'string';
  }

  function renderBotMessage(m) {
    var dir = m.dir === 'rtl' ? 'rtl' : 'ltr';
    var div = bubble('bot', dir, typeof m.lang === 'string' ? m.lang : null);
    var p = document.createElement('p');
    p.className = 'msg-text';
    appendLinkedText(p, m.text);
    div.appendChild(p);

    if (m.kind === 'location_request') {
      var loc = document.createElement('button');
      loc.type = 'button';
      loc.className = 'locate';
      loc.textContent = m.buttonLabel || 'Share my location';
      loc.addEventListener('click', function () { shareLocation(loc); });
      div.appendChild(loc);
    } else if (Array.isArray(m.choices) && m.choices.length > 0) {
      var group = document.createElement('div');
      group.className = 'choices';
      m.choices.forEach(function (c) {
        if (!c || typeof c.id !== 'string' || typeof c.label !== 'string') return;
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'choice';
        b.textContent = c.label;
        b.addEventListener('click', function () {
          send({ choice: c.id }, c.label);
        });
        group.appendChild(b);
      });
      div.appendChild(group);
    }
    els.log.appendChild(div);
    return { dir: dir, lang: m.lang };
  }

  function renderMessages(list) {
    if (!Array.isArray(list)) return;
    var newest = null;
    list.forEach(function (m) {
      if (!isValidMessage(m) || state.seen[m.id]) return;
      state.seen[m.id] = true;
      newest = renderBotMessage(m);
    });
    if (newest) {
      // The page follows the language of the bot's latest message.
      var root = document.documentElement;
      root.dir = newest.dir;
      if (typeof newest.lang === 'string') root.lang = newest.lang;
      scrollToEnd();
    }
  }

  function setStatus(text, warn) {
    els.status.textContent = text || '';
    els.status.className = warn ? 'status warn' : 'status';
  }

  // ---- Network ----

  function request(method, url, body) {
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS) : null;
    var init = {
      method: method,
      headers: { Accept: 'application/json' },
      cache: 'no-store',
      credentials: 'same-origin',
      referrerPolicy: 'no-referrer',
    };
    if (controller) init.signal = controller.signal;
    if (body) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(url, init)
      .then(function (res) {
        return res.json().then(
          function (data) { return { status: res.status, data: data || {} }; },
          function () { return { status: res.status, data: {} }; }
        );
      })
      .then(
        function (r) { clearTimeout(timer); return r; },
        function (e) { clearTimeout(timer); throw e; }
      );
  }

  function accept(data) {
    if (state.exited) return;
    if (data && typeof data.cursor === 'string') state.cursor = data.cursor;
    renderMessages(data && data.messages);
  }

  /**
   * Posts one action (text, choice, location or command). `own` is what to show as her message once
   * the server has it. Text stays in the box until then, so a refused send loses nothing.
   */
  function send(action, own, clientMessageId) {
    if (state.exited) return;
    if (state.retryTimer && !clientMessageId) {
      setStatus('Please wait a moment. Your message will be sent shortly.', true);
      return;
    }
    if (state.sending) {
      setStatus('Sending… please wait.', false);
      return;
    }
    var id = clientMessageId || uuid();
    var body = { sessionId: state.sid, clientMessageId: id };
    Object.keys(action).forEach(function (k) { body[k] = action[k]; });
    if (state.cursor) body.after = state.cursor;

    state.sending = true;
    els.send.disabled = true;
    setStatus('Sending…', false);
    request('POST', API, body)
      .then(function (r) {
        if (r.status === 200) {
          setStatus('', false);
          if (own !== null) showOwn(own);
          if (action.text !== undefined && els.input.value === action.text) els.input.value = '';
          accept(r.data);
          return;
        }
        if (r.status === 429) {
          var wait = Math.max(1, Math.min(300, Number(r.data.retryAfterSeconds) || 5));
          setStatus('Too many messages at once. Your message is kept and will be sent in ' + wait + ' seconds.', true);
          // Same clientMessageId: the server can tell a retry from a new message.
          state.retryTimer = setTimeout(function () {
            state.retryTimer = null;
            retry(action, own, id);
          }, wait * 1000);
          return;
        }
        if (r.status === 413) setStatus('That message is too long. Please send it in shorter parts.', true);
        else setStatus('That could not be sent. Please try again.', true);
      })
      .catch(function () {
        setStatus('No connection. Your message is kept — press Send again. In danger now? Call 112.', true);
      })
      .then(function () {
        state.sending = false;
        els.send.disabled = false;
        schedulePoll();
      });
  }

  function retry(action, own, id) {
    // If she changed or cleared the text while waiting, send what is in the box now, or nothing.
    if (action.text !== undefined) {
      var current = els.input.value.trim();
      if (!current) return setStatus('', false);
      if (current !== action.text) return send({ text: current }, current, uuid());
    }
    send(action, own, id);
  }

  function poll() {
    if (state.exited) return;
    if (state.sending || state.polling) return schedulePoll();
    state.polling = true;
    var url = API + '?sessionId=' + encodeURIComponent(state.sid) +
      (state.cursor ? '&after=' + encodeURIComponent(state.cursor) : '');
    request('GET', url, null)
      .then(function (r) {
        if (r.status === 200) accept(r.data);
      })
      .catch(function () { /* offline: try again at the next tick */ })
      .then(function () {
        state.polling = false;
        schedulePoll();
      });
  }

  function schedulePoll(delay) {
    if (state.exited) return;
    clearTimeout(state.pollTimer);
    var ms = delay !== undefined ? delay : document.hidden ? POLL_HIDDEN_MS : POLL_VISIBLE_MS;
    state.pollTimer = setTimeout(poll, ms);
  }

  // ---- Location ----

  function shareLocation(button) {
    var fallback = 'Could not get your location. You can type your district instead.';
    if (!navigator.geolocation) return setStatus(fallback, true);
    button.disabled = true;
    setStatus('Finding your location…', false);
    navigator.geolocation.getCurrentPosition(
      function (pos) {
        button.disabled = false;
        send({ location: { latitude: pos.coords.latitude, longitude: pos.coords.longitude } }, 'Location shared');
      },
      function () {
        button.disabled = false;
        setStatus(fallback, true);
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 }
    );
  }

  // ---- Start ----

  function start() {
    els.log = document.getElementById('log');
    els.status = document.getElementById('status');
    els.form = document.getElementById('composer');
    els.input = document.getElementById('message');
    els.send = document.getElementById('send');
    if (!els.log || !els.form || !els.input || !els.send || !els.status) return;

    els.form.hidden = false;
    els.form.addEventListener('submit', function (e) {
      e.preventDefault();
      var text = els.input.value.trim();
      if (!text) return;
      send({ text: text }, text);
    });

    document.addEventListener('visibilitychange', function () {
      // Back in view: look for a counsellor's reply now rather than in 15 s.
      schedulePoll(document.hidden ? POLL_HIDDEN_MS : 0);
    });

    // New session: the welcome. A reload in the same tab: the server keeps no transcript for the page
    // (only later messages, such as a counsellor's, wait to be collected), so 'start' brings back the
    // menu in her language, and the poll collects anything waiting.
    loadSession();
    send({ command: 'start' }, null);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
