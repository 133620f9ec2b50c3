//! The tourism explorer in the static page: its island (heading, filters,
//! count, theme line, empty state) and, outside it, every item's row in its
//! group, written once. The island only hides and shows rows and updates
//! the group headings (`ui::explorer::rows`); the rows' notes and source
//! sentences never reach the wasm.

use report_data::{ExplorerItem, Lang};
use yew::prelude::*;

use super::{IslandHtml, island_root};
use crate::embedded::report;
use crate::explorer::{SearchIndex, ViewState, status_key};
use crate::i18n::{ExplorerStrings, page_strings, strings};
use crate::ui::explorer::name;
use crate::ui::island::Island;
use crate::ui::source_mark::SourceMark;

#[function_component(ExplorerSection)]
pub fn explorer_section() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let islands = use_context::<IslandHtml>().unwrap_or_default();
    let t = &strings(lang).explorer;
    let items = &report().source.explorer;
    // The rows as the island's first render leaves them: the default view.
    let view = ViewState::default();
    let matches = SearchIndex::new(items).filter(&view);
    let list = |group: &'static str, heading: &'static str, indices: &[usize]| {
        html! {
            <>
                <ul class="explorer-list" aria-labelledby={heading} data-explorer-group={group}
                    hidden={indices.is_empty()}>
                    { for items.iter().enumerate()
                        .filter(|(_, it)| it.seasons.is_empty() == (group == "not-stated"))
                        .map(|(i, it)| row(it, !indices.contains(&i), lang, t)) }
                </ul>
                <p class="explorer-none" data-explorer-none={group} hidden={!indices.is_empty()}>
                    { t.group_empty }
                </p>
            </>
        }
    };
    html! {
        <section class="explorer" aria-labelledby="explorer-title">
            <p class="island-off">{ page_strings(lang).explorer_off }</p>
            { island_root(&islands, &Island::Explorer, "island") }
            <div class="explorer-groups" data-explorer-results="" hidden={matches.is_empty()}>
                <h4 id="explorer-seasonal" data-explorer-heading="">{ t.tied_to(view.season) }</h4>
                { list("seasonal", "explorer-seasonal", &matches.seasonal) }
                // Folded in the default view; the island unfolds it when only
                // type, status or search narrow the view (`rows::show`).
                <details class="explorer-unstated" data-explorer-unstated="">
                    <summary id="explorer-not-stated">{ (t.not_stated)(matches.season_not_stated.len()) }</summary>
                    <p class="explorer-aside">{ t.not_stated_note }</p>
                    { list("not-stated", "explorer-not-stated", &matches.season_not_stated) }
                </details>
            </div>
        </section>
    }
}

/// One explorer item as a compact row: its name, then its seasons, type and
/// status on one line; our note and its source folded beneath.
fn row(item: &ExplorerItem, hidden: bool, lang: Lang, t: &ExplorerStrings) -> Html {
    html! {
        <li class="explorer-item" data-explorer-item={item.id.clone()} {hidden}>
            // The row itself opens the note: one tap target per item and
            // no extra line for a "more" toggle.
            <details class="explorer-more">
                <summary>
                    <span class="explorer-name">{ name(item, lang) }</span>
                    <span class="explorer-tags">
                        if !item.seasons.is_empty() {
                            <span class="tag-season">{ t.season_list(&item.seasons) }</span>
                        }
                        <span class="tag-type">{ (t.item_type)(item.item_type) }</span>
                        <span class={classes!("tag-status", status_key(item.status))}>{ (t.status)(item.status) }</span>
                    </span>
                </summary>
                <div class="explorer-note">{ item.note.get(lang) }{ " " }<SourceMark sources={vec![item.source.clone()]} /></div>
            </details>
        </li>
    }
}
