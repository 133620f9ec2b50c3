use report_data::Source;
use yew::prelude::*;

use crate::embedded::report;

#[derive(Properties, PartialEq)]
pub struct SourceNoteProps {
    pub source: Source,
}

/// The seed sentence behind a fact and who said it, folded by default.
/// `<details>` needs no script, so it works before and without the wasm.
#[function_component(SourceNote)]
pub fn source_note(props: &SourceNoteProps) -> Html {
    let report = report();
    let source = &props.source;
    let text = report.text(&source.text);
    let speaker = source.speaker.as_deref().and_then(|id| report.person(id));
    let who = match (speaker, text) {
        (Some(p), _) => format!("{}（{}）", p.name.zh, p.role.zh),
        (None, Some(t)) => t.label.zh.clone(),
        (None, None) => String::new(),
    };
    html! {
        <details class="source">
            <summary>{ "来源" }</summary>
            <blockquote lang="zh">{ &source.sentence }</blockquote>
            <p class="who">{ who }</p>
        </details>
    }
}
