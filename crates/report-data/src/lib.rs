//! The Xining 2024 report as data, with no browser types: the model, the
//! derived figures, the checks that hold every fact to the seed, and (with
//! the `source` feature) reading the editor-facing TOML file.

mod derived;
mod display;
mod model;
mod numbers;
#[cfg(feature = "source")]
mod source;
mod validate;

pub use derived::derive;
pub use display::number;
pub use model::*;
pub use numbers::{grounded_numbers, same, stated_numbers};
#[cfg(feature = "source")]
pub use source::{LoadError, load};
pub use validate::{Problem, squash, validate, validate_derived};

impl Report {
    /// What the browser's islands read, and nothing the static page already
    /// holds: each chart's id, shape, takeaway (its drawing's name) and the
    /// figures it draws (labels, values, units; no sentences, no formulas),
    /// and of each explorer item what the filters and the search read (id,
    /// names, type, status, seasons; its note and source are in the page's
    /// static rows). Sections, beats, the glossary, facts, quotes, people,
    /// texts, the charts' labels and every other sentence stay out of the
    /// wasm.
    pub fn for_islands(&self) -> IslandReport {
        let s = &self.source;
        let drawn: Vec<&str> = s
            .charts
            .iter()
            .flat_map(|c| &c.figures)
            .map(String::as_str)
            .collect();
        let blank = || Text {
            zh: String::new(),
            en: String::new(),
        };
        let no_source = || Source {
            text: String::new(),
            speaker: None,
            sentence: String::new(),
        };
        let figures = s
            .figures
            .iter()
            .filter(|f| drawn.contains(&f.id.as_str()))
            .map(|f| Figure {
                source: no_source(),
                rests_on: Vec::new(),
                ..f.clone()
            })
            .collect();
        let derived = self
            .derived
            .iter()
            .filter(|d| drawn.contains(&d.id.as_str()))
            .map(|d| DerivedFigure {
                formula: blank(),
                inputs: Vec::new(),
                caveat: blank(),
                ..d.clone()
            })
            .collect();
        let charts = s
            .charts
            .iter()
            .map(|c| Chart {
                label: blank(),
                whole: None,
                rests_on: Vec::new(),
                ..c.clone()
            })
            .collect();
        IslandReport {
            source: IslandSource {
                figures,
                charts,
                explorer: s
                    .explorer
                    .iter()
                    .map(|item| ExplorerItem {
                        status_word: String::new(),
                        note: blank(),
                        source: no_source(),
                        ..item.clone()
                    })
                    .collect(),
            },
            derived,
        }
    }

    /// Where the claims resting on `ids` come from, each sentence once, in
    /// order: a figure's or fact's source, a derived figure's inputs', a
    /// quote's own words with its speaker.
    pub fn sources_of<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> Vec<Source> {
        let mut out: Vec<Source> = Vec::new();
        let mut add = |source: Source| {
            if !out.iter().any(|s| s.sentence == source.sentence) {
                out.push(source);
            }
        };
        for id in ids {
            for input in derived::inputs_of(id).unwrap_or(&[]) {
                if let Some(f) = self.figure(input) {
                    add(f.source.clone());
                }
            }
            if let Some(f) = self.figure(id) {
                add(f.source.clone());
            } else if let Some(f) = self.source.facts.iter().find(|f| f.id == id) {
                add(f.source.clone());
            } else if let Some(q) = self.source.quotes.iter().find(|q| q.id == id) {
                add(Source {
                    text: q.text.clone(),
                    speaker: Some(q.speaker.clone()),
                    sentence: q.zh.clone(),
                });
            }
        }
        out
    }

    /// The ids a chart's words and marks rest on: its figures, its whole
    /// and `rests_on`.
    pub fn chart_grounds(chart: &Chart) -> impl Iterator<Item = &str> {
        chart
            .figures
            .iter()
            .chain(&chart.whole)
            .chain(&chart.rests_on)
            .map(String::as_str)
    }

    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.source.figures.iter().find(|f| f.id == id)
    }

    pub fn derived_figure(&self, id: &str) -> Option<&DerivedFigure> {
        self.derived.iter().find(|f| f.id == id)
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.source.people.iter().find(|p| p.id == id)
    }

    pub fn text(&self, id: &str) -> Option<&SourceText> {
        self.source.texts.iter().find(|t| t.id == id)
    }

    pub fn section(&self, id: SectionId) -> Option<&Section> {
        self.source.sections.iter().find(|s| s.id == id)
    }
}

/// Figures by id, in the whole report (the static page) or in the
/// islands' (the browser), for code that serves both.
pub trait Lookup {
    fn figure(&self, id: &str) -> Option<&Figure>;
    fn derived_figure(&self, id: &str) -> Option<&DerivedFigure>;
}

impl Lookup for Report {
    fn figure(&self, id: &str) -> Option<&Figure> {
        Report::figure(self, id)
    }

    fn derived_figure(&self, id: &str) -> Option<&DerivedFigure> {
        Report::derived_figure(self, id)
    }
}

impl Lookup for IslandReport {
    fn figure(&self, id: &str) -> Option<&Figure> {
        self.source.figures.iter().find(|f| f.id == id)
    }

    fn derived_figure(&self, id: &str) -> Option<&DerivedFigure> {
        self.derived.iter().find(|f| f.id == id)
    }
}
