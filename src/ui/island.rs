//! Islands: the parts of the page that answer to input. The page around
//! them is static HTML written at build time (`ui::page`, never in the
//! wasm); each island is prerendered inside an element marked
//! `data-island="<key>"` and hydrated on its own (`ui::hydrate`), so no
//! phone waits for the whole report to hydrate in one task.

use report_data::{Chart, Lang};
use yew::prelude::*;

use super::chart::ChartIsland;
use super::explorer::Explorer;

/// The attribute that marks an island's root and names it.
pub const ATTR: &str = "data-island";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Island {
    /// The seasonal tourism explorer.
    Explorer,
    /// A chart's drawing with its hover, tap and keyboard overlay.
    Chart(AttrValue),
}

impl Island {
    /// The value of `data-island`.
    pub fn key(&self) -> String {
        match self {
            Island::Explorer => "explorer".into(),
            Island::Chart(id) => format!("chart:{id}"),
        }
    }

    /// The island a `data-island` value names; None for anything else, so a
    /// stray attribute is left alone rather than hydrated wrongly.
    pub fn parse(key: &str) -> Option<Island> {
        match key {
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
        [Island::Explorer].into_iter().chain(charts).collect()
    }
}

#[derive(Properties, PartialEq)]
pub struct IslandProps {
    pub island: Island,
    /// The page's language, read from `<html lang>` in the browser.
    pub lang: Lang,
}

/// Which wasm module hydrates an island. The page's module (`First`) has
/// none left: the first screen's controls (the toolbar, the section bar)
/// are static markup that `static/boot.js` makes work. The explorer and
/// the charts, further down on every screen, are in a module of their own
/// that boot.js loads when one of them comes near the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    First,
    Later,
}

impl Island {
    pub fn part(&self) -> Part {
        match self {
            Island::Explorer | Island::Chart(_) => Part::Later,
        }
    }
}

/// The root of the page's module (`Part::First`), which hydrates no
/// island now; it stays until the later module becomes the one main app
/// (issue 23, item 2). One root per part, so each module links only its
/// own islands.
#[function_component(FirstIslands)]
pub fn first_islands(_: &IslandProps) -> Html {
    Html::default()
}

/// The root of the islands further down (`Part::Later`); it gives the
/// island the page's language, as the page is not one Yew app whose context
/// could.
#[function_component(LaterIslands)]
pub fn later_islands(props: &IslandProps) -> Html {
    with_lang(
        props.lang,
        match &props.island {
            Island::Explorer => html! { <Explorer /> },
            Island::Chart(id) => html! { <ChartIsland id={id.clone()} /> },
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
    fn nothing_on_the_first_screen_needs_wasm() {
        let first: Vec<String> = Island::all(&island_report().source.charts)
            .iter()
            .filter(|i| i.part() == Part::First)
            .map(Island::key)
            .collect();
        assert_eq!(first, [] as [String; 0]);
    }
}
