// The web chat's page script. Plain browser JavaScript, served as a file so the page's CSP allows
// no inline script. Every text goes into the page with textContent, never innerHTML: nothing a
// young person or the bot types can run as script.
(function () {
  'use strict';

  // The session is the server's: an http-only cookie this script never sees. An id an older version
  // kept in storage is removed.
  var OLD_SESSION_KEY = 'jl-chat-session';
  var SENT_KEY = 'jl-chat-sent';
  // The own messages kept for a reload are forgotten when the session would have ended (90 days).
  var SENT_DAYS = 90;
  // The server replays only the bot's messages; the young person's own are kept here to show them
  // again after a reload. Capped so a long chat does not fill the storage.
  var MAX_SENT = 200;
  var TYPING_TIMEOUT_MS = 30000;

  var config = JSON.parse(byId('chat-config').textContent);
  var t = config.texts;
  var scroller = byId('scroller');
  var log = byId('log');
  var form = byId('composer');
  var input = byId('input');
  var typing = byId('typing');
  var statusNotice = byId('status');
  var welcome = byId('welcome');
  var startButton = byId('start');
  var newChatButton = byId('new-chat');
  var languageMenu = document.querySelector('.languages');
  var pageDir = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';

  var store = openStorage();
  if (store) store.removeItem(OLD_SESSION_KEY);
  var sent = loadSent();
  var shown = {}; // ids of own messages already in the log
  var lastBotId = 0;
  var typingTimer = null;
  var source = null;

  welcome.hidden = sent.length > 0;
  newChatButton.hidden = sent.length === 0;
  showSentUpTo(0);
  connect();

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = '';
    send({ text: text });
  });

  startButton.addEventListener('click', function () {
    send({ text: t.startWord });
  });

  // The young person's data was erased: this page forgets it too (a shared phone shows nothing of it)
  // and asks the server for a new session, so a next message starts afresh.
  function forgetConversation() {
    if (source) source.close();
    if (store) store.removeItem(SENT_KEY);
    fetch('/chat/session', { method: 'POST' }).finally(function () {
      window.location.reload();
    });
  }

  newChatButton.addEventListener('click', function () {
    if (!window.confirm(t.newChatConfirm)) return;
    if (store) store.removeItem(SENT_KEY);
    // The server gives this browser a new session; the page then starts empty.
    fetch('/chat/session', { method: 'POST' }).finally(function () {
      window.location.reload();
    });
  });

  // The language menu closes like any menu: a tap elsewhere or Escape.
  document.addEventListener('click', function (event) {
    if (languageMenu && languageMenu.open && !languageMenu.contains(event.target)) languageMenu.open = false;
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && languageMenu && languageMenu.open) {
      languageMenu.open = false;
      languageMenu.querySelector('summary').focus();
    }
  });

  function connect() {
    // With own messages still shown, the server is told: if it no longer has that conversation, it was erased.
    source = new EventSource(sent.length > 0 ? '/chat/events?history=1' : '/chat/events');
    source.addEventListener('message', onBotMessage);
    source.addEventListener('erased', forgetConversation);
    source.addEventListener('open', function () {
      statusNotice.hidden = true;
    });
    source.addEventListener('error', function () {
      statusNotice.hidden = false;
      // EventSource retries by itself (resuming from Last-Event-ID) unless the server refused it.
      if (source.readyState === EventSource.CLOSED) {
        source.close();
        window.setTimeout(connect, 5000);
      }
    });
  }

  function onBotMessage(event) {
    var message;
    try {
      message = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (typeof message.id !== 'number' || message.id <= lastBotId) return;
    lastBotId = message.id;
    welcome.hidden = true;
    hideTyping();
    var choices = Array.isArray(message.choices) ? message.choices : [];
    if (choices.length) disableChoices();
    var item = addBubble('bot', String(message.text || ''));
    if (choices.length) addChoices(item, choices);
    setExpects(message.expects);
    showSentUpTo(message.id);
  }

  /** Own messages sent after bot message `botId` (or earlier), not yet shown: after a reload. */
  function showSentUpTo(botId) {
    for (var i = 0; i < sent.length; i++) {
      var entry = sent[i];
      if (entry.after <= botId && !shown[entry.id]) showOwn(entry);
    }
  }

  function send(message) {
    var entry = { id: newId(), text: message.text, choice: message.choice, after: lastBotId };
    var first = sent.length === 0;
    sent.push(entry);
    saveSent();
    welcome.hidden = true;
    newChatButton.hidden = false;
    var item = showOwn(entry);
    post(entry, item, first);
  }

  function showOwn(entry) {
    shown[entry.id] = true;
    if (entry.choice) markChosen(entry.choice);
    disableChoices();
    return addBubble('own', entry.text);
  }

  function post(entry, item, first) {
    var body = { text: entry.text, messageId: entry.id };
    if (entry.choice) body.choice = entry.choice;
    if (first && config.startCode) body.entryPoint = config.startCode;
    // The page's language, so the bot can start in it (the route may ignore it until it is wired).
    if (first) body.locale = config.lang;
    clearFailure(item);
    showTyping();
    fetch('/chat/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
      .then(function (response) {
        if (!response.ok) throw new Error('status ' + response.status);
      })
      .catch(function () {
        hideTyping();
        markFailed(entry, item, first);
      });
  }

  function markFailed(entry, item, first) {
    item.classList.add('failed');
    var note = document.createElement('p');
    note.className = 'failure';
    note.textContent = t.sendFailed + ' ';
    var retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'utrecht-button utrecht-button--secondary-action button button-small';
    retry.textContent = t.retry;
    // The same messageId again: if the first try did arrive, the server ignores the repeat.
    retry.addEventListener('click', function () {
      post(entry, item, first);
    });
    note.appendChild(retry);
    item.appendChild(note);
  }

  function clearFailure(item) {
    item.classList.remove('failed');
    var note = item.querySelector('.failure');
    if (note) note.remove();
  }

  function addBubble(from, text) {
    var item = document.createElement('li');
    item.className = 'msg msg-' + from;
    var bubble = document.createElement('p');
    bubble.className = 'bubble';
    // The language can change mid-conversation (an Arabic answer on a Dutch page): each bubble takes
    // its direction from its own text. The hidden speaker label has a dir of its own, so its Latin
    // "Jongerenloket" does not decide the direction of an Arabic message.
    bubble.setAttribute('dir', 'auto');
    var who = document.createElement('span');
    who.className = 'visually-hidden';
    who.setAttribute('dir', pageDir);
    who.textContent = (from === 'bot' ? t.botName : t.you) + ': ';
    bubble.appendChild(who);
    appendText(bubble, text, from === 'bot');
    item.appendChild(bubble);
    log.appendChild(item);
    scrollDown();
    return item;
  }

  // A link the bot sends (the privacy statement, a one-time link to "mijn gegevens") can be tapped.
  // Built as an element with textContent, never as markup; only http(s), and only in the bot's bubbles.
  function appendText(bubble, text, linkify) {
    var parts = linkify ? String(text).split(/(https?:\/\/[^\s]+)/) : [String(text)];
    parts.forEach(function (part, i) {
      if (i % 2 === 0) {
        if (part) bubble.appendChild(document.createTextNode(part));
        return;
      }
      var link = document.createElement('a');
      link.href = part;
      link.textContent = part;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      bubble.appendChild(link);
    });
  }

  function addChoices(item, choices) {
    var group = document.createElement('div');
    group.className = 'choices';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', t.choicesLabel);
    choices.forEach(function (choice) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'utrecht-button utrecht-button--secondary-action button choice';
      button.setAttribute('dir', 'auto');
      button.textContent = String(choice.title);
      button.setAttribute('data-choice', String(choice.id));
      button.addEventListener('click', function (event) {
        if (button.disabled) return;
        send({ text: String(choice.title), choice: String(choice.id) });
        // A keyboard user (click without a pointer: detail 0) keeps focus in the chat; on a
        // phone we do not pop up the keyboard over the bot's answer.
        if (event.detail === 0) input.focus();
      });
      group.appendChild(button);
    });
    item.appendChild(group);
    scrollDown();
  }

  /** Highlights the tapped button, also when the history is replayed after a reload. */
  function markChosen(id) {
    var buttons = log.querySelectorAll('.choice:not(:disabled)');
    for (var i = 0; i < buttons.length; i++) {
      if (buttons[i].getAttribute('data-choice') === id) buttons[i].classList.add('chosen');
    }
  }

  function disableChoices() {
    var buttons = log.querySelectorAll('.choice');
    for (var i = 0; i < buttons.length; i++) buttons[i].disabled = true;
  }

  function setExpects(expects) {
    var placeholders = {
      number: t.placeholderNumber,
      date: t.placeholderDate,
      choice: t.placeholderChoice,
    };
    input.setAttribute('inputmode', expects === 'number' ? 'numeric' : 'text');
    input.placeholder = placeholders[expects] || t.placeholder;
  }

  function showTyping() {
    typing.hidden = false;
    scrollDown();
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(hideTyping, TYPING_TIMEOUT_MS);
  }

  function hideTyping() {
    typing.hidden = true;
    window.clearTimeout(typingTimer);
  }

  function scrollDown() {
    scroller.scrollTop = scroller.scrollHeight;
  }

  function openStorage() {
    try {
      var s = window.localStorage;
      s.setItem('jl-chat-probe', '1');
      s.removeItem('jl-chat-probe');
      return s;
    } catch (e) {
      return null; // private mode or storage off: the chat works, a reload starts afresh
    }
  }

  function loadSent() {
    try {
      var saved = JSON.parse((store && store.getItem(SENT_KEY)) || '{}');
      var fresh = saved && typeof saved.savedAt === 'number' && Date.now() - saved.savedAt < SENT_DAYS * 86400000;
      return fresh && Array.isArray(saved.list) ? saved.list : [];
    } catch (e) {
      return [];
    }
  }

  function saveSent() {
    if (sent.length > MAX_SENT) sent = sent.slice(sent.length - MAX_SENT);
    try {
      if (store) store.setItem(SENT_KEY, JSON.stringify({ savedAt: Date.now(), list: sent }));
    } catch (e) {
      // storage full: the message is still sent, only the local history misses it
    }
  }

  function newId() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
    // randomUUID needs a secure context; plain http on a local network falls back to this.
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map
      .call(bytes, function (b) {
        return ('0' + b.toString(16)).slice(-2);
      })
      .join('');
  }

  function byId(id) {
    return document.getElementById(id);
  }
})();
