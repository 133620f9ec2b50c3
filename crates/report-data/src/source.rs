//! Reading `data/report.toml`: parse, validate against the seed, derive.

use std::fmt;

use crate::model::{Report, ReportSource};
use crate::validate::{Problem, validate, validate_derived};

#[derive(Debug)]
pub enum LoadError {
    /// The file is not valid TOML or does not fit the model.
    Parse(Problem),
    /// The file parses but breaks the rules.
    Invalid(Vec<Problem>),
}

impl LoadError {
    pub fn problems(&self) -> &[Problem] {
        match self {
            LoadError::Parse(p) => std::slice::from_ref(p),
            LoadError::Invalid(ps) => ps,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in self.problems() {
            writeln!(f, "{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// Reads the editor's file and returns the report the app embeds.
pub fn load(toml_text: &str, seed: &str) -> Result<Report, LoadError> {
    let deserializer = toml::Deserializer::parse(toml_text).map_err(|e| {
        LoadError::Parse(Problem {
            path: "(file)".into(),
            reason: e.to_string(),
        })
    })?;
    let source: ReportSource = serde_path_to_error::deserialize(deserializer).map_err(|e| {
        LoadError::Parse(Problem {
            path: e.path().to_string(),
            reason: e.inner().message().to_string(),
        })
    })?;
    let problems = validate(&source, seed);
    if !problems.is_empty() {
        return Err(LoadError::Invalid(problems));
    }
    let derived = crate::derive(&source).expect("validate checked the derivation inputs");
    let problems = validate_derived(&derived, &source, seed);
    if !problems.is_empty() {
        return Err(LoadError::Invalid(problems));
    }
    Ok(Report { source, derived })
}
