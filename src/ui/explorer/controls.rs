//! The explorer's filters: season (one or all), type and status (any
//! number), and the name search.

use gloo::events::EventListener;
use report_data::{ExplorerItem, ItemType, Lang, Season, Status};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::url::UrlView;
use crate::explorer::{Action, season_key, season_theme, status_key, type_key};
use crate::i18n::ExplorerStrings;

pub fn controls(
    url: &UrlView,
    items: &[ExplorerItem],
    lang: Lang,
    t: &ExplorerStrings,
    field: NodeRef,
) -> Html {
    let view = url.view();
    // Season tiles: each season with its theme line from the data.
    let seasons = std::iter::once((None, "all", t.all_seasons))
        .chain(Season::ALL.map(|s| (Some(s), season_key(s), (t.season)(s))))
        .map(|(season, key, label)| Toggle {
            key,
            label,
            detail: season
                .and_then(|s| season_theme(items, s))
                .map(|theme| theme.name.get(lang)),
            pressed: view.season == season,
            action: Action::Season(season),
        });
    let types = ItemType::ALL.map(|it| Toggle {
        key: type_key(it),
        label: (t.item_type)(it),
        detail: None,
        pressed: view.types.contains(&it),
        action: Action::ToggleType(it),
    });
    let statuses = Status::ALL.map(|st| Toggle {
        key: status_key(st),
        label: (t.status)(st),
        detail: None,
        pressed: view.statuses.contains(&st),
        action: Action::ToggleStatus(st),
    });

    // While an input method composes ("xiang" on the way to 香), the field
    // holds letters the reader has not chosen: filtering on them would flash
    // the empty state and write them into the URL. The word counts once it
    // is committed (`use_search_field`).
    let oninput = {
        let url = url.clone();
        Callback::from(move |e: InputEvent| {
            if !e.is_composing() {
                search(&url, &e.target_unchecked_into());
            }
        })
    };
    let onchange = {
        let url = url.clone();
        Callback::from(move |_: Event| url.committed())
    };

    html! {
        <div class="explorer-controls">
            { group("season", t.season_legend, None, seasons, url) }
            { group("type", t.type_legend, None, types, url) }
            { group("status", t.status_legend, Some(t.status_note), statuses, url) }
            <div class="explorer-search">
                <label for="explorer-search">{ t.search_label }</label>
                <input id="explorer-search" type="search" autocomplete="off"
                    value={view.search.clone()} ref={field} {oninput} {onchange} />
            </div>
        </div>
    }
}

fn search(url: &UrlView, field: &HtmlInputElement) {
    url.typed(url.view().apply(&Action::Search(field.value())));
}

/// The search field's ref, with the text an input method commits applied.
/// Yew has no `oncompositionend`, so the listener is added by hand, and
/// again whenever the view changes, because it starts from that view.
#[hook]
pub fn use_search_field(url: &UrlView) -> NodeRef {
    let field = use_node_ref();
    {
        let (field, url) = (field.clone(), url.clone());
        use_effect_with(url.view().clone(), move |_| {
            let listener = field.cast::<HtmlInputElement>().map(|input| {
                EventListener::new(&input.clone(), "compositionend", move |_| {
                    search(&url, &input)
                })
            });
            move || drop(listener)
        });
    }
    field
}

/// One button of a filter group and the view a click leads to.
struct Toggle<'a> {
    key: &'static str,
    label: &'static str,
    /// A second, smaller line: a season's theme.
    detail: Option<&'a str>,
    pressed: bool,
    action: Action,
}

fn group<'a>(
    filter: &'static str,
    legend: &'static str,
    note: Option<&'static str>,
    toggles: impl IntoIterator<Item = Toggle<'a>>,
    url: &UrlView,
) -> Html {
    html! {
        <fieldset class="explorer-filter" data-filter={filter}>
            <legend>{ legend }</legend>
            { for note.map(|n| html! { <p class="explorer-aside">{ n }</p> }) }
            <div class="explorer-choices">
                { for toggles.into_iter().map(|toggle| {
                    let url = url.clone();
                    let action = toggle.action;
                    let onclick = Callback::from(move |_: MouseEvent| url.push(url.view().apply(&action)));
                    html! {
                        <button type="button" data-value={toggle.key}
                            aria-pressed={toggle.pressed.to_string()} {onclick}>
                            <span class="choice-label">{ toggle.label }</span>
                            { for toggle.detail.map(|d| html! { <span class="choice-detail">{ d }</span> }) }
                        </button>
                    }
                }) }
            </div>
        </fieldset>
    }
}
