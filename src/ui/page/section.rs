use report_data::{Lang, SectionId};
use yew::prelude::*;

use super::all_facts::AllFacts;
use super::beat::BeatView;
use super::heading::section_heading;
use super::say::read_button;
use crate::embedded::report;

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub id: SectionId,
}

/// One story section: its heading, its beats in story order, and folded
/// beneath them everything else the seed says about it.
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
            { read_button(lang) }
            { for report.source.beats.iter().filter(|b| b.section == section.id).map(|b| html! {
                <BeatView id={b.id.clone()} />
            }) }
            <AllFacts section={section.id} />
        </section>
    }
}
