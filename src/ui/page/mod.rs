//! The static page: everything a reader reads, written once at build time
//! by Yew's server renderer and never hydrated. Only native builds have it
//! (the wasm cannot link it); the islands inside it are prerendered on
//! their own and placed in their roots.

mod all_facts;
mod beat;
mod big_number;
mod chart;
mod explorer;
mod glance;
mod heading;
mod method;
mod nav;
mod numbers;
mod quotes;
mod say;
mod section;
mod table;
mod toolbar;

use std::collections::BTreeMap;
use std::rc::Rc;

use report_data::Lang;
use yew::prelude::*;

use self::glance::Glance;
use self::method::Method;
use self::nav::SectionNav;
use self::section::SectionView;
use self::toolbar::Toolbar;
use super::fingerprint;
use super::island::{FirstIslands, Island, IslandProps, LaterIslands, Part};
use crate::embedded::{island_report, report};
use crate::i18n::page_strings;
use crate::page_url::relative_link;
use crate::ui::source_mark::SourceMark;

/// Each island's prerendered HTML, by its key: rendered first, with the
/// markers hydration needs, then placed as is into the static page.
#[derive(Clone, Default, PartialEq)]
pub struct IslandHtml(Rc<BTreeMap<String, String>>);

/// An island's root element with its prerendered content.
fn island_root(islands: &IslandHtml, island: &Island, class: &'static str) -> Html {
    let key = island.key();
    let inner = islands.0.get(&key).cloned().unwrap_or_default();
    // The attribute is `fingerprint::FINGERPRINT_ATTR`.
    let print = fingerprint::of_html(&inner);
    // boot.js loads the later module when one of these comes near.
    let later = (island.part() == Part::Later).then_some("");
    html! {
        <div {class} data-island={key} data-fingerprint={print} data-later={later}>
            { Html::from_html_unchecked(inner.into()) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub lang: Lang,
    pub islands: IslandHtml,
}

#[function_component(Page)]
pub fn page(props: &PageProps) -> Html {
    let lang = props.lang;
    let other = match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    let t = page_strings(lang);
    let report = report();
    let meta = &report.source.meta;
    let islands = &props.islands;
    html! {
        <ContextProvider<Lang> context={lang}>
        <ContextProvider<IslandHtml> context={islands.clone()}>
            <a class="skip-link" href="#content">{ t.skip_link }</a>
            <header class="masthead">
                <p class="lang-switch">
                    // A plain link that says its language, so it lands there
                    // in this tab or a new one, before or without the wasm.
                    <a href={relative_link(lang, other)} hreflang={page_strings(other).html_lang}
                        lang={page_strings(other).html_lang} data-lang-switch={other.code()}>
                        { page_strings(other).language_name }
                    </a>
                </p>
                <h1>{ meta.title.get(lang) }</h1>
                <p class="subtitle">{ meta.subtitle.get(lang) }</p>
                // A <div>: the source mark is a <details>, which a <p> may
                // not hold.
                <div class="provenance">
                    { (t.provenance)(meta.session.get(lang)) }{ " " }
                    <SourceMark sources={vec![meta.session_source.clone()]} />
                </div>
                <Toolbar />
            </header>
            <SectionNav />
            <main id="content">
                <Glance />
                { for report.source.sections.iter().map(|s| html! {
                    <SectionView id={s.id} />
                }) }
                <Method />
            </main>
        </ContextProvider<IslandHtml>>
        </ContextProvider<Lang>>
    }
}

/// The whole page in `lang` as HTML: each island rendered with the markers
/// its hydration needs, then the static page around them without any.
pub async fn render_page(lang: Lang) -> String {
    let mut islands = BTreeMap::new();
    for island in Island::all(&island_report().source.charts) {
        let key = island.key();
        let props = IslandProps { island, lang };
        // Rendered by the root component that will hydrate it.
        let html = match props.island.part() {
            Part::First => render_island::<FirstIslands>(props).await,
            Part::Later => render_island::<LaterIslands>(props).await,
        };
        islands.insert(key, html);
    }
    let props = PageProps {
        lang,
        islands: IslandHtml(Rc::new(islands)),
    };
    yew::LocalServerRenderer::<Page>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

async fn render_island<R: BaseComponent<Properties = IslandProps>>(props: IslandProps) -> String {
    yew::LocalServerRenderer::<R>::with_props(props)
        .hydratable(true)
        .render()
        .await
}
