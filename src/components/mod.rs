//! Pages and widgets. They show state and send actions; rules live in `bccds-core`.

use std::rc::Rc;

/// Compares by address: a memo keyed on it recomputes when the thing is replaced, without walking
/// it. It holds the `Rc`, so the address cannot be reused by something else meanwhile.
#[derive(Debug)]
pub struct ByAddress<T>(pub Rc<T>);

impl<T> Clone for ByAddress<T> {
    fn clone(&self) -> Self {
        ByAddress(self.0.clone())
    }
}

impl<T> PartialEq for ByAddress<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

pub mod banners;
pub mod carry_page;
pub mod field;
pub mod file_copy;
pub mod findings;
pub mod overview;
pub mod profile_page;
pub mod review_page;
pub mod section_page;
pub mod start_page;
pub mod summary;
pub mod table;
pub mod undo_bar;
pub mod versions_page;

pub use banners::Banners;
pub use carry_page::CarryPage;
pub use file_copy::FileCopyBar;
pub use overview::OverviewPage;
pub use profile_page::ProfilePage;
pub use review_page::ReviewPage;
pub use section_page::SectionPage;
pub use start_page::StartPage;
pub use undo_bar::UndoBar;
pub use versions_page::VersionsPage;
