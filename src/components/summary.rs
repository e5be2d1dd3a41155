//! Error summary at the top of a page (GOV.UK pattern): every open finding, linked to its field.

use bccds_core::validate::Finding;
use yew::prelude::*;

use super::findings::{severity_class, severity_label};
use crate::adapters::focus;
use crate::app::go;
use crate::state::Route;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub findings: Vec<Finding>,
    /// The draft whose sections the links open.
    pub draft: String,
    /// The section shown now (links to its fields need no page change).
    #[prop_or_default]
    pub section: Option<String>,
    #[prop_or_default]
    pub title: Option<String>,
}

#[function_component(ErrorSummary)]
pub fn error_summary(props: &SummaryProps) -> Html {
    let open: Vec<&Finding> = props.findings.iter().filter(|f| f.is_open()).collect();
    if open.is_empty() {
        return html! {};
    }
    let errors = open
        .iter()
        .filter(|f| f.severity == bccds_core::template::Severity::Error)
        .count();
    let warnings = open.len() - errors;
    let draft = props.draft.clone();
    let here = props.section.clone();
    let title = props.title.clone().unwrap_or_else(|| match (errors, warnings) {
        (e, 0) => format!("Có {e} lỗi cần sửa"),
        (0, w) => format!("Có {w} cảnh báo cần xem"),
        (e, w) => format!("Có {e} lỗi và {w} cảnh báo cần xem"),
    });
    html! {
        <div class="error-summary" role="region" aria-labelledby="tom-tat-loi" tabindex="-1" id="tom-tat">
            <h2 id="tom-tat-loi">{ title }</h2>
            <ul>
                { for open.iter().map(|f| {
                    let path = f.fields.first().cloned().unwrap_or_default();
                    let section = f.section.clone();
                    let draft = draft.clone();
                    let same_page = here.as_deref() == Some(section.as_str());
                    let onclick = Callback::from(move |_| {
                        if !same_page {
                            go(&Route::Section { draft: draft.clone(), section: section.clone() });
                        }
                        focus::focus_field(&path);
                    });
                    html! {
                        <li class={severity_class(f)}>
                            <button type="button" class="link" {onclick}>
                                <strong>{ severity_label(f) }{ ": " }</strong>{ &f.message }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
