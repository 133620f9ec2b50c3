//! The explorer's filters: season (one or all), type and status (any
//! number), and the name search.

use std::collections::BTreeSet;

use report_data::{ItemType, Season, Status};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::url::UrlView;
use crate::explorer::{ViewState, season_key, status_key, type_key};
use crate::i18n::ExplorerStrings;

pub fn controls(url: &UrlView, t: &ExplorerStrings) -> Html {
    let view = url.view();
    let seasons = std::iter::once((None, "all", t.all_seasons))
        .chain(Season::ALL.map(|s| (Some(s), season_key(s), t.season(s))))
        .map(|(season, key, label)| Toggle {
            key,
            label,
            pressed: view.season == season,
            next: ViewState {
                season,
                ..view.clone()
            },
        });
    let types = ItemType::ALL.map(|it| Toggle {
        key: type_key(it),
        label: t.item_type(it),
        pressed: view.types.contains(&it),
        next: ViewState {
            types: toggled(&view.types, it),
            ..view.clone()
        },
    });
    let statuses = Status::ALL.map(|st| Toggle {
        key: status_key(st),
        label: t.status(st),
        pressed: view.statuses.contains(&st),
        next: ViewState {
            statuses: toggled(&view.statuses, st),
            ..view.clone()
        },
    });

    let oninput = {
        let url = url.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = url.view().clone();
            next.set_search(&e.target_unchecked_into::<HtmlInputElement>().value());
            url.typed(next);
        })
    };
    let onchange = {
        let url = url.clone();
        Callback::from(move |_: Event| url.committed())
    };

    html! {
        <div class="explorer-controls">
            { group("season", t.season_legend, seasons, url) }
            { group("type", t.type_legend, types, url) }
            { group("status", t.status_legend, statuses, url) }
            <div class="explorer-search">
                <label for="explorer-search">{ t.search_label }</label>
                <input id="explorer-search" type="search" autocomplete="off"
                    value={view.search.clone()} {oninput} {onchange} />
            </div>
        </div>
    }
}

/// One button of a filter group and the view a click leads to.
struct Toggle {
    key: &'static str,
    label: &'static str,
    pressed: bool,
    next: ViewState,
}

fn group(
    filter: &'static str,
    legend: &'static str,
    toggles: impl IntoIterator<Item = Toggle>,
    url: &UrlView,
) -> Html {
    html! {
        <fieldset class="explorer-filter" data-filter={filter}>
            <legend>{ legend }</legend>
            <div class="explorer-choices">
                { for toggles.into_iter().map(|toggle| {
                    let url = url.clone();
                    let next = toggle.next;
                    let onclick = Callback::from(move |_: MouseEvent| url.push(next.clone()));
                    html! {
                        <button type="button" data-value={toggle.key}
                            aria-pressed={toggle.pressed.to_string()} {onclick}>
                            { toggle.label }
                        </button>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// The set with `value` added, or removed if it was there. Built by
/// inserting only: `BTreeSet::remove` would bring its rebalancing code
/// (about 1 KB brotli) into the bundle for sets of at most five.
fn toggled<T: Ord + Copy>(set: &BTreeSet<T>, value: T) -> BTreeSet<T> {
    let mut next = BTreeSet::new();
    for &v in set.iter().filter(|&&v| v != value) {
        next.insert(v);
    }
    if !set.contains(&value) {
        next.insert(value);
    }
    next
}
