use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde::Deserialize;

use super::catalogue::Catalogue;
use super::frame::FRAME_JSON;
use super::model::*;
use super::TEMPLATE_FORMAT;
use crate::number::{parse_number, Decimal, NumberStyle};

/// One problem in a template file: where, and what is wrong (in Vietnamese).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    /// Where in the file: "sections[2].fields[3]", "rules[0]" or "" for the whole file.
    pub location: String,
    pub message: String,
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.location.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.location, self.message)
        }
    }
}

#[derive(Deserialize)]
struct FrameSpec {
    head: SectionSpec,
    tail: SectionSpec,
}

/// Reads a template file, resolves indicator references and checks everything.
/// Never panics: a broken file gives the list of what is wrong.
pub fn load_template(json: &str, catalogue: &Catalogue) -> Result<Template, Vec<TemplateError>> {
    if json.trim().is_empty() {
        return Err(vec![err("", "Tệp mẫu trống: không có nội dung nào.")]);
    }
    // Labels, choices and defaults in NFC, so that choices compare with what the user typed.
    let json = &*crate::text::nfc(json);
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| {
        vec![TemplateError {
            location: position(json, &e),
            message: format!("Tệp mẫu không phải JSON hợp lệ: {}.", json_syntax_message(&e)),
        }]
    })?;
    if let Some(format) = value.get("format").and_then(|f| f.as_u64()) {
        if format > u64::from(TEMPLATE_FORMAT) {
            return Err(vec![err(
                "format",
                format!(
                    "Mẫu dùng định dạng phiên bản {format}, mới hơn phiên bản ứng dụng đọc được ({TEMPLATE_FORMAT}). Hãy dùng bản ứng dụng mới hơn."
                ),
            )]);
        }
    }
    // Read the structure from the text (not from `value`) so that errors keep their line and column.
    let spec: TemplateSpec = serde_json::from_str(json).map_err(|e| {
        vec![err(
            position(json, &e),
            format!("Cấu trúc mẫu không đúng: {}.", translate_serde(&e)),
        )]
    })?;
    let frame: FrameSpec = serde_json::from_str(FRAME_JSON).expect("built-in frame.json is valid");
    Resolver {
        catalogue,
        errors: Vec::new(),
        unknown_indicator: HashSet::new(),
    }
    .template(spec, frame)
}

/// "dòng L, cột C" as a text editor counts: serde_json counts bytes, Vietnamese letters take 2–3.
fn position(json: &str, e: &serde_json::Error) -> String {
    let (line, column) = (e.line(), e.column());
    let chars = json.split('\n').nth(line.saturating_sub(1)).map(|text| {
        let end = column.min(text.len());
        let mut cut = end;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text[..cut].chars().count() + usize::from(cut < end) + (column - end)
    });
    format!("dòng {line}, cột {}", chars.unwrap_or(column))
}

/// serde_json's message without its trailing " at line L column C" (the location says it).
fn without_position(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    }
}

/// What is wrong with JSON that does not parse, in Vietnamese.
fn json_syntax_message(e: &serde_json::Error) -> String {
    let msg = without_position(e);
    if e.classify() == serde_json::error::Category::Eof {
        return "tệp kết thúc giữa chừng (thiếu dấu đóng “}”, “]” hoặc dấu nháy kép)".into();
    }
    const KNOWN: [(&str, &str); 13] = [
        ("expected `,` or `}`", "thiếu dấu phẩy “,” hoặc dấu đóng “}”"),
        ("expected `,` or `]`", "thiếu dấu phẩy “,” hoặc dấu đóng “]”"),
        ("expected `:`", "thiếu dấu hai chấm “:” sau tên trường"),
        ("expected value", "thiếu giá trị hoặc có ký tự không hợp lệ"),
        (
            "expected ident",
            "giá trị không hợp lệ (chỉ dùng true, false, null, số hoặc chuỗi trong dấu nháy kép)",
        ),
        ("trailing comma", "dấu phẩy thừa trước dấu đóng"),
        ("key must be a string", "tên trường phải đặt trong dấu nháy kép"),
        ("trailing characters", "có ký tự thừa sau khi nội dung đã kết thúc"),
        (
            "control character",
            "chuỗi chứa ký tự điều khiển (xuống dòng, tab); hãy viết \\n hoặc \\t",
        ),
        ("invalid escape", "chuỗi có ký tự thoát “\\” không hợp lệ"),
        ("invalid number", "số viết không hợp lệ"),
        ("number out of range", "số quá lớn"),
        ("recursion limit exceeded", "dữ liệu lồng nhau quá sâu"),
    ];
    KNOWN
        .iter()
        .find(|(en, _)| msg.starts_with(en))
        .map(|(_, vi)| vi.to_string())
        .unwrap_or_else(|| format!("lỗi cú pháp ({msg})"))
}

fn translate_serde(e: &serde_json::Error) -> String {
    const WORDS: [(&str, &str); 24] = [
        ("missing field", "thiếu trường"),
        ("unknown field", "trường không được phép"),
        ("unknown variant", "giá trị không được phép"),
        ("expected one of", "chỉ được là một trong"),
        ("there are no fields", "ở đây không có trường nào"),
        ("invalid type: string", "sai kiểu: chuỗi"),
        ("invalid type: integer", "sai kiểu: số nguyên"),
        ("invalid type: floating point", "sai kiểu: số thực"),
        ("invalid type: boolean", "sai kiểu: giá trị đúng/sai"),
        ("invalid type: sequence", "sai kiểu: danh sách"),
        ("invalid type: map", "sai kiểu: đối tượng"),
        ("invalid type: null", "sai kiểu: null"),
        ("invalid type", "sai kiểu"),
        ("invalid value: integer", "giá trị không hợp lệ: số nguyên"),
        ("invalid value", "giá trị không hợp lệ"),
        ("invalid length", "sai số phần tử"),
        ("expected u32", "cần số nguyên không âm"),
        ("expected u8", "cần số nguyên từ 0 đến 255"),
        ("expected a string", "cần chuỗi văn bản"),
        ("expected a boolean", "cần true hoặc false"),
        ("expected a sequence", "cần danh sách […]"),
        ("expected an array of length 2", "cần đúng 2 phần tử"),
        ("expected struct", "cần đối tượng"),
        ("expected", "cần"),
    ];
    WORDS.iter().fold(without_position(e), |m, (en, vi)| m.replace(en, vi))
}

fn err(location: impl Into<String>, message: impl Into<String>) -> TemplateError {
    TemplateError {
        location: location.into(),
        message: message.into(),
    }
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

struct Resolver<'a> {
    catalogue: &'a Catalogue,
    errors: Vec<TemplateError>,
    /// Fields whose indicator is not in the catalogue: reported once, not again as a
    /// missing label or a non-numeric field in a rule.
    unknown_indicator: HashSet<String>,
}

impl Resolver<'_> {
    fn template(mut self, spec: TemplateSpec, frame: FrameSpec) -> Result<Template, Vec<TemplateError>> {
        if !is_slug(&spec.id) {
            self.errors.push(err(
                "id",
                format!("Mã mẫu “{}” chỉ được gồm chữ thường không dấu, số và “-”.", spec.id),
            ));
        }
        if spec.sections.is_empty() {
            self.errors.push(err("sections", "Mẫu chưa có mục nào."));
        }
        let mut sections = Vec::new();
        let mut head = self.section(&frame.head, "frame.head", &spec.frame_defaults);
        head.frame = true;
        sections.push(head);
        for (i, s) in spec.sections.iter().enumerate() {
            sections.push(self.section(s, &format!("sections[{i}] (“{}”)", s.id), &BTreeMap::new()));
        }
        let mut tail = self.section(&frame.tail, "frame.tail", &spec.frame_defaults);
        tail.frame = true;
        sections.push(tail);

        let frame_ids: HashSet<&str> = frame
            .head
            .fields
            .iter()
            .chain(frame.tail.fields.iter())
            .map(|f| f.id.as_str())
            .collect();
        for key in spec.frame_defaults.keys() {
            if !frame_ids.contains(key.as_str()) {
                self.errors.push(err(
                    format!("frame_defaults.{key}"),
                    format!("“{key}” không phải là trường của phần thể thức văn bản."),
                ));
            }
        }
        for (i, key) in spec.frame_optional.iter().enumerate() {
            if !frame_ids.contains(key.as_str()) {
                self.errors.push(err(
                    format!("frame_optional[{i}]"),
                    format!("“{key}” không phải là trường của phần thể thức văn bản."),
                ));
            }
        }
        for s in sections.iter_mut().filter(|s| s.frame) {
            for f in s.fields.iter_mut().filter(|f| spec.frame_optional.contains(&f.id)) {
                f.required = false;
            }
        }
        self.unique_ids(&sections);
        let mut template = Template::new(spec.id, spec.version, spec.name, spec.description, sections, spec.rules);
        self.rules(&template);
        // Checks declared once with the indicators hold in every template that has their figures;
        // a template rule with the same id, or the same check, replaces the catalogue's. They come
        // first, in catalogue order.
        let shared: Vec<Rule> = self
            .catalogue
            .rules
            .iter()
            .filter(|r| template.rules.iter().all(|own| own.id != r.id))
            .filter_map(|r| r.map_refs(|ind| field_with_indicator(&template, ind)))
            .filter(|r| template.rules.iter().all(|own| own.kind != r.kind))
            .collect();
        template.rules.splice(0..0, shared);
        if self.errors.is_empty() {
            Ok(template)
        } else {
            Err(self.errors)
        }
    }

    fn section(&mut self, spec: &SectionSpec, at: &str, defaults: &BTreeMap<String, String>) -> Section {
        if !is_slug(&spec.id) {
            self.errors.push(err(
                at,
                format!("Mã mục “{}” chỉ được gồm chữ thường không dấu, số và “-”.", spec.id),
            ));
        }
        let fields = spec
            .fields
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let mut field = self.field(f, &format!("{at}.fields[{i}] (“{}”)", f.id), false);
                if let Some(d) = defaults.get(&f.id) {
                    field.default = Some(d.clone());
                }
                field
            })
            .collect();
        Section {
            id: spec.id.clone(),
            group: spec.group.clone(),
            title: spec.title.clone(),
            help: spec.help.clone(),
            appendix: spec.appendix,
            frame: false,
            fields,
        }
    }

    fn field(&mut self, spec: &FieldSpec, at: &str, in_table: bool) -> Field {
        if !is_slug(&spec.id) {
            self.errors.push(err(
                at,
                format!("Mã trường “{}” chỉ được gồm chữ thường không dấu, số và “-”.", spec.id),
            ));
        }
        let indicator = match &spec.indicator {
            Some(id) => match self.catalogue.indicator(id) {
                Some(ind) => Some(ind.clone()),
                None => {
                    self.errors
                        .push(err(at, format!("Chỉ tiêu “{id}” không có trong danh mục chỉ tiêu.")));
                    self.unknown_indicator.insert(spec.id.clone());
                    None
                }
            },
            None => None,
        };
        let kind = spec.kind.or(indicator.as_ref().map(|i| i.kind));
        let kind = match kind {
            Some(k) => k,
            None => {
                if spec.indicator.is_none() {
                    self.errors
                        .push(err(at, "Thiếu “kind” (loại trường) hoặc “indicator” (chỉ tiêu)."));
                }
                FieldKind::Text
            }
        };
        if let (Some(ind), Some(k)) = (&indicator, spec.kind) {
            if ind.kind != k {
                self.errors
                    .push(err(at, format!("Loại trường khác loại của chỉ tiêu “{}”.", ind.id)));
            }
        }
        let label = spec
            .label
            .clone()
            .or(indicator.as_ref().map(|i| i.label.clone()))
            .unwrap_or_default();
        if label.trim().is_empty() && !self.unknown_indicator.contains(&spec.id) {
            self.errors.push(err(at, "Thiếu nhãn (label) của trường."));
        }
        let unit = spec.unit.clone().or(indicator.as_ref().and_then(|i| i.unit.clone()));
        if let Some(u) = &unit {
            let ok = match kind {
                FieldKind::Percent => u == "%",
                FieldKind::Money => u == "đồng",
                FieldKind::Count | FieldKind::Decimal | FieldKind::Fraction | FieldKind::Computed => {
                    self.catalogue.has_unit(u) || u == "%"
                }
                _ => false,
            };
            if !ok {
                self.errors.push(err(
                    at,
                    format!("Đơn vị “{u}” không dùng được cho trường loại này hoặc không có trong danh mục đơn vị."),
                ));
            }
        }
        let max_decimals = spec
            .max_decimals
            .or(indicator.as_ref().and_then(|i| i.max_decimals))
            .unwrap_or(match kind {
                FieldKind::Decimal => 3,
                FieldKind::Percent => 2,
                _ => 0,
            });
        let min = self.limit(
            spec.min.as_ref().or(indicator.as_ref().and_then(|i| i.min.as_ref())),
            at,
            "min",
        );
        let max = self.limit(
            spec.max.as_ref().or(indicator.as_ref().and_then(|i| i.max.as_ref())),
            at,
            "max",
        );
        let range = indicator
            .as_ref()
            .and_then(|i| i.plausible.iter().find(|r| r.unit.is_none() || r.unit == unit).cloned());
        let plausible_min = self.limit(range.as_ref().and_then(|r| r.min.as_ref()), at, "plausible.min");
        let plausible_max = self.limit(range.as_ref().and_then(|r| r.max.as_ref()), at, "plausible.max");
        let mut columns = Vec::new();
        match kind {
            FieldKind::Table if in_table => self.errors.push(err(at, "Bảng không được lồng trong bảng.")),
            FieldKind::Table if spec.columns.is_empty() => {
                self.errors.push(err(at, "Bảng phải có ít nhất một cột (columns)."))
            }
            FieldKind::Table => {
                let mut seen = HashSet::new();
                for (i, c) in spec.columns.iter().enumerate() {
                    if !seen.insert(c.id.clone()) {
                        self.errors.push(err(
                            format!("{at}.columns[{i}]"),
                            format!("Mã cột “{}” bị trùng.", c.id),
                        ));
                    }
                    columns.push(self.field(c, &format!("{at}.columns[{i}] (“{}”)", c.id), true));
                }
            }
            _ if !spec.columns.is_empty() => self.errors.push(err(at, "Chỉ trường loại bảng (table) mới có cột.")),
            _ => {}
        }
        if kind == FieldKind::Status && spec.choices.is_empty() {
            self.errors.push(err(
                at,
                "Trường tình trạng (status) phải có danh sách lựa chọn (choices).",
            ));
        }
        if kind == FieldKind::Computed && spec.formula.is_none() {
            self.errors
                .push(err(at, "Trường tính toán (computed) phải có công thức (formula)."));
        }
        if kind != FieldKind::Computed && spec.formula.is_some() {
            self.errors
                .push(err(at, "Chỉ trường tính toán (computed) mới có công thức."));
        }
        if let Some(p) = &spec.print {
            if !p.contains("{}") {
                self.errors
                    .push(err(at, "Mẫu in (print) phải chứa {} ở chỗ đặt giá trị."));
            }
        }
        Field {
            id: spec.id.clone(),
            indicator: spec.indicator.clone(),
            kind,
            label,
            unit,
            required: spec.required,
            min,
            max,
            max_decimals,
            plausible_min,
            plausible_max,
            help: spec.help.clone().or(indicator.as_ref().and_then(|i| i.help.clone())),
            heading: spec.heading.clone(),
            print: spec.print.clone(),
            default: spec.default.clone(),
            columns,
            choices: spec.choices.clone(),
            formula: spec.formula.clone(),
        }
    }

    fn limit(&mut self, text: Option<&String>, at: &str, name: &str) -> Option<Decimal> {
        let text = text?;
        match parse_number(text, NumberStyle::Decimal { max_scale: 6 }) {
            Ok(d) => Some(d),
            Err(e) => {
                self.errors.push(err(
                    at,
                    format!("Giới hạn “{name}” = “{text}” không đọc được: {}", e.message()),
                ));
                None
            }
        }
    }

    fn unique_ids(&mut self, sections: &[Section]) {
        let mut section_ids = HashSet::new();
        let mut field_ids = HashSet::new();
        for s in sections {
            if !section_ids.insert(s.id.as_str()) {
                self.errors
                    .push(err(format!("mục “{}”", s.id), format!("Mã mục “{}” bị trùng.", s.id)));
            }
            for f in &s.fields {
                if !field_ids.insert(f.id.as_str()) {
                    self.errors.push(err(
                        format!("mục “{}”", s.id),
                        format!(
                            "Mã trường “{}” bị trùng (mỗi trường chỉ khai báo một lần trong mẫu).",
                            f.id
                        ),
                    ));
                }
            }
        }
    }

    fn rules(&mut self, t: &Template) {
        // Computed fields' formulas reference fields like rules do.
        for (s, f) in t.fields() {
            self.formula(t, f, None, &format!("mục “{}”, trường “{}”", s.id, f.id));
            for c in &f.columns {
                self.formula(
                    t,
                    c,
                    Some(f),
                    &format!("mục “{}”, bảng “{}”, cột “{}”", s.id, f.id, c.id),
                );
            }
        }
        let mut ids = HashSet::new();
        for (i, rule) in t.rules.iter().enumerate() {
            let at = format!("rules[{i}] (“{}”)", rule.id);
            if !ids.insert(rule.id.as_str()) {
                self.errors
                    .push(err(&at, format!("Mã quy tắc “{}” bị trùng.", rule.id)));
            }
            let mut tables = HashSet::new();
            for r in rule.references() {
                match resolve_ref(t, r) {
                    Ok(resolved) => {
                        if let Some(table) = resolved.table {
                            tables.insert(table.to_string());
                        }
                        // Its kind is unknown; the missing indicator is already reported.
                        let numeric = resolved.numeric() || self.unknown_indicator.contains(&resolved.field.id);
                        // Every rule kind, `same` included, compares numbers: a text field would never be checked.
                        if !numeric {
                            self.errors.push(err(
                                &at,
                                format!("“{r}” không phải là trường số nên không dùng được trong quy tắc này."),
                            ));
                        }
                        if let RuleKind::Rate { rate, .. } = &rule.kind {
                            if rate == r
                                && resolved.kind != FieldKind::Percent
                                && !self.unknown_indicator.contains(&resolved.field.id)
                            {
                                self.errors
                                    .push(err(&at, format!("“{r}” phải là trường tỷ lệ (percent).")));
                            }
                        }
                    }
                    Err(msg) => self.errors.push(err(&at, msg)),
                }
            }
            if tables.len() > 1 {
                self.errors
                    .push(err(&at, "Một quy tắc chỉ được so các cột của cùng một bảng."));
            }
            match &rule.kind {
                RuleKind::Sum { parts, .. } if parts.is_empty() => {
                    self.errors.push(err(&at, "Quy tắc tổng cần ít nhất một thành phần."))
                }
                RuleKind::Same { fields } if fields.len() < 2 => {
                    self.errors.push(err(&at, "Quy tắc “same” cần ít nhất hai trường."))
                }
                _ => {}
            }
        }
    }

    fn formula(&mut self, t: &Template, f: &Field, table: Option<&Field>, at: &str) {
        let Some(formula) = &f.formula else { return };
        let refs: Vec<&String> = match formula {
            Formula::Ratio { of } => of.iter().collect(),
            Formula::Sum { of } => of.iter().collect(),
        };
        for r in refs {
            let target = match table {
                Some(tb) => tb.column(r).map(|c| c.kind),
                None => resolve_ref(t, r).ok().map(|x| x.kind),
            };
            match target {
                None => self
                    .errors
                    .push(err(at, format!("Công thức tham chiếu trường không tồn tại “{r}”."))),
                Some(k) if !(k.is_numeric() || k == FieldKind::Computed || k == FieldKind::Fraction) => {
                    self.errors.push(err(
                        at,
                        format!("Công thức chỉ dùng trường số; “{r}” không phải trường số."),
                    ))
                }
                _ => {}
            }
        }
    }
}

/// The one top-level field of `t` for indicator `reference` ("ho-so-truc-tuyen", or "so-thon.den" style
/// suffixes kept); `None` when the template has none or several.
fn field_with_indicator(t: &Template, reference: &str) -> Option<String> {
    let mut found = t
        .fields()
        .filter(|(s, f)| !s.frame && f.indicator.as_deref() == Some(reference))
        .map(|(_, f)| f.id.clone());
    let id = found.next()?;
    found.next().is_none().then_some(id)
}

/// A rule's reference, resolved against the template.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedRef<'a> {
    /// The top-level field (the table itself for a column reference).
    pub field: &'a Field,
    /// For `table[].column`: the table's id.
    pub table: Option<&'a str>,
    /// For `table[].column`: the column.
    pub column: Option<&'a Field>,
    /// For fractions: `num` or `den`.
    pub part: Option<FractionPart>,
    pub kind: FieldKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FractionPart {
    Numerator,
    Denominator,
}

impl ResolvedRef<'_> {
    pub fn numeric(&self) -> bool {
        self.kind.is_numeric() || self.kind == FieldKind::Computed || self.part.is_some()
    }

    /// The label to quote in messages.
    pub fn label(&self) -> String {
        let base = self.column.unwrap_or(self.field);
        match self.part {
            Some(FractionPart::Numerator) => format!("{} (tử số)", base.label),
            Some(FractionPart::Denominator) => format!("{} (mẫu số)", base.label),
            None => base.label.clone(),
        }
    }
}

/// Resolves `id`, `id.num`, `id.den` or `table[].column`.
pub fn resolve_ref<'a>(t: &'a Template, r: &str) -> Result<ResolvedRef<'a>, String> {
    if let Some((table, column)) = r.split_once("[].") {
        let (_, tf) = t
            .field(table)
            .ok_or_else(|| format!("Quy tắc tham chiếu bảng không tồn tại “{table}”."))?;
        if tf.kind != FieldKind::Table {
            return Err(format!("“{table}” không phải là bảng."));
        }
        let col = tf
            .column(column)
            .ok_or_else(|| format!("Bảng “{table}” không có cột “{column}”."))?;
        return Ok(ResolvedRef {
            field: tf,
            table: Some(&tf.id),
            column: Some(col),
            part: None,
            kind: col.kind,
        });
    }
    let (id, part) = match r.rsplit_once('.') {
        Some((id, "num")) => (id, Some(FractionPart::Numerator)),
        Some((id, "den")) => (id, Some(FractionPart::Denominator)),
        _ => (r, None),
    };
    let (_, f) = t
        .field(id)
        .ok_or_else(|| format!("Quy tắc tham chiếu trường không tồn tại “{id}”."))?;
    if part.is_some() && f.kind != FieldKind::Fraction {
        return Err(format!("“{r}”: chỉ trường phân số (fraction) mới có .num/.den."));
    }
    if f.kind == FieldKind::Fraction && part.is_none() {
        return Err(format!("“{r}” là phân số: hãy dùng “{id}.num” hoặc “{id}.den”."));
    }
    Ok(ResolvedRef {
        field: f,
        table: None,
        column: None,
        part,
        kind: f.kind,
    })
}
