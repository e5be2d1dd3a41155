//! The document's stylesheet: A4 portrait, margins, fonts and sizes per Nghị định 30/2020/NĐ-CP.

/// Inline CSS of the printed document.
pub(crate) const CSS: &str = r#"@page {
  size: A4;
  margin: 20mm 15mm 20mm 30mm;
  @top-center {
    content: counter(page);
    font-family: "Times New Roman", Tinos, "Liberation Serif", serif;
    font-size: 13pt;
    color: #000;
  }
}
@page :first {
  @top-center { content: none; }
}
html { color: #000; background: #fff; }
body {
  margin: 0;
  font-family: "Times New Roman", Tinos, "Liberation Serif", serif;
  font-size: 14pt;
  line-height: 1.25;
  color: #000;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
p { margin: 0 0 6pt; text-align: justify; text-indent: 1.27cm; orphans: 2; widows: 2; }
table { border-collapse: collapse; }
.dau { width: 100%; table-layout: fixed; margin: 0 0 18pt; }
.dau td { padding: 0; vertical-align: top; text-align: center; }
.dau-trai { width: 38%; }
.dau-phai { width: 62%; }
.dau p { margin: 0; text-indent: 0; text-align: center; line-height: 1.2; }
.cq { display: inline-block; }
.cq-chu-quan { font-size: 13pt; }
.cq-ban-hanh { font-size: 13pt; font-weight: bold; }
.gach { height: 0; border-top: 1px solid #000; margin: 2pt auto 0; }
.gach-cq { width: 40%; }
.quoc-hieu { font-size: 12pt; font-weight: bold; white-space: nowrap; }
.tieu-ngu { font-size: 13pt; font-weight: bold; }
.tieu-ngu span { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1pt; }
.dau td.so, .dau td.dia-danh-ngay { padding-top: 8pt; }
.dau td.so { font-size: 13pt; }
.dau td.dia-danh-ngay { font-size: 14pt; font-style: italic; }
h1.ten-loai { font-size: 14pt; font-weight: bold; text-align: center; margin: 0; line-height: 1.25; }
p.trich-yeu { font-size: 14pt; font-weight: bold; text-align: center; text-indent: 0; margin: 0; }
.gach-trich-yeu { width: 30%; margin: 4pt auto 12pt; }
p.can-cu { font-style: italic; }
p.nhom, p.muc { font-weight: bold; break-after: avoid; }
p.tieu-muc { font-weight: bold; font-style: italic; break-after: avoid; }
table.bang { width: 100%; margin: 0 0 6pt; font-size: 13pt; line-height: 1.2; }
.bang thead { display: table-header-group; }
.bang th.rong { width: 30%; }
.bang th.vua { width: 15%; }
.bang th, .bang td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
.bang th { font-weight: bold; text-align: center; vertical-align: middle; }
.bang tr { break-inside: avoid; }
.bang .stt, .bang .giua { text-align: center; }
.ky { width: 100%; table-layout: fixed; margin: 12pt 0 0; break-inside: avoid; }
.ky td { padding: 0; vertical-align: top; }
td.noi-nhan { width: 45%; }
td.noi-nhan p { margin: 0; text-indent: 0; text-align: left; font-size: 11pt; line-height: 1.2; }
td.noi-nhan p.noi-nhan-tieu-de { font-size: 12pt; font-weight: bold; font-style: italic; }
td.nguoi-ky p { margin: 0; text-indent: 0; text-align: center; font-size: 14pt; font-weight: bold; }
.cho-ky { height: 2.5cm; }
.phu-luc { break-before: page; }
.phu-luc p.phu-luc-so, .phu-luc p.phu-luc-ten { margin: 0; text-indent: 0; text-align: center; font-weight: bold; font-size: 14pt; }
.phu-luc p.phu-luc-kem { text-indent: 0; text-align: center; font-style: italic; margin: 0 0 12pt; }
.ghi-chu { margin-top: 24pt; border-top: 1px solid #000; padding-top: 6pt; font-size: 12pt; break-inside: avoid; }
.ghi-chu p { text-indent: 0; margin: 0 0 3pt; }
.ghi-chu p.ghi-chu-tieu-de { font-weight: bold; }
.ghi-chu p.ghi-chu-nhom { font-style: italic; }
.con-loi { border: 2px dashed #000; padding: 4pt 6pt; margin-top: 6pt; }
.con-loi p.con-loi-tieu-de { font-weight: bold; }
@media screen {
  html { background: #e6e6e6; }
  .trang {
    box-sizing: border-box;
    width: 210mm;
    min-height: 297mm;
    margin: 12px auto;
    padding: 20mm 15mm 20mm 30mm;
    background: #fff;
    box-shadow: 0 0 4px rgba(0, 0, 0, 0.35);
  }
}
@media screen and (max-width: 220mm) {
  .trang { width: auto; min-height: 0; margin: 0; padding: 12px; box-shadow: none; }
}
@media print {
  .trang { margin: 0; padding: 0; }
}
"#;
