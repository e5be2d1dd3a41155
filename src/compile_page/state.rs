//! The page's one state, changed only by [`Msg`]s. The compilation itself is mutated in place
//! (a thousand reports are not copied per file); `generation` tells memoised views it changed.

use std::cell::RefCell;
use std::rc::Rc;

use bccds_core::compile::{Compilation, Scope};
use yew::Reducible;

pub enum Msg {
    /// The user chose `n` files; reading starts.
    Started(usize),
    /// One file read (or why not).
    Read {
        name: String,
        text: Result<String, String>,
    },
    SetScope(Scope),
    SetExpected(String),
    ChooseFigure(usize),
    /// Shows a report read-only (index into the compilation's reports), or closes it.
    Open(Option<usize>),
    ShowSummary(bool),
    Clear,
}

pub struct CompileState {
    pub compilation: Rc<RefCell<Compilation>>,
    pub generation: u64,
    /// Files chosen in the current batch and how many are read.
    pub batch: usize,
    pub read: usize,
    /// None: the single report type, or the shared indicators when several are loaded.
    pub scope: Option<Scope>,
    pub expected: String,
    pub figure: usize,
    pub open: Option<usize>,
    pub summary: bool,
}

impl CompileState {
    pub fn new(templates: Vec<bccds_core::template::Template>, expected: String) -> Self {
        CompileState {
            compilation: Rc::new(RefCell::new(Compilation::new(templates))),
            generation: 0,
            batch: 0,
            read: 0,
            scope: None,
            expected,
            figure: 0,
            open: None,
            summary: false,
        }
    }

    pub fn loading(&self) -> bool {
        self.read < self.batch
    }

    /// The scope shown: the chosen one, else the only report type, else the shared indicators.
    pub fn scope(&self) -> Scope {
        if let Some(s) = &self.scope {
            return s.clone();
        }
        let c = self.compilation.borrow();
        match c.report_types().as_slice() {
            [(only, _)] => Scope::Template(c.templates[*only].id.clone()),
            _ => Scope::Shared,
        }
    }
}

impl Reducible for CompileState {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = CompileState {
            compilation: self.compilation.clone(),
            generation: self.generation,
            batch: self.batch,
            read: self.read,
            scope: self.scope.clone(),
            expected: self.expected.clone(),
            figure: self.figure,
            open: self.open,
            summary: self.summary,
        };
        match msg {
            Msg::Started(n) => {
                if !next.loading() {
                    next.batch = 0;
                    next.read = 0;
                }
                next.batch += n;
            }
            Msg::Read { name, text } => {
                {
                    let mut c = next.compilation.borrow_mut();
                    match text {
                        Ok(t) => c.add_file(&name, &t),
                        Err(m) => c.add_unreadable(&name, &m),
                    }
                }
                next.read += 1;
                next.generation += 1;
            }
            Msg::SetScope(s) => {
                next.scope = Some(s);
                next.figure = 0;
            }
            Msg::SetExpected(t) => next.expected = t,
            Msg::ChooseFigure(i) => next.figure = i,
            Msg::Open(i) => next.open = i,
            Msg::ShowSummary(b) => next.summary = b,
            Msg::Clear => {
                let templates = std::mem::take(&mut next.compilation.borrow_mut().templates);
                next.compilation = Rc::new(RefCell::new(Compilation::new(templates)));
                next.generation += 1;
                next.batch = 0;
                next.read = 0;
                next.scope = None;
                next.open = None;
                next.figure = 0;
            }
        }
        Rc::new(next)
    }
}
