use serde::{Deserialize, Serialize};

use crate::template::Severity;

/// What sort of problem a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// A required field is empty: shown only once the user left its section or asks to finish.
    Missing,
    /// The field's own text is wrong (not a number, not a date, out of range, …).
    Invalid,
    /// Several figures disagree (a declared rule).
    Consistency,
}

/// A value the app can put in a field with one click.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    /// Field path to change.
    pub field: String,
    /// Text to put there, formatted the Vietnamese way.
    pub value: String,
}

/// One problem found in the report (phát hiện).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable key: the field path and check ("hs-tong#invalid") or the rule id
    /// ("hs-thanh-phan", "phu-luc-ty-le/3" for row 3). Accepted warnings are stored by it.
    pub key: String,
    pub severity: Severity,
    pub kind: FindingKind,
    /// Section of the first field involved (where the link leads).
    pub section: String,
    /// Every field involved, as paths ("hs-tong", "can-cu/0/ngay").
    pub fields: Vec<String>,
    /// What is wrong, in Vietnamese, quoting the numbers involved.
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<Suggestion>,
    /// For a warning the user accepted: their reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted: Option<String>,
}

impl Finding {
    /// A finding about the one field at `path` of `section`, keyed `<path>#<check>` (the key
    /// accepted warnings are stored by); open, without a fix until [`Finding::with_fix`].
    pub fn on_field(
        section: &str,
        path: &str,
        check: &str,
        severity: Severity,
        kind: FindingKind,
        message: String,
    ) -> Self {
        Finding {
            key: format!("{path}#{check}"),
            severity,
            kind,
            section: section.to_string(),
            fields: vec![path.to_string()],
            message,
            suggestion: None,
            accepted: None,
        }
    }

    /// The one-click fix: `value` put in the finding's (first) field.
    pub fn with_fix(mut self, value: Option<String>) -> Self {
        self.suggestion = value.map(|value| Suggestion {
            field: self.fields[0].clone(),
            value,
        });
        self
    }

    pub fn is_open(&self) -> bool {
        self.accepted.is_none()
    }
    pub fn involves(&self, path: &str) -> bool {
        self.fields.iter().any(|f| f == path)
    }
}
