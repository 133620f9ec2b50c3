use report_data::{Lang, Source};

use yew::prelude::*;

use crate::embedded::report;
use crate::i18n::strings;

#[derive(Properties, PartialEq)]
pub struct SourceNoteProps {
    pub source: Source,
}

/// The seed sentence behind a fact and who said it, folded by default.
/// `<details>` needs no script, so it works before and without the wasm.
#[function_component(SourceNote)]
pub fn source_note(props: &SourceNoteProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let report = report();
    let source = &props.source;
    let text = report.text(&source.text);
    let speaker = source.speaker.as_deref().and_then(|id| report.person(id));
    let who = match (speaker, text) {
        (Some(p), _) => match lang {
            Lang::Zh => format!("{}（{}）", p.name.zh, p.role.zh),
            Lang::En => format!("{} ({})", p.name.en, p.role.en),
        },
        (None, Some(t)) => t.label.get(lang).to_string(),
        (None, None) => String::new(),
    };
    html! {
        <details class="source">
            <summary>{ strings(lang).source }</summary>
            <blockquote lang="zh">{ &source.sentence }</blockquote>
            <p class="who">{ who }</p>
        </details>
    }
}
