//! Islands: the parts of the page that answer to input. The page around
//! them is static HTML written at build time (`ui::page`, never in the
//! wasm); each island is prerendered inside an element marked
//! `data-island="<key>"` and hydrated on its own (`ui::hydrate`), so no
//! phone waits for the whole report to hydrate in one task.

use report_data::{Chart, Lang};
use yew::prelude::*;

use super::chart::ChartIsland;
use super::explorer::Explorer;
use super::toolbar::Toolbar;

/// The attribute that marks an island's root and names it.
pub const ATTR: &str = "data-island";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Island {
    /// Text size, light or dark, share.
    Toolbar,
    /// The seasonal tourism explorer.
    Explorer,
    /// A chart's drawing with its hover, tap and keyboard overlay.
    Chart(AttrValue),
}

impl Island {
    /// The value of `data-island`.
    pub fn key(&self) -> String {
        match self {
            Island::Toolbar => "toolbar".into(),
            Island::Explorer => "explorer".into(),
            Island::Chart(id) => format!("chart:{id}"),
        }
    }

    /// The island a `data-island` value names; None for anything else, so a
    /// stray attribute is left alone rather than hydrated wrongly.
    pub fn parse(key: &str) -> Option<Island> {
        match key {
            "toolbar" => Some(Island::Toolbar),
            "explorer" => Some(Island::Explorer),
            _ => key
                .strip_prefix("chart:")
                .filter(|id| !id.is_empty())
                .map(|id| Island::Chart(AttrValue::from(id.to_string()))),
        }
    }

    /// Every island of the page, in page order, with its `charts`.
    pub fn all(charts: &[Chart]) -> Vec<Island> {
        let charts = charts
            .iter()
            .map(|c| Island::Chart(AttrValue::from(c.id.clone())));
        [Island::Toolbar, Island::Explorer]
            .into_iter()
            .chain(charts)
            .collect()
    }
}

#[derive(Properties, PartialEq)]
pub struct IslandProps {
    pub island: Island,
    /// The page's language, read from `<html lang>` in the browser.
    pub lang: Lang,
}

/// Which wasm module hydrates an island. The first screen's islands come
/// with the page; the explorer and the charts, further down on every
/// screen, in a module of their own that `static/boot.js` loads when one
/// of them comes near the screen, so a first visit downloads only the
/// toolbar's code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    First,
    Later,
}

impl Island {
    pub fn part(&self) -> Part {
        match self {
            Island::Toolbar => Part::First,
            Island::Explorer | Island::Chart(_) => Part::Later,
        }
    }
}

/// The root of the first screen's islands (`Part::First`); it gives the
/// island the page's language, as the page is not one Yew app whose context
/// could. One root per part, so each module links only its own islands.
#[function_component(FirstIslands)]
pub fn first_islands(props: &IslandProps) -> Html {
    with_lang(
        props.lang,
        match &props.island {
            Island::Toolbar => html! { <Toolbar /> },
            Island::Explorer | Island::Chart(_) => Html::default(),
        },
    )
}

/// The root of the islands further down (`Part::Later`).
#[function_component(LaterIslands)]
pub fn later_islands(props: &IslandProps) -> Html {
    with_lang(
        props.lang,
        match &props.island {
            Island::Explorer => html! { <Explorer /> },
            Island::Chart(id) => html! { <ChartIsland id={id.clone()} /> },
            Island::Toolbar => Html::default(),
        },
    )
}

fn with_lang(lang: Lang, island: Html) -> Html {
    html! {
        <ContextProvider<Lang> context={lang}>{ island }</ContextProvider<Lang>>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::island_report;

    #[test]
    fn every_island_reads_back_from_its_key() {
        for island in Island::all(&island_report().source.charts) {
            assert_eq!(Island::parse(&island.key()), Some(island));
        }
        assert_eq!(Island::parse("chart:"), None);
        assert_eq!(Island::parse("map"), None);
    }

    #[test]
    fn only_the_toolbar_comes_with_the_page() {
        let first: Vec<String> = Island::all(&island_report().source.charts)
            .iter()
            .filter(|i| i.part() == Part::First)
            .map(Island::key)
            .collect();
        assert_eq!(first, ["toolbar"]);
    }
}
