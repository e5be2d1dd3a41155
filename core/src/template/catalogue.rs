use serde::{Deserialize, Serialize};

use super::model::{FieldKind, Rule};

/// A figure that recurs across report types (chỉ tiêu dùng chung), defined once.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    pub label: String,
    pub kind: FieldKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_decimals: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// Where a commune's figure normally lies (khoảng hợp lý), per unit when the template picks it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plausible: Vec<PlausibleRange>,
    /// A stock that only grows (số cộng dồn: chữ ký số đã cấp, thôn có Tổ công nghệ số cộng
    /// đồng): lower than the previous report's figure is a warning.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cumulative: bool,
    /// The largest change from the previous report's figure that is usual (mức thay đổi hợp lý),
    /// in percent of that figure (Vietnamese number text, "50" = ±50%); more is a warning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plausible_change: Option<String>,
}

/// A plausible range of an indicator, for fields in `unit` (or any unit when `unit` is absent).
/// Vietnamese number text, like `min`/`max`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlausibleRange {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<String>,
}

/// The shared indicator catalogue and the units a template may use (danh mục đơn vị tính).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    pub format: u32,
    pub units: Vec<String>,
    pub indicators: Vec<Indicator>,
    /// Checks that hold wherever their indicators are used (declared once, here): references are
    /// indicator ids. A template that has one field for each gets the rule (see the loader).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<Rule>,
}

impl Catalogue {
    pub fn from_json(json: &str) -> Result<Catalogue, String> {
        serde_json::from_str(json).map_err(|e| format!("Danh mục chỉ tiêu lỗi: {e}"))
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    pub fn has_unit(&self, unit: &str) -> bool {
        self.units.iter().any(|u| u == unit)
    }
}
