use report_data::Lang;
use yew::prelude::*;

use super::numbers::with_whole_numbers;
use super::say::{pause, read_button};
use crate::embedded::report;
use crate::i18n::{page_strings, strings};

/// The gist in one screen: one card per section with its headline figure
/// and one plain line, each a link to its section.
#[function_component(Glance)]
pub fn glance() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = strings(lang);
    let report = report();
    html! {
        <section class="glance" aria-labelledby="glance-title">
            <h2 id="glance-title" data-say="">{ page_strings(lang).glance_title }</h2>
            { read_button(lang) }
            <ul class="glance-cards">
                { for report.source.sections.iter().filter_map(|s| {
                    let figure = report.figure(&s.glance.figure)?;
                    let slug = s.id.slug();
                    let (name, value, line) = ((t.section_short)(s.id), figure.shown(lang), s.glance.line.get(lang));
                    Some(html! {
                        <li class={slug}>
                            <a class="glance-card" href={format!("#{slug}")} data-glance={slug}
                                data-say={pause(lang)}>
                                <span class="glance-section">{ name }</span>
                                <span class="glance-value">{ value }</span>
                                <span class="glance-line">{ with_whole_numbers(line) }</span>
                            </a>
                        </li>
                    })
                }) }
            </ul>
        </section>
    }
}
