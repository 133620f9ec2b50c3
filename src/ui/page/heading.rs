use report_data::Lang;
use yew::prelude::*;

use crate::i18n::page_strings;

/// A section's heading with a link to the section beside it (not in it,
/// so the heading's name stays the title), for copying its address. It
/// says what it is in words: a bare "#" reads as a stray symbol.
pub fn section_heading(id: &str, title: &str, lang: Lang) -> Html {
    html! {
        <div class="section-heading">
            <h2 id={format!("{id}-title")} data-say="">{ title }</h2>
            <a class="permalink" href={format!("#{id}")}
                aria-label={format!("{}{title}", page_strings(lang).permalink)}>{ page_strings(lang).permalink_text }</a>
        </div>
    }
}
