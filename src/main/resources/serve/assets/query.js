// The query page: YASGUI on this server's /sparql, the example queries one click away.
// Nothing is fetched from elsewhere: prefixes come from /assets/prefixes.json, and the
// completers that call out (Linked Open Vocabularies) are switched off.
(function () {
  "use strict";
  var endpoint = window.location.origin + "/sparql";
  var examples = JSON.parse(document.getElementById("example-queries").textContent);
  document.getElementById("endpoint").textContent = endpoint;

  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  Yasgui.Yasqe.defaults.prefixCcApi = "/assets/prefixes.json";
  Yasgui.defaults.yasqe.autocompleters = ["prefixes", "variables"];
  Yasgui.defaults.yasqe.prefixCcApi = "/assets/prefixes.json";
  Yasgui.defaults.yasqe.editorHeight = "420px";

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    autoAddOnInit: false,
    persistenceId: "disclosure-kg",
    tabName: "查询",
    endpointCatalogueOptions: {
      getData: function () { return [{ endpoint: endpoint }]; },
      keys: []
    }
  });

  function open(example) {
    return yasgui.addTab(true, {
      name: example.tab,
      yasqe: { value: example.text },
      requestConfig: { endpoint: endpoint, method: "POST" }
    }, { avoidDuplicateTabs: true });
  }

  // A first visit opens the first example and runs it, so the page shows an answer, not an empty editor.
  if (Object.keys(yasgui._tabs).length === 0 && examples.length > 0) {
    open(examples[0]).query().catch(function () {});
  }
  document.querySelectorAll("a.example").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var example = examples.find(function (e) { return e.name === link.dataset.name; });
      if (example) {
        event.preventDefault();
        open(example);
      }
    });
  });
})();
