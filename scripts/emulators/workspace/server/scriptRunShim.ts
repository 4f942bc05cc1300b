/**
 * The client side of google.script.run for sidebar pages served by the emulator: each call POSTs
 * {function, args, user, containerId} to /_workspace/run, which runs the server function as that
 * user, and calls the success or failure handler (with the user object as second argument).
 * Like the real one, it refuses Date and function arguments.
 * https://developers.google.com/apps-script/guides/html/reference/run
 */
export function scriptRunShim(user: string, containerId: string | null): string {
  const config = JSON.stringify({ user, containerId });
  return `<script>
(function () {
  var config = ${config.replace(/</g, '\\u003c')};
  function illegal(value) {
    if (Object.prototype.toString.call(value) === '[object Date]' || typeof value === 'function') return true;
    if (value && typeof value === 'object') {
      for (var k in value) if (Object.prototype.hasOwnProperty.call(value, k) && illegal(value[k])) return true;
    }
    return false;
  }
  function runner(success, failure, userObject) {
    var target = {
      withSuccessHandler: function (fn) { return runner(fn, failure, userObject); },
      withFailureHandler: function (fn) { return runner(success, fn, userObject); },
      withUserObject: function (obj) { return runner(success, failure, obj); }
    };
    return new Proxy(target, {
      get: function (t, name) {
        if (name in t) return t[name];
        if (typeof name !== 'string') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          var fail = function (error) {
            if (failure) failure(error, userObject); else console.error(error);
          };
          if (args.some(illegal)) { fail(new Error('Failed due to illegal value in argument.')); return; }
          fetch('/_workspace/run', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ function: name, args: args, user: config.user, containerId: config.containerId })
          }).then(function (r) { return r.json(); }).then(function (answer) {
            if (answer.ok) { if (success) success(answer.value, userObject); }
            else { var e = new Error(answer.error.message); e.name = answer.error.name; fail(e); }
          }, fail);
        };
      }
    });
  }
  window.google = window.google || {};
  google.script = google.script || {};
  google.script.run = runner(null, null, undefined);
  google.script.host = {
    origin: location.origin,
    close: function () { window.__workspaceClosed = true; },
    setHeight: function () {},
    setWidth: function () {},
    editor: { focus: function () {} }
  };
  google.script.url = {
    getLocation: function (callback) {
      var parameter = {}, parameters = {};
      new URLSearchParams(location.search).forEach(function (v, k) {
        if (!(k in parameter)) parameter[k] = v;
        (parameters[k] = parameters[k] || []).push(v);
      });
      callback({ hash: location.hash.slice(1), parameter: parameter, parameters: parameters });
    }
  };
})();
</script>`;
}

/** Puts the shim first in <head> (or at the top when the page has none). */
export function injectShim(html: string, shim: string): string {
  const head = /<head[^>]*>/i.exec(html);
  if (head !== null) return html.slice(0, head.index + head[0].length) + shim + html.slice(head.index + head[0].length);
  return shim + html;
}
