use yew::prelude::*;

use report_data::Lang;

use super::glance::Glance;
use super::lang::use_lang;
use super::method::Method;
use super::nav::SectionNav;
use super::section::SectionView;
use super::theme::use_theme;
use super::toolbar::Toolbar;
use crate::embedded::report;
use crate::i18n::strings;
use crate::page_url::relative_link;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The language of the address the page was opened at.
    pub lang: Lang,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // Tests and the benchmark wait for this mark: it means the wasm runs.
    use_effect_with((), |_| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("data-app-ready", "");
        }
    });

    let (lang, switch_lang) = use_lang(props.lang);
    let other = match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    let to_other = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        switch_lang.emit(other);
    });
    let (theme, choose_theme) = use_theme();
    let t = strings(lang);
    let report = report();
    let meta = &report.source.meta;
    html! {
        <ContextProvider<Lang> context={lang}>
            <a class="skip-link" href="#content">{ t.skip_link }</a>
            <header class="masthead">
                <p class="lang-switch">
                    <a href={relative_link(lang, other)} hreflang={strings(other).html_lang}
                        lang={strings(other).html_lang} onclick={to_other}>
                        { strings(other).language_name }
                    </a>
                </p>
                <h1>{ meta.title.get(lang) }</h1>
                <p class="subtitle">{ meta.subtitle.get(lang) }</p>
                <p class="provenance">{ t.provenance }</p>
                <Toolbar {theme} on_theme={choose_theme} />
            </header>
            <SectionNav />
            <main id="content">
                <Glance />
                { for report.source.sections.iter().map(|s| html! {
                    <SectionView id={s.id} />
                }) }
                <Method />
            </main>
        </ContextProvider<Lang>>
    }
}
