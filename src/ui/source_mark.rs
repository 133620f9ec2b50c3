use report_data::{Lang, Source};
use yew::prelude::*;

use crate::embedded::report;
use crate::i18n::strings;

#[derive(Properties, PartialEq)]
pub struct SourceMarkProps {
    pub sources: Vec<Source>,
}

/// A small mark after a claim that opens, in place, the seed sentences it
/// rests on and who said them. Static page only (native), like the
/// sentences and people it shows. `<details>` needs no script, so it works
/// before and without the wasm; print shows the sentences unfolded.
#[function_component(SourceMark)]
pub fn source_mark(props: &SourceMarkProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    if props.sources.is_empty() {
        return Html::default();
    }
    html! {
        <details class="src">
            <summary>{ strings(lang).source }</summary>
            <span class="src-body">
                { for props.sources.iter().map(|s| html! {
                    <>
                        <span class="src-sentence" lang="zh" data-say="">{ &s.sentence }</span>
                        <span class="who">{ who(s, lang) }</span>
                    </>
                }) }
            </span>
        </details>
    }
}

/// The speaker with their (short) role, else the kind of text the
/// sentence is in.
fn who(source: &Source, lang: Lang) -> String {
    let report = report();
    let speaker = source.speaker.as_deref().and_then(|id| report.person(id));
    match (speaker, report.text(&source.text)) {
        (Some(p), _) => p.named_with_short_role(lang),
        (None, Some(t)) => t.label.get(lang).to_string(),
        (None, None) => String::new(),
    }
}
