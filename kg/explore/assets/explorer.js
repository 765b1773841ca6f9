// govkg explorer: draws the network, then search, class filter, details panel, physics toggle.
// Tooltip strings arrive as HTML that kg/explore/style.py built with every value escaped;
// vis-network shows a string title as plain text, so each becomes an element here.
(function () {
  "use strict";
  var status = document.getElementById("kg-status");
  var payload = JSON.parse(document.getElementById("kg-data").textContent);

  function tip(html) {
    var div = document.createElement("div");
    div.className = "kg-tip";
    div.innerHTML = html;
    return div;
  }
  function withTips(items) {
    return items.map(function (item) {
      item.tipHtml = item.title;
      item.title = tip(item.title);
      return item;
    });
  }

  var nodes = new vis.DataSet(withTips(payload.nodes));
  var edges = new vis.DataSet(withTips(payload.edges));
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, payload.options);
  window.kgExplorer = { network: network, nodes: nodes, edges: edges };
  status.setAttribute("data-nodes", String(nodes.length));
  status.setAttribute("data-edges", String(edges.length));

  var physicsButton = document.getElementById("kg-physics");
  var physicsOn = payload.options.physics.enabled;
  function setPhysics(on) {
    physicsOn = on;
    network.setOptions({ physics: { enabled: on } });
    physicsButton.textContent = on ? "physics: on (click to freeze)" : "physics: off (click to resume)";
  }
  function settled() {
    // stop the simulation once laid out: a still picture stays responsive with 2,000 nodes
    setPhysics(false);
    status.setAttribute("data-stabilized", "true");
  }
  if (physicsOn) {
    network.once("stabilizationIterationsDone", settled);
  } else {
    settled();
  }
  physicsButton.addEventListener("click", function () { setPhysics(!physicsOn); });
  network.once("afterDrawing", function () { status.setAttribute("data-drawn", "true"); });

  document.getElementById("kg-fit").addEventListener("click", function () {
    network.fit({ animation: { duration: 400 } });
  });

  // details panel: what the tooltip showed, kept until the next click
  var details = document.getElementById("kg-details");
  network.on("click", function (params) {
    var item = null;
    if (params.nodes.length) { item = nodes.get(params.nodes[0]); }
    else if (params.edges.length) { item = edges.get(params.edges[0]); }
    if (item) { details.innerHTML = item.tipHtml; }
  });

  // class filter: hiding a node hides its edges too
  Array.prototype.forEach.call(document.querySelectorAll("#kg-legend input[data-kind]"), function (box) {
    box.addEventListener("change", function () {
      var kind = box.getAttribute("data-kind");
      nodes.update(nodes.get({ filter: function (n) { return n.kind === kind; } })
        .map(function (n) { return { id: n.id, hidden: !box.checked }; }));
    });
  });

  // search: select every visible node whose label contains the text, zoom to them
  var search = document.getElementById("kg-search");
  var found = document.getElementById("kg-found");
  var matches = [];
  var cursor = 0;
  function runSearch() {
    var text = search.value.trim().toLowerCase();
    matches = !text ? [] : nodes.getIds({
      filter: function (n) { return !n.hidden && String(n.label).toLowerCase().indexOf(text) >= 0; }
    });
    cursor = 0;
    network.selectNodes(matches);
    found.textContent = text ? matches.length + " found" + (matches.length > 1 ? " (Enter: next)" : "") : "";
    if (matches.length) { network.fit({ nodes: matches, animation: { duration: 400 } }); }
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || !matches.length) { return; }
    var id = matches[cursor % matches.length];
    cursor += 1;
    network.focus(id, { scale: 1.2, animation: { duration: 300 } });
    network.selectNodes([id]);
    details.innerHTML = nodes.get(id).tipHtml;
  });
})();
