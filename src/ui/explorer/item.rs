use report_data::{ExplorerItem, Lang};
use yew::prelude::*;

/// The Chinese name, and in English the translation with the original
/// beside it, so a reader can match it to signs and the seed: the season's
/// theme line here, each row in the static page.
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
