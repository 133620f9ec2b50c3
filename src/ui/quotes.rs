use report_data::{Lang, SectionId};
use yew::prelude::*;

use crate::embedded::report;
use crate::i18n::strings;

#[derive(Properties, PartialEq)]
pub struct QuotesProps {
    pub section: SectionId,
}

/// The people's own words. Chinese is verbatim; in English our translation
/// leads and the original follows, marked as Chinese.
#[function_component(Quotes)]
pub fn quotes(props: &QuotesProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = strings(lang);
    let report = report();
    let quotes: Vec<_> = report
        .source
        .quotes
        .iter()
        .filter(|q| q.section == props.section)
        .collect();
    if quotes.is_empty() {
        return Html::default();
    }
    html! {
        <div class="quotes">
            <h3>{ t.voices }</h3>
            { for quotes.into_iter().map(|q| {
                let person = report.person(&q.speaker);
                html! {
                    <figure class="quote">
                        if lang == Lang::En {
                            <blockquote><p>{ &q.en }</p></blockquote>
                            <p class="translated">{ t.our_translation }</p>
                        }
                        <blockquote lang="zh" class={classes!((lang == Lang::En).then_some("original"))}>
                            <p>{ &q.zh }</p>
                        </blockquote>
                        { for person.map(|p| html! {
                            <figcaption>
                                { "— " }<span lang={(lang == Lang::En).then_some("zh")}>{ &p.name.zh }</span>
                                if lang == Lang::En { { format!(" ({})", p.name.en) } }
                                { if lang == Lang::Zh { "，" } else { ", " } }{ p.role.get(lang) }
                            </figcaption>
                        }) }
                    </figure>
                }
            }) }
        </div>
    }
}
