//! Resolving a template spec (giải mẫu): indicator references give fields their label, kind, unit
//! and limits; the frame is put around the sections; ids, units and kinds are checked.

use crate::sorted_map::{SortedMap, SortedSet};

use super::catalogue::Catalogue;
use super::load::{err, is_slug, FrameSpec, TemplateError};
use super::model::*;
use super::references::field_with_indicator;
use crate::number::{parse_number, Decimal, NumberStyle};

pub(super) struct Resolver<'a> {
    pub catalogue: &'a Catalogue,
    pub errors: Vec<TemplateError>,
    /// Fields whose indicator is not in the catalogue: reported once, not again as a
    /// missing label or a non-numeric field in a rule.
    pub unknown_indicator: SortedSet<String>,
}

impl Resolver<'_> {
    pub fn template(mut self, spec: TemplateSpec, frame: FrameSpec) -> Result<Template, Vec<TemplateError>> {
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
            sections.push(self.section(s, &format!("sections[{i}] (“{}”)", s.id), &SortedMap::new()));
        }
        let mut tail = self.section(&frame.tail, "frame.tail", &spec.frame_defaults);
        tail.frame = true;
        sections.push(tail);

        let frame_ids: SortedSet<&str> = frame
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

    fn section(&mut self, spec: &SectionSpec, at: &str, defaults: &SortedMap<String, String>) -> Section {
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
        let plausible_change = self.limit(
            indicator.as_ref().and_then(|i| i.plausible_change.as_ref()),
            at,
            "plausible_change",
        );
        let mut columns = Vec::new();
        match kind {
            FieldKind::Table if in_table => self.errors.push(err(at, "Bảng không được lồng trong bảng.")),
            FieldKind::Table if spec.columns.is_empty() => {
                self.errors.push(err(at, "Bảng phải có ít nhất một cột (columns)."))
            }
            FieldKind::Table => {
                let mut seen = SortedSet::new();
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
            cumulative: indicator.as_ref().is_some_and(|i| i.cumulative),
            plausible_change,
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
        let mut section_ids = SortedSet::new();
        let mut field_ids = SortedSet::new();
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
}
