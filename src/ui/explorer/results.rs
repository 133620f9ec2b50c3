//! What the current view says about itself: the count, the season's theme
//! and, when nothing matches, the empty state with its reset button. The
//! rows and their group headings are in the static page (`rows`).

use report_data::{ExplorerItem, Lang};
use yew::prelude::*;

use super::item::name;
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
            }
        </div>
    }
}
