//! The app's one state, changed only by [`Action`]s (reducer style).
//!
//! Derived values (findings, section status, computed figures) are never stored here:
//! components compute them from the report with `bccds_core::validate`.

mod edit;
mod route;

pub use route::Route;

use std::collections::BTreeSet;
use std::rc::Rc;

use bccds_core::report::{Profile, Report, Value};
use bccds_core::template::Template;
use yew::Reducible;

/// The report being edited and what the UI remembers about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub report: Report,
    /// Revision last saved or loaded by this tab.
    pub revision: u64,
    /// Sections the user has left: their "missing" findings are shown.
    pub visited: BTreeSet<String>,
    /// The user asked to finish: every "missing" finding is shown.
    pub finish_requested: bool,
    /// Another tab saved this draft after us: we stop overwriting until the user decides.
    pub conflict: bool,
    /// Bumped on each user change, so the saver knows there is something to save.
    pub dirty: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub templates: Rc<Vec<Template>>,
    pub route: Route,
    pub draft: Option<Draft>,
    pub profile: Profile,
    /// Storage problem shown at the top of every page while it lasts.
    pub storage_error: Option<String>,
    /// One-off message ("Đã mở tệp …").
    pub notice: Option<String>,
}

pub enum Action {
    Navigate(Route),
    /// Opens a draft (new, stored or imported) for editing.
    Open {
        report: Report,
        revision: u64,
    },
    Close,
    SetText {
        path: String,
        text: String,
    },
    SetStatus {
        path: String,
        choice: String,
        note: String,
    },
    AddRow {
        table: String,
    },
    RemoveRow {
        table: String,
        row: usize,
    },
    MoveRow {
        table: String,
        row: usize,
        up: bool,
    },
    Accept {
        key: String,
        reason: String,
    },
    Unaccept {
        key: String,
    },
    LeaveSection(String),
    RequestFinish,
    Saved {
        revision: u64,
    },
    SaveFailed(String),
    Conflict,
    SetProfile(Profile),
    AddTemplate(Template),
    Notice(Option<String>),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Navigate(route) => {
                if let (Some(d), Some(prev)) = (s.draft.as_mut(), self.route.section()) {
                    if route.section() != Some(prev) {
                        d.visited.insert(prev.to_string());
                    }
                }
                s.route = route;
            }
            Action::Open { report, revision } => {
                s.draft = Some(Draft {
                    report,
                    revision,
                    visited: BTreeSet::new(),
                    finish_requested: false,
                    conflict: false,
                    dirty: 0,
                });
            }
            Action::Close => s.draft = None,
            Action::SetProfile(p) => s.profile = p,
            Action::AddTemplate(t) => {
                let mut list = (*s.templates).clone();
                list.retain(|x| x.id != t.id);
                list.push(t);
                s.templates = Rc::new(list);
            }
            Action::Notice(n) => s.notice = n,
            Action::Saved { revision } => {
                if let Some(d) = s.draft.as_mut() {
                    d.revision = revision;
                    d.conflict = false;
                }
                s.storage_error = None;
            }
            Action::SaveFailed(msg) => s.storage_error = Some(msg),
            Action::Conflict => {
                if let Some(d) = s.draft.as_mut() {
                    d.conflict = true;
                }
            }
            Action::LeaveSection(id) => {
                if let Some(d) = s.draft.as_mut() {
                    d.visited.insert(id);
                }
            }
            Action::RequestFinish => {
                if let Some(d) = s.draft.as_mut() {
                    d.finish_requested = true;
                }
            }
            edit_action => {
                let Some(d) = s.draft.as_mut() else { return self };
                let r = &mut d.report;
                match edit_action {
                    Action::SetText { path, text } => edit::set(r, &path, Value::Text(text)),
                    Action::SetStatus { path, choice, note } => edit::set(r, &path, Value::Status { choice, note }),
                    Action::AddRow { table } => edit::add_row(r, &table),
                    Action::RemoveRow { table, row } => edit::remove_row(r, &table, row),
                    Action::MoveRow { table, row, up } => edit::move_row(r, &table, row, up),
                    Action::Accept { key, reason } => {
                        r.accepted.insert(key, reason);
                    }
                    Action::Unaccept { key } => {
                        r.accepted.remove(&key);
                    }
                    _ => {}
                }
                d.dirty += 1;
            }
        }
        Rc::new(s)
    }
}
