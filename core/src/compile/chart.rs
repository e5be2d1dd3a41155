//! A bar chart of one figure (biểu đồ) as inline SVG: one horizontal bar per unit, largest
//! first, the unit's name left of its bar and the value right of it, outliers in another colour.
//! Plain SVG text, so it prints, scales and needs no script.

use crate::number::format_decimal;
use crate::render::push_escaped;

use super::stats::FigureStats;
use super::table::FigureTable;

const WIDTH: u32 = 720;
const LABEL_WIDTH: u32 = 220;
const VALUE_WIDTH: u32 = 90;
const BAR_HEIGHT: u32 = 16;
const ROW_HEIGHT: u32 = 22;
const TOP: u32 = 30;

/// The chart of `column`; `None` when no unit gave a number (nothing to draw).
pub fn bar_chart_svg(table: &FigureTable, column: usize, stats: &FigureStats) -> Option<String> {
    let col = &table.columns[column];
    let mut bars: Vec<(usize, crate::number::Decimal)> = table
        .rows
        .iter()
        .enumerate()
        .filter_map(|(ri, r)| r.cells[column].number().map(|d| (ri, d)))
        .collect();
    if bars.is_empty() {
        return None;
    }
    bars.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let max = bars.iter().map(|b| to_f64(&b.1)).fold(0.0f64, f64::max);
    let min = bars.iter().map(|b| to_f64(&b.1)).fold(0.0f64, f64::min);
    let span = (max - min).max(f64::MIN_POSITIVE);
    let plot = f64::from(WIDTH - LABEL_WIDTH - VALUE_WIDTH);
    let zero_x = f64::from(LABEL_WIDTH) + plot * (-min / span);
    let height = TOP + ROW_HEIGHT * bars.len() as u32 + 8;
    let mut out = String::with_capacity(200 + bars.len() * 260);
    out.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bieu-do\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" role=\"img\" aria-label=\""
    ));
    push_escaped(&mut out, &col.header());
    out.push_str("\" font-family=\"Times New Roman, Tinos, Liberation Serif, serif\" font-size=\"13\">\n<title>");
    push_escaped(&mut out, &col.header());
    out.push_str("</title>\n<text x=\"0\" y=\"18\" font-weight=\"bold\" font-size=\"14\">");
    push_escaped(&mut out, &col.header());
    out.push_str("</text>\n");
    for (i, (ri, value)) in bars.iter().enumerate() {
        let y = TOP + ROW_HEIGHT * i as u32;
        let x = to_f64(value);
        let bar_x = zero_x.min(f64::from(LABEL_WIDTH) + plot * ((x - min) / span));
        let bar_w = (plot * (x.abs() / span)).max(if x == 0.0 { 0.0 } else { 1.0 });
        let outlier = stats.outliers.contains(ri);
        let fill = if outlier { "#b3261e" } else { "#1d4f91" };
        out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">",
            LABEL_WIDTH - 6,
            y + 13
        ));
        push_escaped(&mut out, &truncate(&table.rows[*ri].unit, 30));
        out.push_str(&format!(
            "</text><rect x=\"{bar_x:.1}\" y=\"{}\" width=\"{bar_w:.1}\" height=\"{BAR_HEIGHT}\" fill=\"{fill}\"/><text x=\"{:.1}\" y=\"{}\">",
            y + 2,
            bar_x + bar_w + 4.0,
            y + 13
        ));
        out.push_str(&format_decimal(value));
        if outlier {
            out.push_str(" (cần kiểm tra)");
        }
        out.push_str("</text>\n");
    }
    out.push_str("</svg>");
    Some(out)
}

fn to_f64(d: &crate::number::Decimal) -> f64 {
    d.units() as f64 / 10f64.powi(i32::from(d.scale()))
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut t: String = text.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}
