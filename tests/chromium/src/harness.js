// Test-only, injected by the Chromium harness into index.html: the part of Tauri that ui/api.js uses, forwarded to the real core over fetch.
(() => {
  async function invoke(cmd, args) {
    const r = await fetch('/__tandem/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cmd, args: args === undefined ? null : args }),
    });
    const body = await r.json();
    if (Object.prototype.hasOwnProperty.call(body, 'error')) throw body.error;
    return body.ok;
  }
  // Progress events are a nicety of the window; without them the UI still works (see api.js).
  async function listen() {
    return () => {};
  }
  window.__TAURI__ = { core: { invoke }, event: { listen } };
  // The Tauri window's CSP is sent as a header: anything it blocks is collected for the test.
  window.__tandemCspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__tandemCspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
  });
})();
