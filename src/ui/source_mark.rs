use report_data::{Lang, Lookup, Source};
use yew::prelude::*;

use crate::i18n::strings;

#[derive(Properties, PartialEq)]
pub struct SourceMarkProps {
    pub sources: Vec<Source>,
}

/// A small mark after a claim that opens, in place, the seed sentences it
/// rests on and who said them. `<details>` needs no script, so it works
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

/// The speaker with their role, else the kind of text the sentence is in.
fn who(source: &Source, lang: Lang) -> String {
    who_in(names(), source, lang)
}

/// The report that names speakers and texts. The page's marks, written
/// natively, name anyone: the whole report. In the browser only the
/// explorer's marks are drawn, and the islands' report keeps the people and
/// texts its items' sources name (tested below).
#[cfg(not(target_arch = "wasm32"))]
fn names() -> &'static report_data::Report {
    crate::embedded::report()
}

#[cfg(target_arch = "wasm32")]
fn names() -> &'static report_data::IslandReport {
    crate::embedded::island_report()
}

fn who_in(report: &impl Lookup, source: &Source, lang: Lang) -> String {
    let speaker = source.speaker.as_deref().and_then(|id| report.person(id));
    match (speaker, report.text(&source.text)) {
        (Some(p), _) => match lang {
            Lang::Zh => format!("{}（{}）", p.name.zh, p.role.zh),
            Lang::En => format!("{} ({})", p.name.en, p.role.en),
        },
        (None, Some(t)) => t.label.get(lang).to_string(),
        (None, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::{island_report, report};

    /// The explorer's marks are prerendered from the whole report and
    /// hydrated from the islands' one: both must name the same.
    #[test]
    fn the_islands_name_every_explorer_source_as_the_page_does() {
        for item in &report().source.explorer {
            for lang in [Lang::Zh, Lang::En] {
                let page = who_in(report(), &item.source, lang);
                assert!(!page.is_empty(), "{}: names no one", item.id);
                assert_eq!(who_in(island_report(), &item.source, lang), page);
            }
        }
    }
}
