use report_data::{Lang, SectionId};
use yew::prelude::*;

use super::big_number::BigNumber;
use super::chart::{ChartView, chart_ids};
use super::explorer::Explorer;
use super::facts::Facts;
use super::heading::section_heading;
use super::quotes::Quotes;
use crate::embedded::report;

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub id: SectionId,
}

#[function_component(SectionView)]
pub fn section_view(props: &SectionProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let report = report();
    let Some(section) = report.section(props.id) else {
        return Html::default();
    };
    let slug = section.id.slug();
    html! {
        <section id={slug} class={classes!("story", slug)} aria-labelledby={format!("{slug}-title")}>
            { section_heading(slug, section.title.get(lang), lang) }
            <p class="lead">{ section.lead.get(lang) }</p>
            <ul class="big-numbers">
                { for section.key_figures.iter().filter_map(|id| report.figure(id)).map(|f| html! {
                    <li><BigNumber id={f.id.clone()} /></li>
                }) }
            </ul>
            { for chart_ids(section.id).into_iter().map(|id| html! { <ChartView {id} /> }) }
            <Quotes section={section.id} />
            <Facts section={section.id} />
            if section.id == SectionId::Tourism { <Explorer /> }
        </section>
    }
}
