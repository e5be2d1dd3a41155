//! The printable summary (báo cáo tổng hợp): one self-contained A4 HTML page in the form of
//! Nghị định 30/2020/NĐ-CP with the Sở's header, the figures' statistics, who has not reported,
//! the figures to check and the bar charts. Every text goes through the HTML escape; no script.

use crate::number::format_decimal;
use crate::render::push_escaped;

use super::chart::bar_chart_svg;
use super::read::Compilation;
use super::sheets::rate_explanation;
use super::stats::FigureStats;
use super::table::FigureTable;
use super::units::ExpectedCheck;

/// The Sở's part of the header, editable on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryHeader {
    /// "UBND TỈNH QUẢNG NGÃI".
    pub parent_body: String,
    /// "SỞ KHOA HỌC VÀ CÔNG NGHỆ".
    pub issuing_body: String,
    /// "BC-SKHCN".
    pub symbol: String,
    /// "Quảng Ngãi".
    pub place: String,
    /// The date of the summary (dd/mm/yyyy), "" for blanks.
    pub date: String,
}

impl Default for SummaryHeader {
    fn default() -> Self {
        SummaryHeader {
            parent_body: "UBND TỈNH QUẢNG NGÃI".into(),
            issuing_body: "SỞ KHOA HỌC VÀ CÔNG NGHỆ".into(),
            symbol: "BC-SKHCN".into(),
            place: "Quảng Ngãi".into(),
            date: String::new(),
        }
    }
}

const CSS: &str = r#"@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { margin: 0; font-family: "Times New Roman", Tinos, "Liberation Serif", serif; font-size: 13pt; color: #000; background: #fff; line-height: 1.25; }
.dau { width: 100%; table-layout: fixed; border-collapse: collapse; margin-bottom: 16pt; }
.dau td { vertical-align: top; text-align: center; padding: 0; }
.dau p { margin: 0; text-align: center; }
.cq-ban-hanh span { white-space: nowrap; }
.cq-chu-quan { font-size: 13pt; }
.cq-ban-hanh, .quoc-hieu { font-size: 12pt; font-weight: bold; white-space: nowrap; }
.tieu-ngu { font-size: 14pt; font-weight: bold; }
.tieu-ngu span, .cq span { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1pt; }
.ngay { font-style: italic; font-size: 14pt; padding-top: 8pt; }
.so { padding-top: 8pt; }
h1 { font-size: 14pt; text-align: center; margin: 0; }
.trich-yeu { font-size: 14pt; font-weight: bold; text-align: center; margin: 0 0 14pt; }
h2 { font-size: 13pt; margin: 14pt 0 6pt; }
p { margin: 0 0 6pt; text-align: justify; }
table.bang { width: 100%; border-collapse: collapse; font-size: 11pt; margin-bottom: 8pt; table-layout: fixed; }
.bang th, .bang td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: top; }
.bang thead { display: table-header-group; }
.bang td.so-lieu { text-align: right; }
.bang tr { break-inside: avoid; }
svg.bieu-do { display: block; max-width: 100%; height: auto; margin: 6pt 0 12pt; break-inside: avoid; }
"#;

fn esc(out: &mut String, t: &str) {
    push_escaped(out, t);
}

fn long_date(date: &str) -> String {
    match crate::date::Date::parse(date) {
        Ok(d) => d.long_form(),
        Err(_) => "ngày      tháng      năm      ".into(),
    }
}

/// The whole summary page.
pub fn summary_html(
    c: &Compilation,
    table: &FigureTable,
    stats: &[FigureStats],
    expected: Option<&ExpectedCheck>,
    header: &SummaryHeader,
) -> String {
    let mut o = String::with_capacity(16_000 + table.rows.len() * table.columns.len() * 40);
    o.push_str("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n<title>Tổng hợp báo cáo – ");
    esc(&mut o, &table.title);
    o.push_str("</title>\n<style>\n");
    o.push_str(CSS);
    o.push_str("</style>\n</head>\n<body>\n<table class=\"dau\"><tr><td style=\"width:42%\"><p class=\"cq-chu-quan\">");
    esc(&mut o, &header.parent_body.to_uppercase());
    o.push_str("</p><p class=\"cq cq-ban-hanh\"><span>");
    esc(&mut o, &header.issuing_body.to_uppercase());
    o.push_str("</span></p></td><td><p class=\"quoc-hieu\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p class=\"tieu-ngu\"><span>Độc lập - Tự do - Hạnh phúc</span></p></td></tr>\n<tr><td class=\"so\">Số:\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}/");
    esc(&mut o, &header.symbol);
    o.push_str("</td><td class=\"ngay\">");
    esc(&mut o, &header.place);
    o.push_str(", ");
    o.push_str(&long_date(&header.date));
    o.push_str("</td></tr></table>\n<h1>BÁO CÁO</h1>\n<p class=\"trich-yeu\">Tổng hợp số liệu chuyển đổi số của các xã, phường, đặc khu<br>");
    esc(&mut o, &table.title);
    o.push_str("</p>\n");

    // I. Reports received.
    let current = c.current();
    let in_table: usize = table.rows.iter().map(|r| r.reports.len()).sum();
    o.push_str("<h2>I. TÌNH HÌNH NHẬN BÁO CÁO</h2>\n");
    o.push_str(&format!(
        "<p>Đã nhận {} tệp báo cáo của {} đơn vị; bảng tổng hợp dùng {} báo cáo.",
        c.files_seen(),
        c.reporting_units().len(),
        in_table
    ));
    let dup = c.reports.len() - current.len();
    if dup > 0 {
        o.push_str(&format!(" {dup} báo cáo trùng (bản cũ hơn) không tính."));
    }
    if !c.problems.is_empty() {
        o.push_str(&format!(" {} tệp không đọc được.", c.problems.len()));
    }
    o.push_str("</p>\n");
    if let Some(e) = expected {
        o.push_str(&format!(
            "<p>Theo danh sách, {} đơn vị đã báo cáo; {} đơn vị chưa báo cáo",
            e.reported,
            e.missing.len()
        ));
        if e.missing.is_empty() {
            o.push_str(".</p>\n");
        } else {
            o.push_str(": ");
            esc(&mut o, &e.missing.join(", "));
            o.push_str(".</p>\n");
        }
    }

    // II. Figures.
    o.push_str("<h2>II. TỔNG HỢP SỐ LIỆU</h2>\n<table class=\"bang\"><colgroup><col style=\"width:5%\"><col style=\"width:25%\"><col style=\"width:8%\"><col style=\"width:7%\"><col style=\"width:11%\"><col style=\"width:9%\"><col style=\"width:11%\"><col style=\"width:11%\"><col style=\"width:13%\"></colgroup><thead><tr><th>TT</th><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Số đơn vị báo cáo</th><th>Tổng</th><th>Trung bình</th><th>Nhỏ nhất</th><th>Lớn nhất</th><th>Tỷ lệ tính từ tổng số</th></tr></thead><tbody>\n");
    let fmt = |d: Option<crate::number::Decimal>| d.map(|d| format_decimal(&d)).unwrap_or_default();
    for (i, (col, s)) in table.columns.iter().zip(stats).enumerate() {
        o.push_str(&format!("<tr><td>{}</td><td>", i + 1));
        esc(&mut o, &col.label);
        o.push_str("</td><td>");
        esc(&mut o, col.unit.as_deref().unwrap_or(""));
        o.push_str(&format!(
            "</td><td class=\"so-lieu\">{}</td><td class=\"so-lieu\">{}</td><td class=\"so-lieu\">{}</td><td class=\"so-lieu\">",
            s.reported,
            fmt(s.total),
            fmt(s.mean)
        ));
        for (j, m) in [s.min, s.max].into_iter().enumerate() {
            if j == 1 {
                o.push_str("</td><td class=\"so-lieu\">");
            }
            if let Some((v, r)) = m {
                o.push_str(&format_decimal(&v));
                o.push_str("<br>");
                esc(&mut o, &table.rows[r].unit);
            }
        }
        o.push_str("</td><td class=\"so-lieu\">");
        if let Some(r) = &s.rate {
            o.push_str(&format!("{}%<br>", format_decimal(&r.value)));
            esc(&mut o, &rate_explanation(r));
        }
        o.push_str("</td></tr>\n");
    }
    o.push_str("</tbody></table>\n");

    // III. To check.
    o.push_str("<h2>III. SỐ LIỆU CẦN KIỂM TRA</h2>\n");
    let mut any = false;
    for (col, s) in table.columns.iter().zip(stats) {
        for &r in &s.outliers {
            any = true;
            o.push_str("<p>- ");
            esc(&mut o, &table.rows[r].unit);
            o.push_str(": ");
            esc(&mut o, &col.label);
            o.push_str(" = ");
            o.push_str(
                &table.rows[r].cells[table.columns.iter().position(|x| x.key == col.key).unwrap_or(0)].display(),
            );
            o.push_str(", khác xa các đơn vị khác (ngoài 3 lần khoảng tứ phân vị).</p>\n");
        }
    }
    for row in &table.rows {
        for &i in &row.reports {
            let r = &c.reports[i];
            let (e, w) = (r.open_errors(), r.open_warnings());
            if e + w > 0 {
                any = true;
                o.push_str("<p>- ");
                esc(&mut o, &r.unit);
                o.push_str(&format!(": báo cáo còn {e} lỗi, {w} cảnh báo chưa xử lý.</p>\n"));
            }
        }
    }
    if !any {
        o.push_str("<p>Không có số liệu bất thường hoặc lỗi chưa xử lý.</p>\n");
    }

    // IV. Charts.
    let charts: Vec<String> = (0..table.columns.len())
        .filter(|&i| stats[i].reported >= 2)
        .filter_map(|i| bar_chart_svg(table, i, &stats[i]))
        .collect();
    if !charts.is_empty() {
        o.push_str("<h2>IV. BIỂU ĐỒ</h2>\n");
        for svg in charts {
            o.push_str(&svg);
            o.push('\n');
        }
    }
    o.push_str("<p>./.</p>\n</body>\n</html>\n");
    o
}
