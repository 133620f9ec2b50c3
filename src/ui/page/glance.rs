use report_data::Lang;
use yew::prelude::*;

use super::numbers::with_whole_numbers;
use crate::embedded::report;
use crate::i18n::strings;

/// The gist in one screen: one card per section with its headline figure
/// and one plain line, each a link to its section.
#[function_component(Glance)]
pub fn glance() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = strings(lang);
    let report = report();
    html! {
        <section class="glance" aria-labelledby="glance-title">
            <h2 id="glance-title">{ t.glance_title }</h2>
            <ul class="glance-cards">
                { for report.source.sections.iter().filter_map(|s| {
                    let figure = report.figure(&s.glance.figure)?;
                    let slug = s.id.slug();
                    Some(html! {
                        <li class={slug}>
                            <a class="glance-card" href={format!("#{slug}")} data-glance={slug}>
                                <span class="glance-section">{ (t.section_short)(s.id) }</span>
                                <span class="glance-value">{ figure.shown(lang) }</span>
                                <span class="glance-line">{ with_whole_numbers(s.glance.line.get(lang)) }</span>
                            </a>
                        </li>
                    })
                }) }
            </ul>
        </section>
    }
}
