//! What the current view shows: the count, the season's theme, the
//! seasonal list and, apart from it, the items with no stated season.

use report_data::{ExplorerItem, Lang};
use yew::prelude::*;

use super::item::{item, name};
use crate::explorer::{Matches, ViewState, season_theme};
use crate::i18n::ExplorerStrings;

pub fn results(
    items: &[ExplorerItem],
    view: &ViewState,
    matches: &Matches,
    lang: Lang,
    t: &ExplorerStrings,
    on_reset: Callback<MouseEvent>,
) -> Html {
    let theme = view.season.and_then(|s| season_theme(items, s));
    let list = |group: &'static str, heading: &'static str, indices: &[usize]| {
        if indices.is_empty() {
            html! { <p class="explorer-none">{ t.group_empty }</p> }
        } else {
            html! {
                <ul class="explorer-list" aria-labelledby={heading} data-explorer-group={group}>
                    { for indices.iter().map(|&i| item(&items[i], lang, t)) }
                </ul>
            }
        }
    };
    html! {
        <div class="explorer-results">
            <p class="explorer-count" aria-live="polite" data-explorer-count="">
                { (t.result_count)(matches.len()) }
            </p>
            if let Some(theme) = theme {
                <p class="explorer-theme" data-explorer-theme="">
                    { t.theme_label }<strong>{ name(theme, lang) }</strong>
                </p>
            }
            if matches.is_empty() {
                <div class="explorer-empty" data-explorer-empty="">
                    <p>{ t.empty }</p>
                    <button type="button" onclick={on_reset}>{ t.reset }</button>
                </div>
            } else {
                <h4 id="explorer-seasonal">{ t.tied_to(view.season) }</h4>
                { list("seasonal", "explorer-seasonal", &matches.seasonal) }
                // Folded, so a chosen season shows what the seed ties to it;
                // unfolded when only type, status or search narrow the view.
                <details class="explorer-unstated" open={view.season.is_none() && !view.is_default()}>
                    <summary id="explorer-not-stated">{ (t.not_stated)(matches.season_not_stated.len()) }</summary>
                    <p class="explorer-aside">{ t.not_stated_note }</p>
                    { list("not-stated", "explorer-not-stated", &matches.season_not_stated) }
                </details>
            }
        </div>
    }
}
