//! The seasonal tourism explorer: filters over the items the seed names,
//! with the view kept in the URL. The logic is in `crate::explorer`; the
//! parts here are plain functions of the state, so the explorer costs one
//! component. Its rows are static HTML beside the island
//! (`ui::page::explorer`), which a view only shows or hides (`rows`).

mod controls;
mod item;
mod results;
mod rows;
mod url;

use std::cell::Cell;
use std::sync::OnceLock;

use report_data::Lang;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::embedded::island_report;
use crate::explorer::{Action, SearchIndex};
use crate::i18n::strings;
use controls::{controls, use_search_field};
// The static page's rows name their items the same way.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) use item::name;
use results::results;
use url::use_url_view;

fn index() -> &'static SearchIndex<'static> {
    static INDEX: OnceLock<SearchIndex<'static>> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(&island_report().source.explorer))
}

#[function_component(Explorer)]
pub fn explorer() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = &strings(lang).explorer;
    let url = use_url_view();
    let search_field = use_search_field(&url);
    let matches = use_memo(url.view().clone(), |view| index().filter(view));
    let heading = use_node_ref();

    // The static rows follow the view. The page was written with the
    // default view, the "not stated" fold closed.
    let unfolded = use_memo((), |_| Cell::new(Some(false)));
    {
        let matches = matches.clone();
        use_effect_with(url.view().clone(), move |view| {
            let visible = matches.visible_ids(index().items());
            rows::show(view, &matches, &visible, t, &unfolded);
        });
    }

    // The reset button goes away with the empty state; focus moves to the
    // explorer's heading so keyboard users are not sent back to the top.
    let on_reset = {
        let url = url.clone();
        let heading = heading.clone();
        Callback::from(move |_: MouseEvent| {
            url.push(url.view().apply(&Action::Reset));
            if let Some(h) = heading.cast::<HtmlElement>() {
                let _ = h.focus();
            }
        })
    };

    // The `<section>` around this island, labelled by this heading, is the
    // static page's: it holds the rows too.
    html! {
        <>
            <h3 id="explorer-title" tabindex="-1" ref={heading}>{ t.title }</h3>
            { controls(&url, index().items(), lang, t, search_field) }
            { results(index().items(), url.view(), &matches, lang, t, on_reset) }
        </>
    }
}
