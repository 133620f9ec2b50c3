use report_data::{ExplorerItem, Lang};
use yew::prelude::*;

use crate::i18n::ExplorerStrings;
use crate::ui::source_note::SourceNote;

/// One explorer item: its name, what it is, when the seed places it, our
/// note and the sentence it comes from.
pub fn item(item: &ExplorerItem, lang: Lang, t: &ExplorerStrings) -> Html {
    html! {
        <li class="explorer-item" key={item.id.as_str()} data-explorer-item={item.id.clone()}>
            <h5 class="explorer-name">{ name(item, lang) }</h5>
            <p class="explorer-tags">
                <span>{ t.item_type(item.item_type) }</span>
                <span>{ t.status(item.status) }</span>
                if !item.seasons.is_empty() {
                    <span>{ t.item_seasons }{ t.season_list(&item.seasons) }</span>
                }
            </p>
            <p class="explorer-note">{ item.note.get(lang) }</p>
            <SourceNote source={item.source.clone()} />
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
