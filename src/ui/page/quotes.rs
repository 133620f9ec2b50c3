use report_data::{Lang, Person, Quote, Speech};
use yew::prelude::*;

use crate::embedded::report;
use crate::i18n::page_strings;

#[derive(Properties, PartialEq)]
pub struct QuoteProps {
    pub id: AttrValue,
}

/// A person's words. Quoted words (inside “…” in the seed) are a
/// blockquote; reported speech is an account in the reporter's words, named
/// as such, never dressed as a quote. Chinese is verbatim; on the English
/// page our translation leads and the original follows, marked as Chinese.
#[function_component(QuoteView)]
pub fn quote_view(props: &QuoteProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let report = report();
    let Some(q) = report.source.quotes.iter().find(|q| q.id == props.id) else {
        return Html::default();
    };
    let person = report.person(&q.speaker);
    match q.speech {
        Speech::Quoted => quoted(q, person, lang),
        Speech::Reported => reported(q, person, lang),
    }
}

fn quoted(q: &Quote, person: Option<&Person>, lang: Lang) -> Html {
    let t = page_strings(lang);
    let english = lang == Lang::En;
    html! {
        <figure class="quote" data-quote={q.id.clone()}>
            if english {
                <blockquote><p data-say="">{ &q.en }</p></blockquote>
                { original(&q.zh, t.our_translation, t.original) }
            } else {
                <blockquote lang="zh"><p data-say="">{ &q.zh }</p></blockquote>
            }
            { for person.map(|p| html! { <figcaption data-say="">{ "— " }{ speaker(p, lang) }</figcaption> }) }
        </figure>
    }
}

fn reported(q: &Quote, person: Option<&Person>, lang: Lang) -> Html {
    let t = page_strings(lang);
    let who = person.map(|p| p.name.get(lang)).unwrap_or_default();
    html! {
        <div class="reported" data-quote={q.id.clone()}>
            <p class="reported-as" data-say="">{ t.reported }</p>
            if lang == Lang::En {
                <p data-say="">{ (t.reported_by)(who) }{ &q.en }</p>
                { original(&q.zh, t.our_translation, t.original) }
            } else {
                <p data-say="">{ (t.reported_by)(who) }{ &q.zh }</p>
            }
            { for person.map(|p| html! { <p class="who">{ speaker(p, lang) }</p> }) }
        </div>
    }
}

/// The Chinese words as the seed prints them, folded under our English;
/// the toggle's line also says the English is ours, so it costs one line.
fn original(zh: &str, ours: &str, summary: &str) -> Html {
    html! {
        <details class="original">
            <summary><span><span class="translated" data-say="">{ ours }</span>{ " · " }{ summary }</span></summary>
            <blockquote lang="zh"><p data-say="">{ zh }</p></blockquote>
        </details>
    }
}

/// "何伟，市人大代表…" / "何伟 (He Wei), Deputy …": the Chinese name as
/// written, with pinyin beside it on the English page.
fn speaker(p: &Person, lang: Lang) -> Html {
    html! {
        <>
            <span lang={(lang == Lang::En).then_some("zh")}>{ &p.name.zh }</span>
            if lang == Lang::En { { format!(" ({})", p.name.en) } }
            { for p.credit_role(lang).map(|role| html! {
                <>{ if lang == Lang::Zh { "，" } else { ", " } }{ role }</>
            }) }
        </>
    }
}
