//! The app's one state, changed only by [`Action`]s (reducer style).
//!
//! Derived values (findings, section status, computed figures) are never stored here:
//! pages compute them from the report with `bccds_core::validate`. Nothing here touches the
//! browser, so the reducer is tested natively (`cargo test -p bao-cao-cds --lib`).

mod edit;
pub mod file_kind;
mod route;
#[cfg(test)]
mod tests;
mod undo;

pub use edit::Edit;
pub use route::Route;
pub use undo::{Undo, Undoable};

use bccds_core::sorted_map::SortedSet;
use std::rc::Rc;

use bccds_core::field_path::FieldPath;
use bccds_core::report::{Profile, Report};
use bccds_core::template::Template;
use bccds_core::validate::{Finding, FindingKind};

/// The report being edited and what the UI remembers about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// Shared with the pages; copied only when an edit changes it.
    pub report: Rc<Report>,
    /// Revision last saved or loaded by this tab.
    pub revision: u64,
    /// Sections the user has left: their "missing" findings are shown.
    pub visited: SortedSet<String>,
    /// The user asked to finish: every "missing" finding is shown.
    pub finish_requested: bool,
    /// Another tab saved this draft after us: we stop overwriting until the user decides.
    pub conflict: bool,
    /// The user chose to keep this tab's version: the next save writes over the other tab's.
    pub overwrite: bool,
    /// Changes made in this tab since it opened the draft; the saver saves while `saved < changes`.
    pub changes: u64,
    /// Value of `changes` at the last successful save.
    pub saved: u64,
    /// The field being typed in: its messages wait until the user leaves it or pauses.
    pub typing: Option<FieldPath>,
    /// How many times the user left a section of this draft (each keeps a version).
    pub sections_left: u64,
    /// Versions kept in storage since the draft was opened (the versions page reads the list again).
    pub versions_kept: u64,
    /// The last change made outside a text box, for "Hoàn tác".
    pub undo: Option<Undo>,
}

impl Draft {
    fn new(report: Report, revision: u64, unsaved: bool) -> Draft {
        Draft {
            report: Rc::new(report),
            revision,
            visited: SortedSet::new(),
            finish_requested: false,
            conflict: false,
            overwrite: false,
            changes: u64::from(unsaved),
            saved: 0,
            typing: None,
            undo: None,
            sections_left: 0,
            versions_kept: 0,
        }
    }

    /// True when every change of this tab is in storage.
    pub fn is_saved(&self) -> bool {
        self.saved == self.changes
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub templates: Rc<Vec<Rc<Template>>>,
    pub route: Route,
    pub draft: Option<Draft>,
    pub profile: Rc<Profile>,
    /// Storage problem shown at the top of every page while it lasts.
    pub storage_error: Option<String>,
    /// One-off message ("Đã mở tệp …").
    pub notice: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Navigate(Route),
    /// Opens a draft for editing; `unsaved` when it is not in storage yet (new or imported).
    Open {
        report: Report,
        revision: u64,
        unsaved: bool,
    },
    Close,
    /// A change to the report (one-click fixes, rows, statuses, accepted warnings).
    Edit(Edit),
    /// Puts back an earlier version of the draft (its time, ms since the epoch); undoable.
    RestoreVersion {
        report: Report,
        at: u64,
    },
    /// A version of the draft was written to storage.
    VersionKept,
    /// "Hoàn tác": takes back the last change made outside a text box.
    Undo,
    /// Text typed into a field: set at once, its messages wait (see [`Draft::typing`]).
    Type {
        path: FieldPath,
        text: String,
    },
    /// The user left the field or paused typing in it.
    DoneTyping(FieldPath),
    LeaveSection(String),
    RequestFinish,
    /// The draft was saved as `revision`, including every change up to `changes`.
    Saved {
        revision: u64,
        changes: u64,
    },
    SaveFailed(String),
    Conflict,
    /// After a conflict: keep this tab's version and save it over the other tab's.
    KeepOurs,
    SetProfile(Profile),
    AddTemplate(Template),
    Notice(Option<String>),
}

impl AppState {
    pub fn new(templates: Vec<Template>, route: Route, profile: Profile, storage_error: Option<String>) -> AppState {
        AppState {
            templates: Rc::new(templates.into_iter().map(Rc::new).collect()),
            route,
            draft: None,
            profile: Rc::new(profile),
            storage_error,
            notice: None,
        }
    }

    /// The template of the draft being edited.
    pub fn template(&self) -> Option<&Rc<Template>> {
        let d = self.draft.as_ref()?;
        self.templates.iter().find(|t| t.id == d.report.template_id)
    }

    /// Applies one action. Every action is named: adding one makes the compiler ask what it does.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Navigate(route) => {
                if let Some(d) = self.draft.as_mut() {
                    if let Some(prev) = self.route.section().filter(|prev| route.section() != Some(*prev)) {
                        d.visited.insert(prev.to_string());
                        d.sections_left += 1;
                    }
                    d.typing = None;
                }
                self.route = route;
            }
            Action::Open {
                report,
                revision,
                unsaved,
            } => self.draft = Some(Draft::new(report, revision, unsaved)),
            Action::Close => self.draft = None,
            Action::Edit(edit) => {
                if let Some(d) = self.draft.as_mut() {
                    // Kept before the change: the old report is shared, not copied, until it changes.
                    d.undo = Undoable::of(&edit).map(|what| Undo {
                        what,
                        before: d.report.clone(),
                    });
                    edit::apply(Rc::make_mut(&mut d.report), edit);
                    d.typing = None;
                    d.changes += 1;
                }
            }
            Action::RestoreVersion { mut report, at } => {
                if let Some(d) = self.draft.as_mut() {
                    // The draft keeps its identity (id, predecessor) whatever the version held.
                    report.id = d.report.id.clone();
                    d.undo = Some(Undo {
                        what: Undoable::Restored { at },
                        before: d.report.clone(),
                    });
                    d.report = Rc::new(report);
                    d.typing = None;
                    d.changes += 1;
                }
            }
            Action::VersionKept => {
                if let Some(d) = self.draft.as_mut() {
                    d.versions_kept += 1;
                }
            }
            Action::Undo => {
                if let Some(d) = self.draft.as_mut() {
                    if let Some(u) = d.undo.take() {
                        d.report = u.before;
                        d.typing = None;
                        d.changes += 1;
                    }
                }
            }
            Action::Type { path, text } => {
                if let Some(d) = self.draft.as_mut() {
                    d.undo = None;
                    edit::apply(
                        Rc::make_mut(&mut d.report),
                        Edit::SetText {
                            path: path.clone(),
                            text,
                        },
                    );
                    d.typing = Some(path);
                    d.changes += 1;
                }
            }
            Action::DoneTyping(path) => {
                if let Some(d) = self.draft.as_mut().filter(|d| d.typing.as_ref() == Some(&path)) {
                    d.typing = None;
                }
            }
            Action::LeaveSection(id) => {
                if let Some(d) = self.draft.as_mut() {
                    d.visited.insert(id);
                }
            }
            Action::RequestFinish => {
                if let Some(d) = self.draft.as_mut() {
                    d.finish_requested = true;
                }
            }
            Action::Saved { revision, changes } => {
                if let Some(d) = self.draft.as_mut() {
                    d.revision = revision;
                    d.saved = d.saved.max(changes);
                    d.conflict = false;
                    d.overwrite = false;
                }
                self.storage_error = None;
            }
            Action::SaveFailed(msg) => self.storage_error = Some(msg),
            Action::Conflict => {
                if let Some(d) = self.draft.as_mut() {
                    d.conflict = true;
                }
            }
            Action::KeepOurs => {
                if let Some(d) = self.draft.as_mut() {
                    d.conflict = false;
                    d.overwrite = true;
                    d.changes += 1;
                }
            }
            Action::SetProfile(p) => self.profile = Rc::new(p),
            Action::AddTemplate(t) => {
                let mut list = (*self.templates).clone();
                list.retain(|x| x.id != t.id);
                list.push(Rc::new(t));
                self.templates = Rc::new(list);
            }
            Action::Notice(n) => self.notice = n,
        }
    }
}

impl yew::Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // The state is a handful of `Rc`s: copying it is cheap, the report is copied only on edits.
        let mut s = Rc::unwrap_or_clone(self);
        s.apply(action);
        Rc::new(s)
    }
}

/// "Missing" complaints wait until the user has left the section or asks to finish; a field being
/// typed in shows nothing until it is left (or the user pauses), and neither do the checks
/// involving it; everything else shows at once.
pub fn visible<'f>(draft: &Draft, findings: &'f [Finding]) -> Vec<&'f Finding> {
    let typing = draft.typing.as_ref().map(ToString::to_string);
    findings
        .iter()
        .filter(|f| f.kind != FindingKind::Missing || draft.finish_requested || draft.visited.contains(&f.section))
        .filter(|f| typing.as_ref().is_none_or(|p| !f.involves(p)))
        .collect()
}
