//! Pages and widgets. They show state and send actions; rules live in `bccds-core`.

pub mod banners;
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

pub use banners::Banners;
pub use file_copy::FileCopyBar;
pub use overview::OverviewPage;
pub use profile_page::ProfilePage;
pub use review_page::ReviewPage;
pub use section_page::SectionPage;
pub use start_page::StartPage;
