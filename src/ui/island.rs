//! Islands: the parts of the page that answer to input. The page around
//! them is static HTML written at build time (`ui::page`, never in the
//! wasm); each island is prerendered inside an element marked
//! `data-island="<key>"` and hydrated on its own (`ui::hydrate`), so no
//! phone waits for the whole report to hydrate in one task.

use report_data::{Chart, Lang};
use yew::prelude::*;

use super::chart::ChartIsland;
use super::explorer::Explorer;
use super::nav::SectionNav;
use super::toolbar::Toolbar;

/// The attribute that marks an island's root and names it.
pub const ATTR: &str = "data-island";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Island {
    /// Text size, light or dark, share.
    Toolbar,
    /// The sticky section bar that marks the section being read.
    Nav,
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
            Island::Nav => "nav".into(),
            Island::Explorer => "explorer".into(),
            Island::Chart(id) => format!("chart:{id}"),
        }
    }

    /// The island a `data-island` value names; None for anything else, so a
    /// stray attribute is left alone rather than hydrated wrongly.
    pub fn parse(key: &str) -> Option<Island> {
        match key {
            "toolbar" => Some(Island::Toolbar),
            "nav" => Some(Island::Nav),
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
        [Island::Toolbar, Island::Nav, Island::Explorer]
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

/// The root of every island: it gives the island the page's language, as
/// the page is not one Yew app whose context could.
#[function_component(IslandRoot)]
pub fn island_root(props: &IslandProps) -> Html {
    html! {
        <ContextProvider<Lang> context={props.lang}>
            { match &props.island {
                Island::Toolbar => html! { <Toolbar /> },
                Island::Nav => html! { <SectionNav /> },
                Island::Explorer => html! { <Explorer /> },
                Island::Chart(id) => html! { <ChartIsland id={id.clone()} /> },
            } }
        </ContextProvider<Lang>>
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
}
