/* StatusGen status widget. Usage: <script src="https://STATUS-SITE/widget/widget.js" async></script>
   Optional: put <a data-statusgen-widget></a> where the status should appear. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.fetch) { return; }
  var api = new URL("../api/v2/status.json", script.src);
  var home = new URL("../", script.src).href;
  var colors = { none: "#2e7d32", minor: "#8a5a00", major: "#b23c00", critical: "#c62828", maintenance: "#1565c0" };
  var labels = {"All Systems Operational":"All systems operational","Major System Outage":"Major outage","Partial System Outage":"Partial outage","Partially Degraded Service":"Degraded performance","Service Under Maintenance":"Under maintenance"};
  var targets = document.querySelectorAll("[data-statusgen-widget]");
  if (targets.length === 0) {
    var link = document.createElement("a");
    link.setAttribute("data-statusgen-widget", "");
    link.href = home;
    link.target = "_blank";
    link.rel = "noopener";
    script.parentNode.insertBefore(link, script.nextSibling);
    targets = [link];
  }

  function render(status) {
    var text = labels[status.description] || status.description;
    var key = status.description === "Service Under Maintenance" ? "maintenance" : status.indicator;
    for (var i = 0; i < targets.length; i++) {
      var target = targets[i];
      var dot = document.createElement("span");
      dot.setAttribute("aria-hidden", "true");
      dot.style.display = "inline-block";
      dot.style.width = dot.style.height = "0.6em";
      dot.style.borderRadius = "50%";
      dot.style.marginRight = "0.4em";
      dot.style.background = colors[key] || colors.major;
      var label = document.createElement("span");
      label.textContent = text;
      target.textContent = "";
      target.appendChild(dot);
      target.appendChild(label);
      target.setAttribute("data-indicator", status.indicator);
    }
  }

  function load() {
    fetch(api.href, { cache: "no-cache" })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (data) { render(data.status); })
      .catch(function () { /* keep the last known status; the next refresh tries again */ });
  }

  load();
  setInterval(load, 60000);
})();
