use report_data::{ExplorerItem, Lang};
use yew::prelude::*;

use crate::i18n::ExplorerStrings;
use crate::ui::source_mark::SourceMark;

/// One explorer item as a compact row: its name, then its seasons, type and
/// status on one line; our note and its source folded beneath.
pub fn item(item: &ExplorerItem, lang: Lang, t: &ExplorerStrings) -> Html {
    html! {
        <li class="explorer-item" key={item.id.as_str()} data-explorer-item={item.id.clone()}>
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
                        <span class={classes!("tag-status", crate::explorer::status_key(item.status))}>{ (t.status)(item.status) }</span>
                    </span>
                </summary>
                <div class="explorer-note">{ item.note.get(lang) }{ " " }<SourceMark sources={vec![item.source.clone()]} /></div>
            </details>
        </li>
    }
}

/// The Chinese name, and in English the translation with the original
/// beside it, so a reader can match it to signs and the seed.
pub fn name(item: &ExplorerItem, lang: Lang) -> Html {
    match lang {
        Lang::Zh => html! { { &item.name.zh } },
        Lang::En => html! {
            <>
                { &item.name.en }{ " " }
                <span class="explorer-zh" lang="zh">{ &item.name.zh }</span>
            </>
        },
    }
}
