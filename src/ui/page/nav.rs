//! The sticky section navigation, static markup: `static/boot.js` marks
//! the section being read (`aria-current`, underlined by the stylesheet)
//! as the reader scrolls and keeps `--nav-height`, so the bar needs no wasm.

use report_data::{Lang, SectionId};
use yew::prelude::*;

use crate::i18n::strings;

/// The id of the sources-and-method section, the last one.
pub const METHOD: &str = "method";

/// Each section's id and short name, in page order.
fn entries(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let t = strings(lang);
    SectionId::ALL
        .iter()
        .map(|&s| (s.slug(), (t.section_short)(s)))
        .chain([(METHOD, t.method_title)])
        .collect()
}

/// Nothing is current as written: where the reader is, only the browser
/// knows, and boot.js reads it once the page is parsed.
#[function_component(SectionNav)]
pub fn section_nav() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    html! {
        <nav class="section-nav" aria-label={strings(lang).sections_nav}>
            <ul>
                { for entries(lang).into_iter().map(|(id, name)| html! {
                    <li><a href={format!("#{id}")} class={id}>{ name }</a></li>
                }) }
            </ul>
        </nav>
    }
}
