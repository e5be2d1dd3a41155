//! The root component: owns the one state, wires routes, storage and other tabs.

use std::rc::Rc;

use bccds_core::template::Template;
use yew::prelude::*;

use crate::adapters::{clock, location, storage};
use crate::components::{Banners, FileCopyBar, OverviewPage, ProfilePage, ReviewPage, SectionPage, StartPage};
use crate::state::{Action, AppState, Route};

/// Shared by every page: the state and a way to change it.
pub type AppHandle = UseReducerHandle<AppState>;

/// Properties giving pages the app handle and this tab's id.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub app: AppHandle,
    pub tab: Rc<str>,
}

/// Goes to a page by changing the address; the `hashchange` listener updates the state.
pub fn go(route: &Route) {
    location::set_hash(&route.to_hash());
}

/// A user who never opened the profile page still types the unit's name, signer and recipients
/// once: the first report they write feeds the profile (as it is typed), so the next report is
/// prefilled. Saving the profile page ends this.
fn remember_profile_once(app: &AppHandle, report: &bccds_core::report::Report) {
    let learning = app.profile.values.is_empty() || app.profile.learned_from.as_deref() == Some(report.id.as_str());
    if !learning {
        return;
    }
    let profile = bccds_core::report::Profile::from_report(report);
    // Only once the unit is named; the defaults alone ("BC-UBND", "CHỦ TỊCH") are not a profile.
    let named = profile
        .values
        .contains_key(bccds_core::template::frame_ids::ISSUING_BODY);
    if named && profile != app.profile && storage::save_profile(&profile).is_ok() {
        app.dispatch(Action::SetProfile(profile));
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let loaded = use_memo((), |_| {
        bccds_core::builtin::templates().map(|mut list| {
            // Templates the user loaded from files earlier, kept in the browser.
            let cat = bccds_core::builtin::catalogue();
            for json in storage::list_templates() {
                if let Ok(t) = bccds_core::template::load_template(&json, &cat) {
                    list.retain(|x| x.id != t.id);
                    list.push(t);
                }
            }
            list
        })
    });
    match &*loaded {
        Ok(templates) => html! { <Main templates={Rc::new(templates.clone())} /> },
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
    let app = use_reducer(move || AppState {
        templates,
        route: Route::parse(&location::hash()),
        draft: None,
        profile: storage::load_profile(),
        storage_error: (!storage::available()).then(|| storage::UNAVAILABLE.to_string()),
        notice: None,
    });
    let tab: Rc<str> = (*use_memo((), |_| Rc::<str>::from(clock::new_id("tab")))).clone();

    // Address changes (links, back/forward) become route changes.
    {
        let app = app.clone();
        use_effect_with((), move |_| {
            let listener = location::Listener::new("hashchange", move |_| {
                app.dispatch(Action::Navigate(Route::parse(&location::hash())));
            });
            move || drop(listener)
        });
    }

    // Opening a draft named in the address (after a reload, or a link from the start page).
    {
        let app = app.clone();
        let wanted = app.route.draft().map(str::to_string);
        let current = app.draft.as_ref().map(|d| d.report.id.clone());
        use_effect_with((wanted, current), move |(wanted, current)| {
            if let Some(id) = wanted {
                if current.as_deref() != Some(id.as_str()) {
                    match storage::load_draft(id) {
                        Some(d) => app.dispatch(Action::Open {
                            report: d.report,
                            revision: d.revision,
                        }),
                        None => {
                            app.dispatch(Action::Notice(Some(
                                "Không tìm thấy bản nháp này trong trình duyệt. Có thể nó đã bị xóa.".into(),
                            )));
                            go(&Route::Start);
                        }
                    }
                }
            }
        });
    }

    // Save every change at once; never overwrite a newer save from another tab.
    {
        let app = app.clone();
        let tab = tab.clone();
        let dirty = app.draft.as_ref().map(|d| (d.report.id.clone(), d.dirty));
        use_effect_with(dirty, move |dirty| {
            if let (Some((_, n)), Some(d)) = (dirty, app.draft.as_ref()) {
                if *n > 0 && !d.conflict {
                    let stored = storage::load_draft(&d.report.id);
                    let newer_elsewhere = stored
                        .as_ref()
                        .is_some_and(|s| s.revision > d.revision && s.tab != *tab);
                    if newer_elsewhere {
                        app.dispatch(Action::Conflict);
                    } else {
                        let revision = stored.map_or(d.revision, |s| s.revision.max(d.revision)) + 1;
                        let record = storage::StoredDraft {
                            report: d.report.clone(),
                            revision,
                            tab: tab.to_string(),
                            updated_ms: clock::now_ms(),
                        };
                        match storage::save_draft(&record) {
                            Ok(()) => {
                                app.dispatch(Action::Saved { revision });
                                remember_profile_once(&app, &d.report);
                            }
                            Err(msg) => app.dispatch(Action::SaveFailed(msg)),
                        }
                    }
                }
            }
        });
    }

    // Another tab saved the draft we are editing.
    {
        let app = app.clone();
        let tab = tab.clone();
        use_effect_with((), move |_| {
            let listener = location::Listener::new("storage", move |e| {
                let Some((key, Some(value))) = location::storage_event_key(&e) else {
                    return;
                };
                let Some(id) = storage::draft_id_of_key(&key) else {
                    return;
                };
                let Ok(other) = serde_json::from_str::<storage::StoredDraft>(&value) else {
                    return;
                };
                if app
                    .draft
                    .as_ref()
                    .is_some_and(|d| d.report.id == id && other.tab != *tab && other.revision > d.revision)
                {
                    app.dispatch(Action::Conflict);
                }
            });
            move || drop(listener)
        });
    }

    let ctx = Ctx { app: app.clone(), tab };
    let page = match &app.route {
        Route::Start => html! { <StartPage ctx={ctx.clone()} /> },
        Route::Profile => html! { <ProfilePage ctx={ctx.clone()} /> },
        route => match &app.draft {
            Some(d) if Some(d.report.id.as_str()) == route.draft() => match route {
                Route::Overview { .. } => html! { <OverviewPage ctx={ctx.clone()} /> },
                Route::Section { section, .. } => html! { <SectionPage ctx={ctx.clone()} section={section.clone()} /> },
                _ => html! { <ReviewPage ctx={ctx.clone()} /> },
            },
            _ => html! { <main class="page" id="noi-dung"><p aria-live="polite">{ "Đang mở bản nháp…" }</p></main> },
        },
    };
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
            <Banners ctx={ctx.clone()} />
            <FileCopyBar templates={app.templates.clone()} report={app.draft.as_ref().map(|d| d.report.clone())} />
            { page }
            <footer class="site">{ "Chạy hoàn toàn trong trình duyệt: số liệu chỉ lưu trên máy này cho đến khi bạn xuất tệp." }</footer>
        </>
    }
}
