// Connects Web Chat to TaskBot's own Direct Line. The page keeps its last token so that a reload resumes
// the same conversation; the server swaps it for a fresh one.
(async function () {
  const storageKey = 'taskbot.directline';
  const status = document.getElementById('status');
  const saved = JSON.parse(localStorage.getItem(storageKey) || 'null');

  const response = await fetch('webchat/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: saved && saved.token })
  });
  if (!response.ok) {
    status.textContent = '无法连接 TaskBot（' + response.status + '）';
    return;
  }
  const session = await response.json();
  localStorage.setItem(storageKey, JSON.stringify({ token: session.token, conversationId: session.conversationId }));

  const directLine = window.WebChat.createDirectLine({
    token: session.token,
    conversationId: session.resumed ? session.conversationId : undefined,
    domain: new URL('v3/directline', window.location.href).toString().replace(/\/$/, ''),
    webSocket: true
  });
  directLine.connectionStatus$.subscribe(function (s) {
    status.textContent = ['', '连接中…', '已连接', '令牌已过期', '连接失败', '会话已结束'][s] || '';
  });
  directLine.activity$.subscribe(function (a) {
    if (a.from && a.from.id === session.userId && a.type === 'message') {
      const latest = JSON.parse(localStorage.getItem(storageKey) || '{}');
      localStorage.setItem(storageKey, JSON.stringify(Object.assign(latest, { token: directLine.token || latest.token })));
    }
  });

  window.WebChat.renderWebChat({
    directLine: directLine,
    userID: session.userId,
    locale: navigator.language && navigator.language.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN',
    styleOptions: { bubbleBorderRadius: 8, bubbleFromUserBackground: '#fee2e2', suggestedActionLayout: 'flow' }
  }, document.getElementById('webchat'));
})();
