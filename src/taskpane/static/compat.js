// ES5 on purpose: it must run in the old webviews (Internet Explorer 11, Edge Legacy) that Office
// 2016 and 2019 on Windows still use, where the pane itself cannot run, and say what to do instead.
(function () {
  if (window.tdktModern === true) return;
  window.tdktOldWebview = true;
  function show() {
    var root = document.getElementById("root");
    if (!root) return;
    root.innerHTML =
      '<div role="alert" style="padding:12px;line-height:1.5">' +
      "<p><b>Excel này mở ngăn bằng trình duyệt cũ</b> (Internet Explorer hoặc Edge cũ), nên ngăn " +
      "Thi đua – Khen thưởng không chạy được ở đây.</p>" +
      "<p>Hãy mở sổ bằng <b>Excel trên web</b> (office.com, đăng nhập bằng tài khoản Microsoft của cơ quan) " +
      "và dùng ngăn ở đó, hoặc dùng Excel 2021, 2024 hay Microsoft 365. Với Office 2016/2019 bản bán lẻ, " +
      "cán bộ tin học có thể cài Microsoft Edge WebView2 Runtime để ngăn chạy được.</p>" +
      '<p lang="en">This Excel opens add-ins in an old browser (Internet Explorer or Edge Legacy), where the ' +
      "pane cannot run. Open the workbook in Excel on the web, or use Excel 2021, 2024 or Microsoft 365; " +
      "for retail Office 2016/2019, installing the Microsoft Edge WebView2 Runtime also works.</p>" +
      "</div>";
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
