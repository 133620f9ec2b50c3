use report_data::{Lang, SourceKind};
use yew::prelude::*;

use super::heading::section_heading;
use super::nav::METHOD;
use crate::downloads::{FIGURES_FILE, Format, chart_file, href};
use crate::embedded::report;
use crate::i18n::{page_strings, strings};

/// Sources and method: what the page is made of and what it is not.
#[function_component(Method)]
pub fn method() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = page_strings(lang);
    let report = report();
    let kinds = [
        (SourceKind::ReportExcerpt, t.kind_report),
        (SourceKind::Article, t.kind_article),
        (SourceKind::Bulletin, t.kind_bulletin),
        (SourceKind::Headline, t.kind_headline),
    ];
    html! {
        <section id={METHOD} class="story method" aria-labelledby={format!("{METHOD}-title")}>
            { section_heading(METHOD, strings(lang).method_title, lang) }
            <p>{ (t.method_seed)(report.source.meta.session.get(lang)) }</p>
            <p>{ t.method_no_date }</p>
            <p>
                { t.method_translation }
                { if lang == Lang::Zh { "" } else { " " } }
                { t.method_notes }
            </p>
            // The details fold, one tap away, so the story ends soon after
            // its last section.
            <details class="fold">
            <summary>{ t.method_texts }</summary>
            <ul>
                { for kinds.into_iter().map(|(kind, name)| {
                    let texts = report.source.texts.iter().filter(|x| x.kind == kind);
                    html! {
                        <li>
                            <strong>{ name }</strong>
                            <ul>
                                { for texts.map(|x| html! {
                                    <li>
                                        { x.label.get(lang) }
                                        // The title as printed (the bulletin's
                                        // is not its descriptive label).
                                        { for x.title.as_ref().map(|title| html! {
                                            <>{ " · " }<span lang="zh">{ format!("《{title}》") }</span></>
                                        }) }
                                        { for x.byline.as_ref().map(|b| html! {
                                            <>
                                                { " · " }<span lang="zh">{ b }</span>
                                                if lang == Lang::En { { byline_in_pinyin(b) } }
                                            </>
                                        }) }
                                    </li>
                                }) }
                            </ul>
                        </li>
                    }
                }) }
            </ul>
            </details>
            <details class="fold">
            <summary>{ t.derived_title }</summary>
            <ul class="derived-list">
                { for report.derived.iter().map(|d| html! {
                    <li>
                        <strong>{ d.label.get(lang) }</strong>
                        <p class="formula">{ t.formula }{ d.formula.get(lang) }</p>
                        <p>{ d.caveat.get(lang) }</p>
                    </li>
                }) }
            </ul>
            </details>
            <details class="fold">
            <summary>{ t.downloads }</summary>
            <ul class="downloads">
                <li>
                    <a download="xining-2024-figures.csv" href={href(lang, FIGURES_FILE)}>
                        { t.download_all }
                    </a>
                </li>
                { for report.source.charts.iter().map(|c| html! {
                    <li data-downloads={c.id.clone()}>
                        { c.takeaway.get(lang) }{ ": " }
                        <a download={format!("{}.{}.csv", c.id, lang.code())}
                            href={href(lang, &chart_file(&c.id, lang, Format::Csv))}>{ "CSV" }</a>
                        { " · " }
                        <a download={format!("{}.{}.json", c.id, lang.code())}
                            href={href(lang, &chart_file(&c.id, lang, Format::Json))}>{ "JSON" }</a>
                    </li>
                }) }
            </ul>
            </details>
        </section>
    }
}

/// " (Reporter Zhang Yanyan)" for "记者 张艳艳": the people table knows each
/// reporter's name and role in both languages.
fn byline_in_pinyin(byline: &str) -> String {
    report()
        .source
        .people
        .iter()
        .find(|p| byline.ends_with(p.name.zh.as_str()))
        .map(|p| match &p.role {
            Some(role) => format!(" ({} {})", role.en, p.name.en),
            None => format!(" ({})", p.name.en),
        })
        .unwrap_or_default()
}
