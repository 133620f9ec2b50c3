//! The Xining 2024 report as data, with no browser types: the model, the
//! derived figures, the checks that hold every fact to the seed, and (with
//! the `source` feature) reading the editor-facing TOML file.

mod derived;
mod display;
mod model;
#[cfg(feature = "source")]
mod source;
mod validate;

pub use derived::derive;
pub use display::number;
pub use model::*;
#[cfg(feature = "source")]
pub use source::{LoadError, load};
pub use validate::{Problem, squash, validate};

impl Report {
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
