//! The root component: owns the one state, wires routes, storage and other tabs, and gives each
//! page only what it shows plus `send` (a callback for actions) — never the whole state.

use std::cell::RefCell;
use std::rc::Rc;

use bccds_core::history::Trigger;
use bccds_core::report::{Profile, Report};
use bccds_core::template::Template;
use yew::prelude::*;

use crate::adapters::timer::Debounce;
use crate::adapters::{clock, location, storage, versions};
use crate::components::{
    Banners, ByAddress, CarryPage, FileCopyBar, OverviewPage, ProfilePage, ReviewPage, SectionPage, StartPage, UndoBar,
    VersionsPage,
};
use crate::state::{Action, AppState, Draft, Route};

/// How long after the last change a draft is written (a burst of keystrokes is written once).
const SAVE_DELAY_MS: i32 = 300;

/// The draft and profile as of the last render, for listeners and timers.
type Latest = Rc<RefCell<Option<(Draft, Rc<Profile>)>>>;

/// The one place a draft is saved: never over a later save of another tab (unless the user chose
/// to keep this tab's version). Reads the latest state, so it can run from a timer or `pagehide`.
#[derive(Clone)]
struct Saver {
    latest: Latest,
    send: Callback<Action>,
    tab: Rc<str>,
}

impl Saver {
    fn save(&self) {
        let Some((d, profile)) = self.latest.borrow().clone() else {
            return;
        };
        if d.is_saved() || d.conflict {
            return;
        }
        match storage::save_draft(&d.report, d.revision, &self.tab, d.overwrite) {
            storage::SaveOutcome::Saved { revision } => {
                // Known at once, so a second call before the next render does not save again.
                if let Some((latest, _)) = self.latest.borrow_mut().as_mut() {
                    latest.revision = revision;
                    latest.saved = d.changes;
                    latest.overwrite = false;
                }
                self.send.emit(Action::Saved {
                    revision,
                    changes: d.changes,
                });
                remember_profile_once(&profile, &d.report, &self.send);
                if let Some(n) = versions::dropped_notice() {
                    self.send.emit(Action::Notice(Some(n)));
                }
                self.keep_version(&d.report, Trigger::Typing);
            }
            storage::SaveOutcome::Conflict => self.send.emit(Action::Conflict),
            storage::SaveOutcome::Failed(msg) => self.send.emit(Action::SaveFailed(msg)),
        }
    }
}

impl Saver {
    /// Keeps the report as an earlier version when the core's policy says it is due.
    fn keep_version(&self, report: &Report, trigger: Trigger) {
        match versions::take(report, trigger) {
            Ok(versions::Kept::NotDue) => {}
            Ok(versions::Kept::Kept(notice)) => {
                self.send.emit(Action::VersionKept);
                if let Some(n) = notice {
                    self.send.emit(Action::Notice(Some(n)));
                }
            }
            Err(notice) => self.send.emit(Action::Notice(Some(notice))),
        }
    }

    /// The user left a section: what is pending is written, and a version kept.
    fn left_section(&self) {
        self.save();
        let latest = self.latest.borrow().clone();
        if let Some((d, _)) = latest.filter(|(d, _)| d.is_saved() && !d.conflict) {
            self.keep_version(&d.report, Trigger::LeftSection);
        }
    }
}

/// Goes to a page by changing the address; the `hashchange` listener updates the state.
pub fn go(route: &Route) {
    location::set_hash(&route.to_hash());
}

/// A user who never opened the profile page still types the unit's name, signer and recipients
/// once: the first report they write feeds the profile (as it is typed), so the next report is
/// prefilled. Saving the profile page ends this.
fn remember_profile_once(profile: &Profile, report: &Report, send: &Callback<Action>) {
    let learning = profile.values.is_empty() || profile.learned_from.as_deref() == Some(report.id.as_str());
    if !learning {
        return;
    }
    let learned = Profile::from_report(report);
    // Only once the unit is named; the defaults alone ("BC-UBND", "CHỦ TỊCH") are not a profile.
    let named = learned
        .values
        .contains_key(bccds_core::template::frame_ids::ISSUING_BODY);
    if named && learned != *profile && storage::save_profile(&learned).is_ok() {
        send.emit(Action::SetProfile(learned));
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let loaded = use_memo((), |_| {
        bccds_core::builtin::templates().map(|mut list| {
            // A catalogue of documents the user loaded earlier replaces the built-in one.
            if let Some(c) =
                storage::load_documents().and_then(|j| bccds_core::citations::DocumentCatalogue::from_json(&j).ok())
            {
                bccds_core::citations::use_catalogue(c);
            }
            // Templates the user loaded from files earlier, kept in the browser.
            let cat = bccds_core::builtin::catalogue();
            for json in storage::list_templates() {
                if let Ok(t) = bccds_core::template::load_template(&json, &cat) {
                    list.retain(|x| x.id != t.id);
                    list.push(t);
                }
            }
            Rc::new(list)
        })
    });
    match &*loaded {
        Ok(templates) => html! { <Main templates={templates.clone()} /> },
        Err(errors) => html! {
            <main class="page">
                <h1>{ "Không nạp được mẫu báo cáo" }</h1>
                <ul>{ for errors.iter().flat_map(|(file, errs)| errs.iter().map(move |e| html! { <li>{ format!("{file}: {e}") }</li> })) }</ul>
            </main>
        },
    }
}

#[derive(Properties, PartialEq)]
struct MainProps {
    templates: Rc<Vec<Template>>,
}

#[function_component(Main)]
fn main_view(props: &MainProps) -> Html {
    let templates = props.templates.clone();
    let app = use_reducer(move || {
        AppState::new(
            (*templates).clone(),
            Route::parse(&location::hash()),
            storage::load_profile(),
            (!storage::available()).then(|| storage::UNAVAILABLE.to_string()),
        )
    });
    // Stable for the life of the app, so passing it never makes a component render again.
    let send: Callback<Action> = (*use_memo((), {
        let d = app.dispatcher();
        move |_| d.to_callback()
    }))
    .clone();
    let tab: Rc<str> = (*use_memo((), |_| Rc::<str>::from(clock::new_id("tab")))).clone();

    // Address changes (links, back/forward) become route changes.
    {
        let send = send.clone();
        use_effect_with((), move |_| {
            let listener = location::Listener::new("hashchange", move |_| {
                send.emit(Action::Navigate(Route::parse(&location::hash())));
            });
            move || drop(listener)
        });
    }

    // Opening a draft named in the address (after a reload, or a link from the start page).
    {
        let send = send.clone();
        let wanted = app.route.draft().map(str::to_string);
        let current = app.draft.as_ref().map(|d| d.report.id.clone());
        use_effect_with((wanted, current), move |(wanted, current)| {
            if let Some(id) = wanted {
                if current.as_deref() != Some(id.as_str()) {
                    match storage::load_draft(id) {
                        Some(d) => send.emit(Action::Open {
                            report: d.report,
                            revision: d.revision,
                            unsaved: false,
                        }),
                        None => {
                            send.emit(Action::Notice(Some(
                                "Không tìm thấy bản nháp này trong trình duyệt. Có thể nó đã bị xóa.".into(),
                            )));
                            go(&Route::Start);
                        }
                    }
                }
            }
        });
    }

    // The latest state for listeners and timers, which outlive a render (a reducer handle kept in a
    // closure would keep every past state alive).
    let latest = use_mut_ref(|| None::<(Draft, Rc<Profile>)>);
    *latest.borrow_mut() = app.draft.clone().map(|d| (d, app.profile.clone()));
    let saver = {
        let (latest, send, tab) = (latest.clone(), send.clone(), tab.clone());
        use_memo((), move |_| Saver { latest, send, tab })
    };

    // Saving is coalesced: a burst of keystrokes is written once, SAVE_DELAY_MS after the last one,
    // and at once when the page is hidden, reloaded or closed, so nothing typed is lost.
    {
        let later = {
            let saver = saver.clone();
            use_memo((), move |_| Debounce::new(SAVE_DELAY_MS, move || saver.save()))
        };
        let key = app
            .draft
            .as_ref()
            .map(|d| (d.report.id.clone(), d.changes, d.conflict, d.overwrite));
        // A draft never stored (new, or opened from a file) is written at once.
        let fresh = app.draft.as_ref().is_some_and(|d| d.revision == 0);
        let now = saver.clone();
        use_effect_with(key, move |_| if fresh { now.save() } else { later.poke() });
    }
    // Leaving a page writes what is pending, so the next page (the draft list) reads it.
    {
        let saver = saver.clone();
        use_effect_with(app.route.clone(), move |_| saver.save());
    }
    // Leaving a section also keeps a version of the draft.
    {
        let saver = saver.clone();
        let left = app.draft.as_ref().map(|d| (d.report.id.clone(), d.sections_left));
        use_effect_with(left, move |left| {
            if left.as_ref().is_some_and(|(_, n)| *n > 0) {
                saver.left_section();
            }
        });
    }
    {
        let saver = saver.clone();
        use_effect_with((), move |_| {
            let (a, b) = (saver.clone(), saver);
            let hidden = location::Listener::new("pagehide", move |_| a.save());
            let switched = location::Listener::new("visibilitychange", move |_| b.save());
            move || drop((hidden, switched))
        });
    }

    // Another tab saved the draft we are editing: its revision key changed.
    {
        let (latest, send, tab) = (latest.clone(), send.clone(), tab.clone());
        use_effect_with((), move |_| {
            let listener = location::Listener::new("storage", move |e| {
                let Some((key, Some(value))) = location::storage_event_key(&e) else {
                    return;
                };
                let (Some(id), Some((revision, other_tab))) =
                    (storage::draft_id_of_revision_key(&key), storage::parse_revision(&value))
                else {
                    return;
                };
                let newer = latest
                    .borrow()
                    .as_ref()
                    .is_some_and(|(d, _)| d.report.id == id && other_tab != *tab && revision > d.revision);
                if newer {
                    send.emit(Action::Conflict);
                }
            });
            move || drop(listener)
        });
    }

    let template = app.template().cloned();
    let draft = app
        .draft
        .as_ref()
        .filter(|d| Some(d.report.id.as_str()) == app.route.draft());
    let page = match (&app.route, draft, template) {
        (Route::Start, ..) => html! {
            <StartPage send={send.clone()} tab={tab.clone()} templates={app.templates.clone()} profile={app.profile.clone()}
                open={app.draft.as_ref().map(|d| d.report.id.clone())} />
        },
        (Route::CarryForward, ..) => html! { <CarryPage send={send.clone()} templates={app.templates.clone()} /> },
        (Route::Profile, ..) => match app.templates.first() {
            Some(frame) => {
                html! { <ProfilePage send={send.clone()} profile={app.profile.clone()} frame={ByAddress(frame.clone())} /> }
            }
            None => html! { <main class="page" id="noi-dung"><p>{ "Chưa có mẫu báo cáo nào." }</p></main> },
        },
        (route, Some(d), Some(t)) => match route {
            Route::Overview { .. } => {
                html! { <OverviewPage template={ByAddress(t.clone())} report={d.report.clone()} /> }
            }
            Route::Versions { .. } => {
                html! { <VersionsPage send={send.clone()} template={ByAddress(t.clone())} report={d.report.clone()} kept={d.versions_kept} /> }
            }
            Route::Section { section, .. } => {
                html! { <SectionPage send={send.clone()} template={ByAddress(t.clone())} draft={d.clone()} section={section.clone()} /> }
            }
            _ => html! { <ReviewPage send={send.clone()} template={ByAddress(t)} report={d.report.clone()} /> },
        },
        (_, Some(d), None) => html! {
            <main class="page" id="noi-dung"><p>{ format!("Không có mẫu báo cáo “{}” trong ứng dụng này. Hãy nạp tệp mẫu ở trang đầu.", d.report.template_id) }</p></main>
        },
        (_, None, _) => {
            html! { <main class="page" id="noi-dung"><p aria-live="polite">{ "Đang mở bản nháp…" }</p></main> }
        }
    };
    // Said only when it is true: never while another tab holds the draft or storage fails.
    let saved_note = match &app.draft {
        Some(d) if d.conflict => "Thẻ này đang tạm dừng lưu (bản nháp vừa được sửa ở thẻ khác).",
        Some(_) if app.storage_error.is_some() => "Chưa lưu được thay đổi trong trình duyệt.",
        // Stable while typing (the write follows within SAVE_DELAY_MS, or when the page is left).
        Some(d) if d.saved > 0 || d.changes == 0 => "Đã tự động lưu trong trình duyệt.",
        _ => "",
    };
    let on_draft_page = app.route.draft().is_some();
    // "Hoàn tác" on every page of the draft; a removed row is offered back by its table instead
    // while that table is on the page.
    let undo = draft
        .and_then(|d| d.undo.as_ref())
        .map(|u| u.what.clone())
        .filter(|what| {
            let table_section = what
                .table()
                .and_then(|t| app.template().and_then(|tp| tp.field(t)).map(|(s, _)| s.id.clone()));
            table_section.is_none() || table_section.as_deref() != app.route.section()
        });
    html! {
        <>
            <button type="button" class="skip" onclick={Callback::from(|_| crate::adapters::focus::focus_id("noi-dung"))}>{ "Bỏ qua, đến nội dung chính" }</button>
            <header class="site">
                <a class="brand" href="#/">{ "Báo cáo chuyển đổi số" }</a>
                <nav aria-label="Điều hướng chính">
                    <a href="#/">{ "Trang đầu" }</a>
                    <a href="#/ho-so">{ "Hồ sơ đơn vị" }</a>
                </nav>
            </header>
            <Banners send={send.clone()} storage_error={app.storage_error.clone()} notice={app.notice.clone()}
                conflict={app.draft.as_ref().filter(|d| d.conflict).map(|d| d.report.id.clone())} />
            if let Some(what) = undo { <UndoBar send={send.clone()} {what} /> }
            <FileCopyBar templates={app.templates.clone()} report={app.draft.as_ref().map(|d| d.report.clone())} />
            { page }
            if on_draft_page {
                <p class="saved" aria-live="polite">{ saved_note }</p>
            }
            <footer class="site">{ "Chạy hoàn toàn trong trình duyệt: số liệu chỉ lưu trên máy này cho đến khi bạn xuất tệp." }</footer>
        </>
    }
}
