//! The document catalogue (danh mục văn bản): reading `templates/documents.json` or a file like it,
//! with a Vietnamese message for each problem.

use crate::json_peek::Json;
use crate::sorted_map::SortedMap;

use super::Role;
use crate::date::Date;
use crate::document_number::check_document_number;

/// One document of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Loại văn bản: "Nghị quyết".
    pub kind: String,
    /// Số, ký hiệu: "57-NQ/TW".
    pub symbol: String,
    /// Ngày ban hành as the catalogue writes it ("22/12/2024"): the text offered as a fix.
    pub date_text: String,
    pub date: Date,
    /// Cơ quan ban hành: "Bộ Chính trị".
    pub issuer: String,
    /// Trích yếu: "về đột phá phát triển …".
    pub title: String,
}

impl Entry {
    /// How a suggestion names it: "Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị".
    pub fn label(&self) -> String {
        format!(
            "{} {} ngày {} của {}",
            self.kind, self.symbol, self.date_text, self.issuer
        )
    }

    pub(crate) fn text(&self, role: Role) -> &str {
        match role {
            Role::Kind => &self.kind,
            Role::Symbol => &self.symbol,
            Role::Date => &self.date_text,
            Role::Issuer => &self.issuer,
            Role::Title => &self.title,
        }
    }
}

/// The documents reports cite, in file order; symbols are unique.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocumentCatalogue {
    pub entries: Vec<Entry>,
}

const FILE: &str = "Danh mục văn bản";

impl DocumentCatalogue {
    /// Reads a catalogue file (format 1: `{"format": 1, "documents": [{"loai", "so_ky_hieu", "ngay",
    /// "co_quan", "trich_yeu"}, …]}`; other members such as `nguon` are ignored). Text is taken in
    /// NFC. Errors: one Vietnamese message per problem (JSON syntax at its line and column, a missing
    /// or empty member, a bad date or symbol, a symbol given twice).
    pub fn from_json(json: &str) -> Result<DocumentCatalogue, Vec<String>> {
        let root: Json = serde_json::from_str(json).map_err(|e| {
            vec![format!(
                "{FILE}: tệp JSON sai ở {}: {}.",
                crate::json_error::position_text(json, &e),
                crate::json_error::syntax_message(&e)
            )]
        })?;
        let Some(root) = root.as_object() else {
            return Err(vec![format!(
                "{FILE}: tệp phải là một đối tượng JSON {{\"format\": 1, \"documents\": […]}}."
            )]);
        };
        if root.get("format").and_then(Json::as_u64) != Some(1) {
            return Err(vec![format!(
                "{FILE}: cần \"format\": 1 (phiên bản tệp mà ứng dụng đọc được)."
            )]);
        }
        let Some(items) = root.get("documents").and_then(Json::as_array) else {
            return Err(vec![format!("{FILE}: thiếu danh sách \"documents\".")]);
        };
        let mut entries: Vec<Entry> = Vec::new();
        // File number (1-based) of each kept entry.
        let mut numbers: Vec<usize> = Vec::new();
        let mut errors = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let n = i + 1;
            let Some(obj) = item.as_object() else {
                errors.push(format!("{FILE}, văn bản thứ {n}: phải là một đối tượng JSON."));
                continue;
            };
            match entry(obj, n) {
                Ok(e) => {
                    if let Some(j) = entries
                        .iter()
                        .position(|x| crate::text::upper(&x.symbol) == crate::text::upper(&e.symbol))
                    {
                        errors.push(format!(
                            "{FILE}, văn bản thứ {n}: số, ký hiệu “{}” trùng với văn bản thứ {}.",
                            e.symbol, numbers[j]
                        ));
                    } else {
                        entries.push(e);
                        numbers.push(n);
                    }
                }
                Err(mut e) => errors.append(&mut e),
            }
        }
        if errors.is_empty() {
            Ok(DocumentCatalogue { entries })
        } else {
            Err(errors)
        }
    }

    /// The entry whose symbol is `symbol` (trimmed, NFC, case ignored: "57-nq/tw" is 57-NQ/TW).
    pub fn lookup(&self, symbol: &str) -> Option<&Entry> {
        let key = crate::text::upper(crate::text::nfc(symbol).trim());
        self.entries.iter().find(|e| crate::text::upper(&e.symbol) == key)
    }
}

fn entry(obj: &SortedMap<String, Json>, n: usize) -> Result<Entry, Vec<String>> {
    let mut errors = Vec::new();
    let mut text = |key: &str, what: &str| -> String {
        match obj.get(key) {
            None => {
                errors.push(format!("{FILE}, văn bản thứ {n}: thiếu \"{key}\" ({what})."));
                String::new()
            }
            Some(Json::Str(s)) if !s.trim().is_empty() => crate::text::nfc(s.trim()).into_owned(),
            Some(Json::Str(_)) => {
                errors.push(format!("{FILE}, văn bản thứ {n}: \"{key}\" ({what}) để trống."));
                String::new()
            }
            Some(_) => {
                errors.push(format!(
                    "{FILE}, văn bản thứ {n}: \"{key}\" ({what}) phải là chuỗi trong dấu nháy kép."
                ));
                String::new()
            }
        }
    };
    let kind = text("loai", "loại văn bản");
    let symbol = text("so_ky_hieu", "số, ký hiệu");
    let date_text = text("ngay", "ngày ban hành");
    let issuer = text("co_quan", "cơ quan ban hành");
    let title = text("trich_yeu", "trích yếu");
    if !symbol.is_empty() {
        if let Err(e) = check_document_number(&symbol) {
            errors.push(format!("{FILE}, văn bản thứ {n}: {}", e.message()));
        }
    }
    let date = if date_text.is_empty() {
        None
    } else {
        match Date::parse(&date_text) {
            Ok(d) => Some(d),
            Err(e) => {
                errors.push(format!("{FILE}, văn bản thứ {n}, ngày ban hành: {}", e.message()));
                None
            }
        }
    };
    match date {
        Some(date) if errors.is_empty() => Ok(Entry {
            kind,
            symbol,
            date_text,
            date,
            issuer,
            title,
        }),
        _ => Err(errors),
    }
}
