use report_data::{Lang, SectionId};
use yew::prelude::*;

use super::source_note::SourceNote;
use crate::embedded::report;
use crate::i18n::strings;

#[derive(Properties, PartialEq)]
pub struct FactsProps {
    pub section: SectionId,
}

/// Everything else the seed says about the section: the figures that are
/// not landmarks, then the statements, each with its source sentence.
#[function_component(Facts)]
pub fn facts(props: &FactsProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = strings(lang);
    let report = report();
    let section = report.section(props.section);
    let is_key = |id: &str| section.is_some_and(|s| s.key_figures.iter().any(|k| k == id));
    let figures = report
        .source
        .figures
        .iter()
        .filter(|f| f.section == props.section && !is_key(&f.id));
    let facts = report
        .source
        .facts
        .iter()
        .filter(|f| f.section == props.section);
    html! {
        <div class="facts">
            <h3>{ t.more_figures }</h3>
            <ul class="figure-list">
                { for figures.map(|f| html! {
                    <li>
                        <span class="figure-value">{ f.shown(lang) }</span>
                        <span class="figure-label">{ f.label.get(lang) }</span>
                        <SourceNote source={f.source.clone()} />
                    </li>
                }) }
            </ul>
            <h3>{ t.key_points }</h3>
            <ul class="fact-list">
                { for facts.map(|f| html! {
                    <li>
                        <span>{ f.text.get(lang) }</span>
                        <SourceNote source={f.source.clone()} />
                    </li>
                }) }
            </ul>
        </div>
    }
}
