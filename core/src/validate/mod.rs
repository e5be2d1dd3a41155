//! The validation engine (kiểm tra số liệu): the whole report against its template.
//!
//! Runs on every keystroke, so it only parses what is there and allocates little.
//! It reports everything it sees; deciding *when* to show "missing" findings
//! (only after the user left the section) is the UI's business, see [`FindingKind::Missing`].

mod change;
mod fields;
mod finding;
mod rules;
mod status;
mod values;

pub use change::change_message;
pub use finding::{Finding, FindingKind, Suggestion};
pub use status::{section_status, SectionStatus};
pub use values::{computed_note, computed_value, field_path, stated_rate_from_counts, Computed};

use crate::date::Date;
use crate::report::Report;
use crate::template::Template;

/// Every finding on the report, in form order (frame head, sections, frame tail, then rules).
/// Accepted warnings carry the user's reason.
pub fn validate(template: &Template, report: &Report) -> Vec<Finding> {
    check(values::Context::new(template, report))
}

/// [`validate`], knowing today's date (from the caller's clock): a report date after it is a warning.
pub fn validate_on(template: &Template, report: &Report, today: Date) -> Vec<Finding> {
    let mut ctx = values::Context::new(template, report);
    ctx.today = Some(today);
    check(ctx)
}

/// The text a field should show once the user leaves it, when it differs from what was typed and the
/// reading is sure: numbers the Vietnamese way ("1686" → "1.686", "50 triệu" → "50.000.000", typed
/// leading zeros kept), dates with "/" ("18-9-2025" → "18/9/2025"). `None` when the text is already
/// in normal form or cannot be read (its finding explains why).
pub fn normal_form(field: &crate::template::Field, text: &str) -> Option<String> {
    let typed = text.trim();
    let shown = if let Some(style) = field.number_style() {
        let v = crate::number::parse_number(typed, style).ok()?;
        let mut s = crate::number::format_as_typed(&v, typed);
        if field.kind == crate::template::FieldKind::Percent && typed.ends_with('%') {
            s.push('%');
        }
        s
    } else if field.kind == crate::template::FieldKind::Date {
        match Date::parse(typed) {
            Ok(_) => typed.to_string(),
            Err(e) => e.hint()?,
        }
    } else {
        crate::text::nfc(text).into_owned()
    };
    (shown != text).then_some(shown)
}

fn check(ctx: values::Context<'_>) -> Vec<Finding> {
    let (template, report) = (ctx.template, ctx.report);
    let mut findings = Vec::new();
    for section in &template.sections {
        for field in &section.fields {
            fields::check_field(&ctx, section, field, &mut findings);
        }
    }
    for rule in &template.rules {
        rules::check_rule(&ctx, rule, &mut findings);
    }
    change::check_changes(&ctx, &mut findings);
    findings.extend(crate::citations::check(template, report, &crate::citations::current()));
    for f in &mut findings {
        if f.severity == crate::template::Severity::Warning {
            f.accepted = report.accepted.get(&f.key).cloned();
        }
    }
    findings
}
