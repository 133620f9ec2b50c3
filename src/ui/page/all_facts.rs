use report_data::{Lang, SectionId};
use yew::prelude::*;

use super::quotes::QuoteView;
use super::say::pause;
use crate::embedded::report;
use crate::i18n::page_strings;
use crate::ui::source_mark::SourceMark;

#[derive(Properties, PartialEq)]
pub struct AllFactsProps {
    pub section: SectionId,
}

/// Everything the seed says about the section, one tap away and folded:
/// every figure (reported and derived), every fact and the quotes the story
/// did not show, each with its source. `<details>` works without script,
/// so the page stays complete while the story stays short.
#[function_component(AllFacts)]
pub fn all_facts(props: &AllFactsProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = page_strings(lang);
    let report = report();
    let section = props.section;
    let figures: Vec<_> = report
        .source
        .figures
        .iter()
        .filter(|f| f.section == section)
        .collect();
    let derived: Vec<_> = report
        .derived
        .iter()
        .filter(|d| d.section == section)
        .collect();
    let facts: Vec<_> = report
        .source
        .facts
        .iter()
        .filter(|f| f.section == section)
        .collect();
    let in_story = |id: &str| {
        report
            .source
            .beats
            .iter()
            .any(|b| b.quote.as_deref() == Some(id))
    };
    let quotes: Vec<_> = report
        .source
        .quotes
        .iter()
        .filter(|q| q.section == section && !in_story(&q.id))
        .collect();
    let count = figures.len() + derived.len() + facts.len() + quotes.len();
    html! {
        <details class="all-facts" data-all-facts={section.slug()}>
            <summary>{ (t.all_facts)(count) }</summary>
            <ul class="figure-list">
                { for figures.iter().map(|f| html! {
                    <li data-say={pause(lang)}>
                        <span class="figure-value">{ f.shown(lang) }</span>{ " " }
                        <span class="figure-label">{ f.label.get(lang) }</span>{ " " }
                        <SourceMark sources={vec![f.source.clone()]} />
                    </li>
                }) }
                { for derived.iter().map(|d| html! {
                    <li class="derived" data-say={pause(lang)}>
                        <span class="figure-value">{ d.shown(lang) }</span>{ " " }
                        <span class="figure-label">{ d.label.get(lang) }</span>
                        <span class="formula">{ t.formula }{ d.formula.get(lang) }</span>
                    </li>
                }) }
            </ul>
            <ul class="fact-list">
                { for facts.iter().map(|f| html! {
                    <li data-say="">{ f.text.get(lang) }{ " " }<SourceMark sources={vec![f.source.clone()]} /></li>
                }) }
            </ul>
            { for quotes.iter().map(|q| html! { <QuoteView id={q.id.clone()} /> }) }
        </details>
    }
}
