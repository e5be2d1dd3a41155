//! The editor page's one state (trạng thái trang soạn mẫu) and the messages that change it.
//! The template spec is the only thing edited; its loader errors, the preview's template and the
//! preview's findings are derived on render, never stored.

use bccds_core::sorted_map::SortedMap;
use std::rc::Rc;

use bccds_core::builtin::catalogue;
use bccds_core::editor::{apply, Edit};
use bccds_core::report::Value;
use bccds_core::template::TemplateSpec;
use yew::Reducible;

#[derive(Debug, Clone, PartialEq)]
pub struct EditorState {
    pub spec: TemplateSpec,
    /// The section shown in the editor and in the preview (index into `spec.sections`).
    pub section: usize,
    /// Sample figures typed in the preview, by field id.
    pub sample: SortedMap<String, Value>,
    /// Why the last edit was refused (shown until the next edit).
    pub refused: Option<String>,
    /// Why the work in progress is not being saved, if it is not.
    pub save_error: Option<String>,
    pub show_json: bool,
}

pub enum Msg {
    Edit(Edit),
    /// Start again from this spec (empty, a copy, an outline, a file).
    Replace(TemplateSpec),
    Select(usize),
    Sample {
        field: String,
        value: Value,
    },
    SaveFailed(Option<String>),
    ToggleJson,
}

impl EditorState {
    pub fn new(spec: TemplateSpec) -> EditorState {
        EditorState {
            spec,
            section: 0,
            sample: SortedMap::new(),
            refused: None,
            save_error: None,
            show_json: false,
        }
    }
}

impl Reducible for EditorState {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        match msg {
            Msg::Edit(edit) => match apply(&self.spec, &edit, &catalogue()) {
                Ok(spec) => {
                    next.spec = spec;
                    next.refused = None;
                    next.section = match edit {
                        Edit::AddSection { at, .. } => at,
                        Edit::MoveSection { to, .. } => to,
                        _ => next.section.min(next.spec.sections.len().saturating_sub(1)),
                    };
                }
                Err(reason) => next.refused = Some(reason),
            },
            Msg::Replace(spec) => {
                next = EditorState::new(spec);
                next.save_error = self.save_error.clone();
            }
            Msg::Select(s) => next.section = s.min(self.spec.sections.len().saturating_sub(1)),
            Msg::Sample { field, value } => {
                next.sample.insert(field, value);
            }
            Msg::SaveFailed(e) => next.save_error = e,
            Msg::ToggleJson => next.show_json = !self.show_json,
        }
        Rc::new(next)
    }
}
