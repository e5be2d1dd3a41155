//! The validation engine (kiểm tra số liệu): the whole report against its template.
//!
//! Runs on every keystroke, so it only parses what is there and allocates little.
//! It reports everything it sees; deciding *when* to show "missing" findings
//! (only after the user left the section) is the UI's business, see [`FindingKind::Missing`].

mod fields;
mod finding;
mod rules;
mod status;
mod values;

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
    for f in &mut findings {
        if f.severity == crate::template::Severity::Warning {
            f.accepted = report.accepted.get(&f.key).cloned();
        }
    }
    findings
}
