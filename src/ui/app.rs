use yew::prelude::*;

use super::section::SectionView;
use crate::embedded::report;

#[function_component(App)]
pub fn app() -> Html {
    // Tests and the benchmark wait for this mark: it means the wasm runs.
    use_effect_with((), |_| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("data-app-ready", "");
        }
    });

    let report = report();
    let meta = &report.source.meta;
    html! {
        <>
            <a class="skip-link" href="#content">{ "跳到正文" }</a>
            <header class="masthead">
                <p class="kicker">{ &meta.session }</p>
                <h1>{ &meta.title.zh }</h1>
                <p class="subtitle">{ &meta.subtitle.zh }</p>
            </header>
            <nav class="section-nav" aria-label="章节">
                <ul>
                    { for report.source.sections.iter().map(|s| html! {
                        <li><a href={format!("#{}", s.id.slug())}>{ &s.title.zh }</a></li>
                    }) }
                </ul>
            </nav>
            <main id="content">
                { for report.source.sections.iter().map(|s| html! {
                    <SectionView id={s.id} />
                }) }
            </main>
        </>
    }
}
