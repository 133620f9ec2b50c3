//! The seasonal tourism explorer: filters over the items the seed names,
//! with the view kept in the URL. The logic is in `crate::explorer`; the
//! parts here are plain functions of the state, so the explorer costs one
//! component.

mod controls;
mod item;
mod results;
mod url;

use std::sync::OnceLock;

use report_data::Lang;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::embedded::island_report;
use crate::explorer::{Action, SearchIndex};
use crate::i18n::strings;
use controls::{controls, use_search_field};
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

    html! {
        <section class="explorer" aria-labelledby="explorer-title">
            <h3 id="explorer-title" tabindex="-1" ref={heading}>{ t.title }</h3>
            { controls(&url, index().items(), lang, t, search_field) }
            { results(index().items(), url.view(), &matches, lang, t, on_reset) }
        </section>
    }
}
