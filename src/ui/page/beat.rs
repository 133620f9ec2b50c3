use report_data::{Beat, Lang, Show};
use yew::prelude::*;

use super::big_number::BigNumber;
use super::chart::ChartFigure;
use super::explorer::ExplorerSection;
use super::quotes::QuoteView;
use super::say::said_sentences;
use crate::embedded::report;
use crate::i18n::page_strings;
use crate::ui::source_mark::SourceMark;

#[derive(Properties, PartialEq)]
pub struct BeatProps {
    pub id: AttrValue,
}

/// One step of a section's story: the claim with its source mark, the
/// meaning of any term a reader may not know, the quote that voices it,
/// and beside it (on wide screens) the figure or chart that carries it.
#[function_component(BeatView)]
pub fn beat_view(props: &BeatProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let report = report();
    let Some(beat) = report.source.beats.iter().find(|b| b.id == props.id) else {
        return Html::default();
    };
    let sources = report.sources_of(beat.rests_on.iter().map(String::as_str));
    let wide = matches!(beat.show, Some(Show::Explorer) | None);
    let class = classes!("beat", wide.then_some("beat-wide"));
    html! {
        <div {class} id={format!("beat-{}", beat.id)}>
            <div class="beat-text">
                <div class="claim">{ said_sentences(beat.text.get(lang)) }{ " " }<SourceMark {sources} /></div>
                { glosses(beat, lang) }
                { for beat.quote.clone().map(|id| html! { <QuoteView id={id} /> }) }
            </div>
            { for beat.show.as_ref().map(|show| html! {
                <div class="beat-show">
                    { match show {
                        Show::Figure(id) => html! { <BigNumber id={id.clone()} /> },
                        Show::Chart(id) => html! { <ChartFigure id={id.clone()} /> },
                        Show::Explorer => html! { <ExplorerSection /> },
                    } }
                </div>
            }) }
        </div>
    }
}

/// The standard meaning of each glossary term the beat uses, folded and
/// marked as our note: once a page, at the first beat that uses it.
fn glosses(beat: &Beat, lang: Lang) -> Html {
    let t = page_strings(lang);
    let uses = |b: &Beat, term: &str| {
        b.text
            .get(lang)
            .to_lowercase()
            .contains(&term.to_lowercase())
    };
    let report = report();
    let terms = report.source.glossary.iter().filter(|g| {
        let term = g.term.get(lang);
        report
            .source
            .beats
            .iter()
            .find(|b| uses(b, term))
            .is_some_and(|first| first.id == beat.id)
    });
    html! {
        { for terms.map(|g| html! {
            <details class="gloss">
                <summary>{ (t.what_is)(g.term.get(lang)) }</summary>
                <p data-say="">{ g.meaning.get(lang) }{ t.our_note }</p>
            </details>
        }) }
    }
}
